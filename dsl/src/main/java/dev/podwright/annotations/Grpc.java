package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A gRPC health check, for probes only. */
@Retention(CLASS)
@Target({})
public @interface Grpc {
  /** The port number. */
  int port();
}
