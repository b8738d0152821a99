package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A label ({@code metadata.labels}, or a node label in {@link PodSpec#nodeSelector}). */
@Retention(CLASS)
@Target({})
public @interface Label {
  /** The key, e.g. {@code app}. */
  String key();

  /** The value. */
  String value();
}
