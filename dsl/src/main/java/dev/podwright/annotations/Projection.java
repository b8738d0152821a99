package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One source of a projected volume; set exactly one of {@link #serviceAccountToken()},
 * {@link #configMap()}, {@link #secret()} and {@link #downwardAPI()}.
 */
@Retention(CLASS)
@Target({})
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
