package dev.podwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering of the dsl module. Rules name the packages that may do something, never the ones
 * that may not, so packages added later (annotations, sidecar presets, ...) fall under them too.
 */
@AnalyzeClasses(packages = "dev.podwright",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotTheGenerator.class})
class ArchitectureTest {
  /** Leaves out the build-time model generator, which is on the classpath only to build dsl. */
  static final class NotTheGenerator implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/modelgen/") && !location.contains("podwright-modelgen");
    }
  }

  @ArchTest
  static final ArchRule modelIsJacksonFree = noClasses()
      .that().resideInAPackage("dev.podwright.model..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("the model depends on nothing but the JDK (and JSpecify's annotations)");

  @ArchTest
  static final ArchRule modelDependsOnlyOnTheJdk = classes()
      .that().resideInAPackage("dev.podwright.model..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("dev.podwright.model..", "java..", "org.jspecify..",
          "org.immutables.value..")
      .because("the model is a leaf: no dsl, yaml, validation or third-party types "
          + "(Immutables' annotations are compile-only, see the next rule)");

  @ArchTest
  static final ArchRule modelNeedsNoImmutablesAtRunTime = noClasses()
      .that().resideInAPackage("dev.podwright.model..")
      .should().accessClassesThat().resideInAPackage("org.immutables..")
      .because("value-annotations is a provided dependency: no code may call into it");

  @ArchTest
  static final ArchRule onlyYamlTouchesJackson = noClasses()
      .that().resideOutsideOfPackage("dev.podwright.yaml..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("dev.podwright.yaml is the one package that uses Jackson");

  @ArchTest
  static final ArchRule yamlStreamsWithoutDatabind = noClasses()
      .that().resideInAPackage("dev.podwright..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
      .because("YAML is streamed through the generator, with no per-pod tree or map conversion");

  @ArchTest
  static final ArchRule draftsAreNotPublic = classes()
      .that().resideInAPackage("dev.podwright.dsl..")
      .and().areNotInterfaces()
      .and().areNotEnums()
      .and().doNotHaveSimpleName("Pods")
      .should().notBePublic()
      .because("only Pods, the Step interfaces and the enums are the DSL's API");

  @ArchTest
  static final ArchRule immutablesImplementationsAreHidden = classes()
      .that().haveSimpleNameStartingWith("Immutable")
      .should().notBePublic()
      .because("users build model values through the abstract types' builders");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = slices()
      .matching("dev.podwright.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noAnnotationProcessingAtRunTime = noClasses()
      .that().resideInAPackage("dev.podwright..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "javax.lang.model..", "javax.annotation.processing..", "com.palantir.javapoet..",
          "dev.podwright.codegen..")
      .because("code generation lives in the codegen module, never in the runtime library");

  @ArchTest
  static final ArchRule noStandardStreams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
