package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code configMap} volume source. *
 * @deprecated Use {@link Podwright.ConfigMapVolume}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface ConfigMapVolume {
  /** The config map name. */
  String name();

  /** Whether the config map may be missing ({@code optional}). */
  boolean optional() default false;
}
