package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One source of a projected volume; set exactly one of {@link #serviceAccountToken()},
 * {@link #configMap()}, {@link #secret()} and {@link #downwardAPI()}.
 *
 * @deprecated Use {@link Podwright.Projection}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Projection {
  /** A service account token. */
  ServiceAccountToken[] serviceAccountToken() default {};

  /** Every key of a config map, by name. */
  String configMap() default "";

  /** Every key of a secret, by name. */
  String secret() default "";

  /** Pod fields as files. */
  DownwardApiFile[] downwardAPI() default {};
}
