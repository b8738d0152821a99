package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A probe with exactly one handler: {@link #httpGet()}, {@link #tcpSocket()}, {@link #exec()} or
 * {@link #grpc()}. Timing fields left out are unset.
 *
 * @deprecated Use {@link Podwright.Probe}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Probe {
  /** An HTTP GET handler. */
  HttpGet[] httpGet() default {};

  /** A TCP connection handler. */
  TcpSocket[] tcpSocket() default {};

  /** A command handler ({@code exec.command}). */
  String[] exec() default {};

  /** A gRPC health check handler. */
  Grpc[] grpc() default {};

  /** {@code initialDelaySeconds}. */
  int initialDelaySeconds() default 0;

  /** {@code timeoutSeconds}. */
  int timeoutSeconds() default 1;

  /** {@code periodSeconds}. */
  int periodSeconds() default 10;

  /** {@code successThreshold}; readiness probes only. */
  int successThreshold() default 1;

  /** {@code failureThreshold}. */
  int failureThreshold() default 3;

  /** {@code terminationGracePeriodSeconds}; startup and liveness probes only. */
  long terminationGracePeriodSeconds() default 30;
}
