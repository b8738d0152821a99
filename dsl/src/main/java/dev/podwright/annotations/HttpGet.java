package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An HTTP GET of {@link #path()} on a port number or a named port; set one of the two. */
@Retention(CLASS)
@Target({})
public @interface HttpGet {
  /** The path ({@code path}). */
  String path() default "/";

  /** The port number. */
  int port() default 0;

  /** The port name, one of the container's {@link Port#name()}s. */
  String portName() default "";
}
