package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An environment variable ({@code env[]}) with a literal {@link #value()} or exactly one source:
 * {@link #fieldRef()}, {@link #resourceFieldRef()}, {@link #configMapKeyRef()} or
 * {@link #secretKeyRef()}.
 *
 * @deprecated Use {@link Podwright.Env}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Env {
  /** The variable name. */
  String name();

  /** A literal value ({@code value}). */
  String value() default "";

  /** A pod field ({@code valueFrom.fieldRef.fieldPath}), e.g. {@code metadata.name}. */
  String fieldRef() default "";

  /**
   * A resource of the container ({@code valueFrom.resourceFieldRef.resource}), e.g.
   * {@code limits.cpu}.
   */
  String resourceFieldRef() default "";

  /** The unit of {@link #resourceFieldRef()} ({@code divisor}), e.g. {@code 1Mi}. */
  String divisor() default "";

  /** A config map key ({@code valueFrom.configMapKeyRef}), at most one. */
  KeyRef[] configMapKeyRef() default {};

  /** A secret key ({@code valueFrom.secretKeyRef}), at most one. */
  KeyRef[] secretKeyRef() default {};
}
