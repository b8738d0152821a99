package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every key of a config map or of a secret as environment variables ({@code envFrom[]}); set
 * exactly one of the two.
 */
@Retention(CLASS)
@Target({})
public @interface EnvFrom {
  /** A config map name ({@code configMapRef.name}). */
  String configMap() default "";

  /** A secret name ({@code secretRef.name}). */
  String secret() default "";
}
