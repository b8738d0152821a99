package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package}: the manifests the processor wrote to the class output are in the
 * built jar, next to the generated spec classes.
 */
class AnnotatedJarIT {
  @Test
  void builtJarHoldsGeneratedYamlAndSpecClass() throws IOException {
    Path jar = Path.of(System.getProperty("podwright.samples.jar", "missing"));
    assertThat(jar).as("the packaged samples jar").isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry yaml = file.getEntry("META-INF/podwright/sleep.yaml");
      assertThat(yaml).as("META-INF/podwright/sleep.yaml in " + jar).isNotNull();
      try (InputStream in = file.getInputStream(yaml)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("apiVersion: v1\nkind: Pod\n").contains("name: istio-proxy");
        assertThat(text).isEqualTo(IstioSleepPodTest.resource(IstioSleepPodSpec.RESOURCE));
      }
      assertThat(file.getEntry("dev/podwright/samples/annotated/IstioSleepPodSpec.class"))
          .isNotNull();
      assertThat(file.getEntry("META-INF/podwright/nightly-report.yaml")).isNotNull();
      ZipEntry deployment = file.getEntry("META-INF/podwright/checkout.yaml");
      assertThat(deployment).as("META-INF/podwright/checkout.yaml in " + jar).isNotNull();
      try (InputStream in = file.getInputStream(deployment)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("apiVersion: apps/v1\nkind: Deployment\n")
            .isEqualTo(IstioSleepPodTest.resource(CheckoutDeploymentSpec.RESOURCE));
      }
      assertThat(file.getEntry("dev/podwright/samples/annotated/CheckoutDeploymentSpec.class"))
          .isNotNull();
    }
    assertThat(Files.size(jar)).isPositive();
  }
}
