package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A projected service account token ({@code serviceAccountToken}). *
 * @deprecated Use {@link Podwright.ServiceAccountToken}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface ServiceAccountToken {
  /** The file path ({@code path}). */
  String path();

  /** The audience ({@code audience}), e.g. {@code istio-ca}. */
  String audience() default "";

  /** The validity in seconds ({@code expirationSeconds}). */
  long expirationSeconds() default 3600;
}
