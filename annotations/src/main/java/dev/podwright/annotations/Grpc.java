package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A gRPC health check, for probes only. *
 * @deprecated Use {@link Podwright.Grpc}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Grpc {
  /** The port number. */
  int port();
}
