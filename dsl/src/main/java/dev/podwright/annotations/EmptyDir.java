package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An {@code emptyDir} volume source. */
@Retention(CLASS)
@Target({})
public @interface EmptyDir {
  /** The medium, {@code Memory} for tmpfs. */
  String medium() default "";

  /** The size limit, e.g. {@code 1Gi}; a malformed quantity is a compile error. */
  String sizeLimit() default "";
}
