package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code configMap} volume source. */
@Retention(CLASS)
@Target({})
public @interface ConfigMapVolume {
  /** The config map name. */
  String name();

  /** Whether the config map may be missing ({@code optional}). */
  boolean optional() default false;
}
