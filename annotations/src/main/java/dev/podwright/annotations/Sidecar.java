package dev.podwright.annotations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a native sidecar on a member of a {@link PodSpec} type: an entry of
 * {@code spec.initContainers} with {@code restartPolicy: Always}. It starts after the containers
 * declared before it, keeps running, and holds back later containers until its startup probe
 * passes. It may have probes and lifecycle hooks.
 *
 * @deprecated Use {@link Podwright.Sidecar}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target({METHOD, FIELD})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Sidecar {
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

  /** The startup probe ({@code startupProbe}), at most one; it has no {@code successThreshold}. */
  Probe[] startupProbe() default {};

  /** The liveness probe ({@code livenessProbe}), at most one; no {@code successThreshold}. */
  Probe[] livenessProbe() default {};

  /**
   * The readiness probe ({@code readinessProbe}), at most one; it has no
   * {@code terminationGracePeriodSeconds}.
   */
  Probe[] readinessProbe() default {};

  /** The hook run right after the container starts ({@code lifecycle.postStart}), at most one. */
  Hook[] postStart() default {};

  /** The hook run when the pod starts terminating ({@code lifecycle.preStop}), at most one. */
  Hook[] preStop() default {};
}
