package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An amount of one resource, for requests and limits. *
 * @deprecated Use {@link Podwright.Resource}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Resource {
  /** The resource name, e.g. {@code cpu}, {@code memory} or {@code nvidia.com/gpu}. */
  String name();

  /** The quantity, e.g. {@code 100m} or {@code 128Mi}; a malformed quantity is a compile error. */
  String quantity();
}
