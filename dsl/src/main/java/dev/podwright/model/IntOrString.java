package dev.podwright.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A value that is either a number or a string, as Kubernetes' {@code IntOrString}: a probe port is
 * {@code 15021} or {@code http-envoy-prom}.
 */
public final class IntOrString {
  private final int intValue;
  private final @Nullable String stringValue;

  private IntOrString(int intValue, @Nullable String stringValue) {
    this.intValue = intValue;
    this.stringValue = stringValue;
  }

  /** Returns a number. */
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  /** Returns a string, e.g. a port name. */
  public static IntOrString of(String value) {
    return new IntOrString(0, requireNonNull(value, "value == null"));
  }

  /** Returns true if this holds a number. */
  public boolean isInt() {
    return stringValue == null;
  }

  /** Returns the number; 0 if this holds a string. */
  public int intValue() {
    return intValue;
  }

  /**
   * Returns the string.
   *
   * @throws IllegalStateException if this holds a number
   */
  public String stringValue() {
    if (stringValue == null) {
      throw new IllegalStateException("holds a number, not a string: " + intValue);
    }
    return stringValue;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IntOrString)) {
      return false;
    }
    IntOrString that = (IntOrString) o;
    return isInt()
        ? that.isInt() && that.intValue == intValue
        : !that.isInt() && that.stringValue().equals(stringValue);
  }

  @Override
  public int hashCode() {
    return isInt() ? Integer.hashCode(intValue) : stringValue.hashCode();
  }

  /** Returns the number or the string as written in YAML. */
  @Override
  public String toString() {
    return isInt() ? Integer.toString(intValue) : stringValue;
  }
}
