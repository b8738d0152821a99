package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An {@code emptyDir} volume source. *
 * @deprecated Use {@link Podwright.EmptyDir}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface EmptyDir {
  /** The medium, {@code Memory} for tmpfs. */
  String medium() default "";

  /** The size limit, e.g. {@code 1Gi}; a malformed quantity is a compile error. */
  String sizeLimit() default "";
}
