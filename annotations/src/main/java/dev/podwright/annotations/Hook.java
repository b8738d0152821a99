package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A lifecycle hook with exactly one action: {@link #exec()}, {@link #httpGet()},
 * {@link #tcpSocket()} or {@link #sleepSeconds()}.
 *
 * @deprecated Use {@link Podwright.Hook}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Hook {
  /** A command ({@code exec.command}). */
  String[] exec() default {};

  /** An HTTP GET. */
  HttpGet[] httpGet() default {};

  /** A TCP connection. */
  TcpSocket[] tcpSocket() default {};

  /** A pause ({@code sleep.seconds}). */
  long sleepSeconds() default 0;
}
