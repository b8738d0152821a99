package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileTest {
  @Test
  void sidecarGateIsOffIn128AndOnFrom129() {
    assertThat(Profile.of("1.27").isEnabled(Profile.SIDECAR_CONTAINERS)).isFalse();
    assertThat(Profile.of("1.28").isEnabled(Profile.SIDECAR_CONTAINERS)).isFalse();
    assertThat(Profile.of("1.29").isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(Profile.defaults().isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
  }

  @Test
  void restartRulesAreOffIn134AndOnIn135() {
    assertThat(Profile.of("1.33").isEnabled(Profile.CONTAINER_RESTART_RULES)).isFalse();
    assertThat(Profile.of("1.34").isEnabled(Profile.CONTAINER_RESTART_RULES)).isFalse();
    assertThat(Profile.of("1.35").isEnabled(Profile.CONTAINER_RESTART_RULES)).isTrue();
  }

  @Test
  void relaxedEnvNamesFrom132() {
    assertThat(Profile.of("1.31").isEnabled(Profile.RELAXED_ENV_VAR_NAMES)).isFalse();
    assertThat(Profile.of("1.32").isEnabled(Profile.RELAXED_ENV_VAR_NAMES)).isTrue();
  }

  @Test
  void overridesWinWhereTheGateExists() {
    assertThat(Profile.of("1.28").withFeatureGate(Profile.SIDECAR_CONTAINERS, true)
        .isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(Profile.of("1.34").withFeatureGate(Profile.CONTAINER_RESTART_RULES, true)
        .isEnabled(Profile.CONTAINER_RESTART_RULES)).isTrue();
    assertThat(Profile.of("1.33").withFeatureGate(Profile.CONTAINER_RESTART_RULES, true)
        .isEnabled(Profile.CONTAINER_RESTART_RULES)).isFalse();
  }

  @Test
  void unknownGatesAreOffUnlessOverridden() {
    assertThat(Profile.defaults().isEnabled("NoSuchGate")).isFalse();
    assertThat(Profile.defaults().withFeatureGate("NoSuchGate", true).isEnabled("NoSuchGate"))
        .isTrue();
  }
}
