package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a deployment ({@code apiVersion: apps/v1}, {@code kind: Deployment}) on a class or
 * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
 * containers of its pod template. A {@link PodSpec} on the same type, without a name, must give
 * the template labels: the deployment selects its pods by them ({@code spec.selector}).
 *
 * <p>For {@code class Checkout} the processor generates {@code CheckoutSpec} with a static
 * {@code deployment()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
 *
 * @deprecated Use {@link Podwright.DeploymentSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface DeploymentSpec {
  /** The deployment name ({@code metadata.name}). */
  String name();

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** Labels of the deployment itself ({@code metadata.labels}); pod labels go on @PodSpec. */
  Label[] labels() default {};

  /** Annotations of the deployment itself ({@code metadata.annotations}). */
  PodAnnotation[] annotations() default {};

  /** How many pods to run ({@code spec.replicas}). */
  int replicas() default 1;

  /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
  int minReadySeconds() default 0;

  /** How long a rollout may stall before it is failed ({@code spec.progressDeadlineSeconds}). */
  int progressDeadlineSeconds() default 600;

  /** How many old replica sets are kept ({@code spec.revisionHistoryLimit}). */
  int revisionHistoryLimit() default 10;

  /**
   * The update strategy ({@code spec.strategy.type}): {@code Recreate}, or {@code RollingUpdate}
   * with both {@link #maxSurge} and {@link #maxUnavailable}.
   */
  String strategy() default "";

  /**
   * How many pods a rolling update may add ({@code spec.strategy.rollingUpdate.maxSurge}): a
   * number such as {@code "1"} or a percentage such as {@code "25%"}.
   */
  String maxSurge() default "";

  /**
   * How many pods a rolling update may take down
   * ({@code spec.strategy.rollingUpdate.maxUnavailable}): a number or a percentage.
   */
  String maxUnavailable() default "";
}
