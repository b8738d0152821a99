package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A label ({@code metadata.labels}, or a node label in {@link PodSpec#nodeSelector}). *
 * @deprecated Use {@link Podwright.Label}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Label {
  /** The key, e.g. {@code app}. */
  String key();

  /** The value. */
  String value();
}
