package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated version table read per profile: field existence and gates that are off. */
class GatedFieldsTest {
  @Test
  void existenceFollowsTheApiDescriptions() {
    assertThat(GatedFields.exists("Container.restartPolicy", Profile.of("1.27"))).isFalse();
    assertThat(GatedFields.exists("Container.restartPolicy", Profile.of("1.28"))).isTrue();
    assertThat(GatedFields.since("Container.restartPolicyRules")).isEqualTo(34);
    assertThat(GatedFields.exists("JobSpec.managedBy", Profile.of("1.29"))).isFalse();
    // A field every version has is not in the table.
    assertThat(GatedFields.exists("Container.image", Profile.of("1.27"))).isTrue();
  }

  @Test
  void offGateNamesTheMarkedGateOnlyWhereItIsOff() {
    String maxUnavailable = "RollingUpdateStatefulSetStrategy.maxUnavailable";
    assertThat(GatedFields.offGate(maxUnavailable, Profile.of("1.34")))
        .hasValue("MaxUnavailableStatefulSet");
    // Off by default from 1.35.4 (#137926, the cherry-pick of #137904), on again in 1.37.
    assertThat(GatedFields.offGate(maxUnavailable, Profile.of("1.35")))
        .hasValue("MaxUnavailableStatefulSet");
    assertThat(GatedFields.offGate(maxUnavailable, Profile.of("1.37"))).isEmpty();
    assertThat(GatedFields.offGate(maxUnavailable, Profile.of("1.36")))
        .hasValue("MaxUnavailableStatefulSet");
    assertThat(GatedFields.offGate(maxUnavailable,
        Profile.of("1.36").withFeatureGate("MaxUnavailableStatefulSet", true))).isEmpty();
    assertThat(GatedFields.offGate("LifecycleHandler.sleep", Profile.of("1.29")))
        .hasValue("PodLifecycleSleepAction");
    assertThat(GatedFields.offGate("LifecycleHandler.sleep", Profile.of("1.30"))).isEmpty();
  }
}
