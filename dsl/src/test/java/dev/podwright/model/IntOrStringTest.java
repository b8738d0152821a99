package dev.podwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntOrStringTest {

  @Test
  void numberAndStringWithTheSameTextDiffer() {
    assertThat(IntOrString.of(8080)).isNotEqualTo(IntOrString.of("8080"));
    assertThat(IntOrString.of("8080")).isNotEqualTo(IntOrString.of(8080));
    assertThat(IntOrString.of(8080)).isEqualTo(IntOrString.of(8080))
        .hasSameHashCodeAs(IntOrString.of(8080));
    assertThat(IntOrString.of("http")).isEqualTo(IntOrString.of("http"))
        .hasSameHashCodeAs(IntOrString.of("http"));
  }

  @Test
  void readsBackWhatItHolds() {
    IntOrString number = IntOrString.of(15021);
    IntOrString name = IntOrString.of("http-envoy-prom");
    assertThat(number.isInt()).isTrue();
    assertThat(number.intValue()).isEqualTo(15021);
    assertThat(number).hasToString("15021");
    assertThat(name.isInt()).isFalse();
    assertThat(name.stringValue()).isEqualTo("http-envoy-prom");
    assertThat(name.intValue()).isZero();
    assertThat(name).hasToString("http-envoy-prom");
  }

  @Test
  void numberHasNoStringValue() {
    assertThatThrownBy(() -> IntOrString.of(80).stringValue())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("holds a number, not a string: 80");
  }

  @Test
  void rejectsNullString() {
    assertThatThrownBy(() -> IntOrString.of((String) null)).hasMessage("value == null");
  }
}
