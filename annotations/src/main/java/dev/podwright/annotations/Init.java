package dev.podwright.annotations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a plain init container on a member of a {@link PodSpec} type: an entry of
 * {@code spec.initContainers} that must exit successfully before the next container starts.
 * Probes and lifecycle hooks are compile errors ({@code [PodwrightInitProbe]}).
 *
 * @deprecated Use {@link Podwright.Init}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target({METHOD, FIELD})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Init {
  /**
   * The container name, a DNS label; by default the member name in kebab case
   * ({@code istioProxy} becomes {@code istio-proxy}).
   */
  String name() default "";

  /** The image ({@code image}), e.g. {@code docker.io/istio/proxyv2:1.28.0}. */
  String image();

  /**
   * The pull policy ({@code imagePullPolicy}): {@code Always}, {@code IfNotPresent} or
   * {@code Never}.
   */
  String imagePullPolicy() default "";

  /** The entrypoint ({@code command}). */
  String[] command() default {};

  /** The arguments ({@code args}). */
  String[] args() default {};

  /** The working directory ({@code workingDir}). */
  String workingDir() default "";

  /** The ports ({@code ports}). */
  Port[] ports() default {};

  /** The environment variables ({@code env}), in order. */
  Env[] env() default {};

  /** Config maps and secrets whose keys become environment variables ({@code envFrom}). */
  EnvFrom[] envFrom() default {};

  /**
   * Resource requests ({@code resources.requests}), e.g.
   * {@code @Resource(name = "cpu", quantity = "100m")}.
   */
  Resource[] requests() default {};

  /** Resource limits ({@code resources.limits}). */
  Resource[] limits() default {};

  /** Volume mounts ({@code volumeMounts}); each names a volume of {@link PodSpec#volumes}. */
  Mount[] mounts() default {};

  /** The security context ({@code securityContext}), at most one. */
  Security[] securityContext() default {};

  /** The termination message policy: {@code File} or {@code FallbackToLogsOnError}. */
  String terminationMessagePolicy() default "";

  /**
   * Not allowed: a plain init container has no probes. Present only so that a probe copied from a
   * {@link Sidecar} fails with an explanation rather than "cannot find method"; make the container
   * a {@link Sidecar} or drop the probe.
   */
  Probe[] startupProbe() default {};

  /** Not allowed on a plain init container; see {@link #startupProbe()}. */
  Probe[] livenessProbe() default {};

  /** Not allowed on a plain init container; see {@link #startupProbe()}. */
  Probe[] readinessProbe() default {};

  /** Not allowed on a plain init container, which has no lifecycle hooks. */
  Hook[] postStart() default {};

  /** Not allowed on a plain init container, which has no lifecycle hooks. */
  Hook[] preStop() default {};
}
