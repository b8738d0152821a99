package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every key of a config map or of a secret as environment variables ({@code envFrom[]}); set
 * exactly one of the two.
 *
 * @deprecated Use {@link Podwright.EnvFrom}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface EnvFrom {
  /** A config map name ({@code configMapRef.name}). */
  String configMap() default "";

  /** A secret name ({@code secretRef.name}). */
  String secret() default "";
}
