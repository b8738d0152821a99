package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A volume mount ({@code volumeMounts[]}) of a volume declared in {@link PodSpec#volumes()}. *
 * @deprecated Use {@link Podwright.Mount}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Mount {
  /** The volume name; it must be declared in {@link PodSpec#volumes()}. */
  String volume();

  /** The mount path ({@code mountPath}). */
  String path();

  /** Whether the mount is read-only ({@code readOnly}). */
  boolean readOnly() default false;

  /** A path within the volume instead of its root ({@code subPath}). */
  String subPath() default "";

  /** Like {@link #subPath()}, expanding {@code $(VAR)} references ({@code subPathExpr}). */
  String subPathExpr() default "";
}
