package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Pod;
import dev.podwright.samples.IstioSleepPods;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The annotated Istio sleep pod against the same pod written with the DSL by hand (as the
 * {@code dev.podwright.samples} Istio sample writes it): the generated {@code pod()}, the
 * generated YAML resource and the hand-written pod must agree exactly.
 */
class IstioSleepPodTest {

  @Test
  void generatedPodEqualsHandWrittenDslPod() {
    assertThat(IstioSleepPodSpec.pod()).isEqualTo(handWritten());
  }

  @Test
  void yamlResourceEqualsHandWrittenDslYaml() throws IOException {
    assertThat(resource(IstioSleepPodSpec.RESOURCE)).isEqualTo(PodYaml.toYaml(handWritten()));
  }

  @Test
  void yamlResourceIsTheRenderingOfTheGeneratedPod() throws IOException {
    assertThat(IstioSleepPodSpec.RESOURCE).isEqualTo("META-INF/podwright/sleep.yaml");
    assertThat(resource(IstioSleepPodSpec.RESOURCE))
        .isEqualTo(PodYaml.toYaml(IstioSleepPodSpec.pod()))
        .contains("restartPolicy: Always", "name: istio-proxy", "failureThreshold: 600");
  }

  static String resource(String path) throws IOException {
    try (InputStream in = IstioSleepPodTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The DSL-built sample this annotated class mirrors. */
  private static Pod handWritten() {
    return IstioSleepPods.sleepPod();
  }
}
