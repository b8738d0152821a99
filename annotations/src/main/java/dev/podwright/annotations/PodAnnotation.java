package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An annotation of the pod ({@code metadata.annotations}), such as {@code prometheus.io/port}.
 *
 * @deprecated Use {@link Podwright.PodAnnotation}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface PodAnnotation {
  /** The key, e.g. {@code app}. */
  String key();

  /** The value. */
  String value();
}
