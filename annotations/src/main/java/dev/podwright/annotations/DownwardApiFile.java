package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A file holding a pod field, for downward API volumes and projections. *
 * @deprecated Use {@link Podwright.DownwardApiFile}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface DownwardApiFile {
  /** The file path, relative to the mount. */
  String path();

  /** The pod field ({@code fieldRef.fieldPath}), e.g. {@code metadata.labels}. */
  String fieldPath();
}
