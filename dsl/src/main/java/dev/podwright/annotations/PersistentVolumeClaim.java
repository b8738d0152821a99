package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code persistentVolumeClaim} volume source. */
@Retention(CLASS)
@Target({})
public @interface PersistentVolumeClaim {
  /** The claim name ({@code claimName}). */
  String claimName();
}
