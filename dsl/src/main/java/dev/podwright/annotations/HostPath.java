package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code hostPath} volume source. */
@Retention(CLASS)
@Target({})
public @interface HostPath {
  /** The path on the node. */
  String path();
}
