package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A TCP connection to a port number or a named port; set one of the two. *
 * @deprecated Use {@link Podwright.TcpSocket}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface TcpSocket {
  /** The port number. */
  int port() default 0;

  /** The port name. */
  String portName() default "";
}
