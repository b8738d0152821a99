package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A TCP connection to a port number or a named port; set one of the two. */
@Retention(CLASS)
@Target({})
public @interface TcpSocket {
  /** The port number. */
  int port() default 0;

  /** The port name. */
  String portName() default "";
}
