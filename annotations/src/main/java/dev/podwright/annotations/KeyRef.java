package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A key of a config map or secret, for {@link Env#configMapKeyRef()} and
 * {@link Env#secretKeyRef()}.
 *
 * @deprecated Use {@link Podwright.KeyRef}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface KeyRef {
  /** The config map or secret name. */
  String name();

  /** The key. */
  String key();
}
