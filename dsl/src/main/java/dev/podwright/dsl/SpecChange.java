package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A change made through a workload's escape hatch ({@code deploymentSpec(..)},
 * {@code jobSpec(..)} ...): applied to a builder of the current spec, then checked to leave the
 * fields the DSL controls (the pod template and the selector derived from it) as they were.
 *
 * @param <T> the spec type
 */
final class SpecChange<T> {
  private final String method;
  private final T before;
  private final T after;

  private SpecChange(String method, T before, T after) {
    this.method = method;
    this.before = before;
    this.after = after;
  }

  /** Applies {@code change} to {@code builder}, a builder started from {@code before}. */
  static <T, B> SpecChange<T> apply(String method, T before, B builder, UnaryOperator<B> change,
      Function<B, T> build) {
    requireNonNull(change, "change == null");
    B changed = requireNonNull(change.apply(builder), method + "(..) change returned null");
    return new SpecChange<>(method, before, build.apply(changed));
  }

  /**
   * Refuses the change if it altered {@code field}.
   *
   * @throws IllegalArgumentException naming the field and where the DSL sets it
   */
  SpecChange<T> keeps(String field, Function<T, ?> get, String hint) {
    if (!Objects.equals(get.apply(before), get.apply(after))) {
      throw new IllegalArgumentException(
          method + "(..) must not change " + field + ", which the DSL controls; " + hint);
    }
    return this;
  }

  /** Returns the changed spec. */
  T result() {
    return after;
  }
}
