package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A file holding a pod field, for downward API volumes and projections. */
@Retention(CLASS)
@Target({})
public @interface DownwardApiFile {
  /** The file path, relative to the mount. */
  String path();

  /** The pod field ({@code fieldRef.fieldPath}), e.g. {@code metadata.labels}. */
  String fieldPath();
}
