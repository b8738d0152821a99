package dev.podwright.sidecar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package rules of {@code dev.podwright.sidecar}, run as plain JUnit tests so that they run
 * whichever ArchUnit engine the build picks up.
 */
class SidecarArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.podwright");
  }

  @Test
  void sidecarPackageIsJacksonFree() {
    noClasses().that().resideInAPackage("dev.podwright.sidecar..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..",
            "dev.podwright.yaml..")
        .check(classes);
  }

  @Test
  void nothingBelowDependsOnSidecarPackage() {
    noClasses().that().resideInAnyPackage("dev.podwright.model..", "dev.podwright.dsl..",
            "dev.podwright.validation..", "dev.podwright.yaml..")
        .should().dependOnClassesThat().resideInAPackage("dev.podwright.sidecar..")
        .check(classes);
  }
}
