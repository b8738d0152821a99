package dev.podwright.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamePodTest {
  @Test
  void everyContenderWritesTheSeedPod() {
    SamePod.check();
  }

  @Test
  void aDifferentPodIsCaught() {
    String other = PodwrightSeedPod.toYaml().replace("name: sleep\n", "name: other\n");
    assertThatThrownBy(() -> SamePod.check("changed", SamePod.read(PodwrightSeedPod.toYaml()),
        other)).hasMessageContaining("changed does not write the seed pod");
  }

  @Test
  void scalarsAreComparedAsText() {
    assertThat(SamePod.read("cpu: 2\n")).isEqualTo(SamePod.read("cpu: \"2\"\n"));
  }
}
