package dev.podwright.validation;

import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import org.junit.jupiter.api.Test;

class VersionDropsTest {
  private static final Pod POD_LEVEL_RESOURCES = pod(s -> s.resources(
      ResourceRequirements.builder().putLimit("cpu", Quantity.parse("2")).build()));

  @Test
  void fieldOfALaterVersionIsDroppedWithAWarning() {
    assertThat(warnings(Profile.of("1.31"), POD_LEVEL_RESOURCES)).containsExactly(
        "spec.resources: unknown field in Kubernetes 1.31 (the field exists from 1.32): the API "
            + "server drops it with a warning, and kubectl's strict field validation rejects "
            + "the manifest");
  }

  @Test
  void fieldTheVersionHasIsKept() {
    assertThat(warnings(Profile.of("1.32"), POD_LEVEL_RESOURCES)).isEmpty();
  }

  @Test
  void fieldsOfEveryVersionNeedNoWarning() {
    assertThat(warnings(Profile.of("1.27"), pod(s -> s.hostname("h").hostUsers(false))))
        .isEmpty();
  }
}
