package dev.podwright.validation;

import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Lifecycle;
import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import java.util.Map;
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
    assertThat(warnings(Profile.of("1.32").withFeatureGate(Profile.POD_LEVEL_RESOURCES, true),
        POD_LEVEL_RESOURCES)).isEmpty();
    assertThat(warnings(Profile.of("1.34"), POD_LEVEL_RESOURCES)).isEmpty();
  }

  @Test
  void fieldBehindADisabledGateIsDroppedWithADifferentWarning() {
    assertThat(warnings(Profile.of("1.32"), POD_LEVEL_RESOURCES)).containsExactly(
        "spec.resources: dropped: the PodLevelResources feature gate is off in Kubernetes 1.32, "
            + "so the API server silently removes the field");
  }

  @Test
  void nestedFieldIsNamedByItsFullPath() {
    Pod pod = pod(s -> s
        .addContainer(TestPods.container("app").build())
        .addContainer(TestPods.container("proxy")
            .lifecycle(Lifecycle.builder().stopSignal("SIGTERM").build())
            .build()));
    assertThat(warnings(Profile.of("1.32"), pod)).containsExactly(
        "spec.containers[1].lifecycle.stopSignal: unknown field in Kubernetes 1.32 (the field "
            + "exists from 1.33): the API server drops it with a warning, and kubectl's strict "
            + "field validation rejects the manifest");
  }

  @Test
  void fieldOfATypeReachedThroughUnknownFieldsIsChecked() {
    // a field the model does not type holds what it holds as a plain tree; the table still
    // knows the types beneath a known field of it
    Pod pod = pod(s -> s.putUnknownField("resources",
        Map.of("limits", Map.of("cpu", "2"))));
    // (UnknownFields warns too: the model types the field, so the tree's copy is unknown)
    assertThat(warnings(Profile.of("1.31"), pod)).anyMatch(
        w -> w.startsWith("spec.resources: unknown field in Kubernetes 1.31 (the field exists "
            + "from 1.32)"));
    assertThat(warnings(Profile.of("1.32").withFeatureGate(Profile.POD_LEVEL_RESOURCES, true),
        pod)).noneMatch(w -> w.contains("unknown field in Kubernetes"));
  }

  @Test
  void fieldTwoTypesBeneathAnUnknownFieldIsChecked() {
    // CHILDREN keeps only the types that lead to a versioned field; the tree is followed two
    // types down, through Lifecycle and its handler to sleep (from 1.29)
    Pod pod = pod(s -> s.addContainer(TestPods.container("app").putUnknownField("lifecycle",
        Map.of("preStop", Map.of("sleep", Map.of("seconds", 1)))).build()));
    assertThat(warnings(Profile.of("1.28"), pod)).anyMatch(
        w -> w.startsWith("spec.containers[0].lifecycle.preStop.sleep: unknown field in "
            + "Kubernetes 1.28 (the field exists from 1.29)"));
    assertThat(warnings(Profile.of("1.29"), pod)).noneMatch(
        w -> w.contains("unknown field in Kubernetes"));
  }

  @Test
  void sidecarRestartPolicyIsLeftToItsOwnRule() {
    Pod pod = pod(s -> s.addInitContainer(TestPods.container("proxy").restartPolicy("Always")
        .build()));
    assertThat(warnings(Profile.of("1.27"), pod)).noneMatch(w -> w.contains("unknown field"));
  }

  @Test
  void fieldsOfEveryVersionNeedNoWarning() {
    assertThat(warnings(Profile.of("1.27"), pod(s -> s.hostname("h")))).isEmpty();
    assertThat(warnings(Profile.of("1.33"), pod(s -> s.hostname("h").hostUsers(false))))
        .isEmpty();
  }
}
