package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetPersistentVolumeClaimRetentionPolicy;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The StatefulSet gates of {@code dropStatefulSetDisabledFields} and
 * {@code SetDefaults_StatefulSet}, per version: {@code StatefulSetAutoDeletePVC} (beta 1.27,
 * GA locked 1.32, removed 1.35) and {@code StatefulSetStartOrdinal} (beta 1.27, GA locked 1.31,
 * removed 1.34 by kubernetes/kubernetes#132119).
 */
class StatefulSetGatesTest {
  private static final String STS = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n"
      + "  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n%s"
      + "  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n"
      + "      - name: a\n        image: busybox:1.37\n";

  private static ValidationReport report(Profile profile, String spec) {
    return Validator.forProfile(profile).report(
        ManifestReader.read(String.format(STS, spec)).get(0));
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(FieldError::toString).collect(Collectors.toList());
  }

  @Test
  void gateStagesPerVersion() {
    for (String version : Profile.supportedVersions()) {
      Profile p = Profile.of(version);
      assertThat(p.isEnabled(Profile.STATEFUL_SET_AUTO_DELETE_PVC)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.STATEFUL_SET_START_ORDINAL)).as(version).isTrue();
    }
    assertThat(Profile.of("1.31").withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, false)
        .isEnabled(Profile.STATEFUL_SET_AUTO_DELETE_PVC)).isFalse();
    assertThat(Profile.of("1.30").withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, false)
        .isEnabled(Profile.STATEFUL_SET_START_ORDINAL)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.32")
        .withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.31")
        .withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.35")
        .withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, true))
        .hasMessageContaining("unrecognized feature gate");
    assertThatThrownBy(() -> Profile.of("1.37")
        .withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, true))
        .hasMessageContaining("unrecognized feature gate");
    // Locked in 1.33, its gate dropped in the 1.34 cycle (#132119); AutoDeletePVC's in 1.35.
    assertThatThrownBy(() -> Profile.of("1.33")
        .withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.34")
        .withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, true))
        .hasMessageContaining("unrecognized feature gate");
    assertThatThrownBy(() -> Profile.of("1.34")
        .withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, false))
        .hasMessageContaining("locked to true");
  }

  @Test
  void retentionPolicyDefaultsOnlyWithItsGate() {
    StatefulSet partial = StatefulSet.builder().spec(StatefulSetSpec.builder()
        .persistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy
            .builder().whenDeleted("Delete").build()).build()).build();
    StatefulSetPersistentVolumeClaimRetentionPolicy filled = WorkloadDefaults
        .statefulSet(partial, Profile.of("1.27")).spec().persistentVolumeClaimRetentionPolicy()
        .orElseThrow();
    assertThat(filled.whenDeleted()).hasValue("Delete");
    assertThat(filled.whenScaled()).hasValue("Retain");
    Profile off = Profile.of("1.29").withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, false);
    assertThat(WorkloadDefaults.statefulSet(StatefulSet.builder().build(), off).spec()
        .persistentVolumeClaimRetentionPolicy()).isEmpty();
  }

  @Test
  void disabledFieldsAreDroppedWithAWarningInTheStrategysOrder() {
    String spec = "  persistentVolumeClaimRetentionPolicy: {whenDeleted: Keep}\n"
        + "  ordinals: {start: -1}\n  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0}\n";
    Profile off = Profile.of("1.28")
        .withFeatureGate(Profile.STATEFUL_SET_START_ORDINAL, false)
        .withFeatureGate(Profile.STATEFUL_SET_AUTO_DELETE_PVC, false);
    ValidationReport dropped = report(off, spec);
    assertThat(dropped.errors()).isEmpty();
    String tail = " feature gate is off in Kubernetes 1.28, so the API server silently removes "
        + "the field";
    assertThat(dropped.warnings()).containsExactly(
        "spec.persistentVolumeClaimRetentionPolicy: dropped: the StatefulSetAutoDeletePVC" + tail,
        "spec.updateStrategy.rollingUpdate.maxUnavailable: dropped: the "
            + "MaxUnavailableStatefulSet" + tail,
        "spec.ordinals: dropped: the StatefulSetStartOrdinal" + tail);
    // The gates' defaults: both fields kept and checked; only maxUnavailable goes (alpha).
    ValidationReport kept = report(Profile.of("1.28"), spec);
    assertThat(errors(kept)).containsExactly(
        "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": "
            + "supported values: \"Retain\", \"Delete\"",
        "spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0");
    assertThat(kept.warnings()).hasSize(1);
    assertThat(report(Profile.of("1.37"), spec).warnings()).isEmpty();
  }

  @Test
  void strategyValuesPrintAsTheServerPrintsThem() {
    assertThat(errors(report(Profile.of("1.33"),
        "  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {partition: 2}\n")))
        .containsExactly("spec.updateStrategy.rollingUpdate: Invalid value: "
            + "apps.RollingUpdateStatefulSetStrategy{Partition:2, "
            + "MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy "
            + "'RollingUpdate'");
    assertThat(errors(report(Profile.of("1.37"),
        "  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {maxUnavailable: 1}\n")))
        .containsExactly("spec.updateStrategy.rollingUpdate: Invalid value: "
            + "{\"Partition\":0,\"MaxUnavailable\":1}: only allowed for updateStrategy "
            + "'RollingUpdate'");
    assertThat(errors(report(Profile.of("1.33"), "  updateStrategy:\n    type: Canary\n")))
        .containsExactly("spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy"
            + "{Type:\"Canary\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: "
            + "must be 'RollingUpdate' or 'OnDelete'");
  }
}
