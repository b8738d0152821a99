package dev.podwright.sidecar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.podwright", importOptions = ImportOption.DoNotIncludeTests.class)
class SidecarArchitectureTest {
  @ArchTest
  static final ArchRule sidecarPackageIsJacksonFree = noClasses()
      .that().resideInAPackage("dev.podwright.sidecar..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..",
          "dev.podwright.yaml..");

  @ArchTest
  static final ArchRule nothingBelowDependsOnSidecarPackage = noClasses()
      .that().resideInAnyPackage("dev.podwright.model..", "dev.podwright.dsl..",
          "dev.podwright.validation..", "dev.podwright.yaml..")
      .should().dependOnClassesThat().resideInAPackage("dev.podwright.sidecar..");
}
