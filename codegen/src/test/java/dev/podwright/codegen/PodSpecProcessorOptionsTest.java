package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Apodwright.kubernetesVersion} and {@code -Apodwright.featureGates}: the processor
 * validates for the version and gates given, as {@code podwright validate --kubernetes-version}
 * does, and a bad value is one compile error in the CLI's and the API server's words.
 */
class PodSpecProcessorOptionsTest {
  /**
   * An environment variable name that starts with a digit: refused up to 1.31, allowed from 1.32
   * by {@code RelaxedEnvironmentVariableValidation}.
   */
  private static final JavaFileObject DIGIT_ENV = source("""
      @PodSpec(name = "web")
      interface Sample {
        @Main(image = "nginx:1.27", env = @Env(name = "1ST_PORT", value = "8080"))
        void app();
      }
      """);

  private static Compilation compile(String... options) {
    return Compilations.compileWith(List.of(options), DIGIT_ENV);
  }

  @Test
  void validatesForTheDefaultVersionWithoutOptions() {
    assertThat(compile()).succeededWithoutWarnings();
  }

  @Test
  void rejectsAFieldAnOlderVersionRefuses() {
    Compilation c = compile("-Apodwright.kubernetesVersion=1.31");
    assertThat(c).hadErrorContaining("[PodwrightEnv] spec.containers[0].env[0].name: "
        + "Invalid value: \"1ST_PORT\"");
    assertThat(c).hadErrorContaining("1ST_PORT").inFile(DIGIT_ENV).onLineContaining("@Env");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void featureGateOverridesApplyToTheVersion() {
    assertThat(compile("-Apodwright.kubernetesVersion=1.31",
        "-Apodwright.featureGates=RelaxedEnvironmentVariableValidation=true"))
        .succeededWithoutWarnings();
    assertThat(compile("-Apodwright.featureGates=RelaxedEnvironmentVariableValidation=false"))
        .hadErrorContaining("[PodwrightEnv] spec.containers[0].env[0].name");
  }

  @Test
  void badVersionIsOneErrorInTheCliWords() {
    Compilation c = compile("-Apodwright.kubernetesVersion=1.x");
    assertThat(c).hadErrorContaining("[PodwrightOption] -Apodwright.kubernetesVersion=1.x: "
        + "kubernetes version must look like 1.33, found '1.x'; write a version from 1.27 to "
        + "1.37, such as 1.33");
    assertThat(c).hadErrorCount(1);
    assertThat(compile("-Apodwright.kubernetesVersion=1.26")).hadErrorContaining(
        "kubernetes version must be between 1.27 and 1.37, found '1.26'");
  }

  @Test
  void badFeatureGatesAreErrorsInTheApiServerWords() {
    assertThat(compile("-Apodwright.featureGates=SidecarContainers=maybe")).hadErrorContaining(
        "[PodwrightOption] -Apodwright.featureGates=SidecarContainers=maybe: invalid value of "
            + "SidecarContainers=maybe, err: strconv.ParseBool: parsing \"maybe\": invalid "
            + "syntax");
    assertThat(compile("-Apodwright.featureGates=SidecarContainers")).hadErrorContaining(
        "missing bool value for SidecarContainers");
    assertThat(compile("-Apodwright.featureGates=SidecarContainers=false")).hadErrorContaining(
        "cannot set feature gate SidecarContainers to false, feature is locked to true");
    assertThat(compile("-Apodwright.kubernetesVersion=1.37",
        "-Apodwright.featureGates=SidecarContainers=true"))
        .hadErrorContaining("unrecognized feature gate: SidecarContainers");
  }

  @Test
  void goBooleansAndEmptyItemsAreAccepted() {
    assertThat(compile("-Apodwright.kubernetesVersion=v1.31.4",
        "-Apodwright.featureGates= RelaxedEnvironmentVariableValidation = T ,,"))
        .succeededWithoutWarnings();
  }
}
