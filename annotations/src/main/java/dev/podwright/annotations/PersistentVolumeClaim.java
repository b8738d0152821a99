package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code persistentVolumeClaim} volume source. *
 * @deprecated Use {@link Podwright.PersistentVolumeClaim}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface PersistentVolumeClaim {
  /** The claim name ({@code claimName}). */
  String claimName();
}
