package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code secret} volume source. */
@Retention(CLASS)
@Target({})
public @interface SecretVolume {
  /** The secret name ({@code secretName}). */
  String secretName();

  /** Whether the secret may be missing ({@code optional}). */
  boolean optional() default false;
}
