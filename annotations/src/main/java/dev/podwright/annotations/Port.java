package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A container port ({@code ports[]}). *
 * @deprecated Use {@link Podwright.Port}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Port {
  /** The port name ({@code name}), an IANA service name such as {@code http-envoy-prom}. */
  String name() default "";

  /** The port number ({@code containerPort}), 1 to 65535. */
  int containerPort();

  /** The protocol ({@code protocol}): {@code TCP}, {@code UDP} or {@code SCTP}. */
  String protocol() default "";
}
