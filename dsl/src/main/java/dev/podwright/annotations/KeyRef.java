package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A key of a config map or secret, for {@link Env#configMapKeyRef()} and
 * {@link Env#secretKeyRef()}.
 */
@Retention(CLASS)
@Target({})
public @interface KeyRef {
  /** The config map or secret name. */
  String name();

  /** The key. */
  String key();
}
