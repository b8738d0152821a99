package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An annotation of the pod ({@code metadata.annotations}), such as {@code prometheus.io/port}.
 */
@Retention(CLASS)
@Target({})
public @interface PodAnnotation {
  /** The key, e.g. {@code app}. */
  String key();

  /** The value. */
  String value();
}
