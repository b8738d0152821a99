package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An HTTP GET of {@link #path()} on a port number or a named port; set one of the two. *
 * @deprecated Use {@link Podwright.HttpGet}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface HttpGet {
  /** The path ({@code path}). */
  String path() default "/";

  /** The port number. */
  int port() default 0;

  /** The port name, one of the container's {@link Port#name()}s. */
  String portName() default "";
}
