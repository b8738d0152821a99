package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a pod ({@code kind: Pod}) on a class or interface whose members, annotated with
 * {@link Sidecar}, {@link Init} and {@link Main}, are its containers. The order of the members is
 * the start order: sidecars and init containers first, in any mix, then the main containers.
 *
 * <p>For {@code class SleepPod} the processor generates {@code SleepPodSpec} with a static
 * {@code pod()} method, and the resource {@code META-INF/podwright/<name>.yaml}. Together with a
 * workload annotation on the same type ({@link JobSpec}, {@link CronJobSpec},
 * {@link DeploymentSpec}, {@link StatefulSetSpec} or {@link DaemonSetSpec}), it describes the
 * workload's pod template instead: its labels are pod labels (and the selector of a deployment,
 * stateful set or daemon set), and it takes no name.
 *
 * @deprecated Use {@link Podwright.PodSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface PodSpec {
  /**
   * The pod name ({@code metadata.name}), a DNS subdomain such as {@code sleep}; required for a
   * pod, and left out for the pod template of a workload such as {@link JobSpec}.
   */
  String name() default "";

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** The labels ({@code metadata.labels}), in order. */
  Label[] labels() default {};

  /** The annotations ({@code metadata.annotations}), in order. */
  PodAnnotation[] annotations() default {};

  /**
   * The pod restart policy ({@code spec.restartPolicy}): {@code Always}, {@code OnFailure} or
   * {@code Never}. Sidecars ignore it.
   */
  String restartPolicy() default "";

  /** The grace period shared by all containers when the pod stops. */
  long terminationGracePeriodSeconds() default 30;

  /** How long the pod may run before it is failed ({@code spec.activeDeadlineSeconds}). */
  long activeDeadlineSeconds() default 0;

  /** The service account ({@code spec.serviceAccountName}). */
  String serviceAccountName() default "";

  /** Node labels the pod must be scheduled on ({@code spec.nodeSelector}). */
  Label[] nodeSelector() default {};

  /** Image pull secrets by name ({@code spec.imagePullSecrets[].name}). */
  String[] imagePullSecrets() default {};

  /** Whether the pod uses the node's network namespace ({@code spec.hostNetwork}). */
  boolean hostNetwork() default false;

  /**
   * The DNS policy ({@code spec.dnsPolicy}): {@code ClusterFirst}, {@code ClusterFirstWithHostNet},
   * {@code Default} or {@code None}.
   */
  String dnsPolicy() default "";

  /** The priority class ({@code spec.priorityClassName}). */
  String priorityClassName() default "";

  /** Whether containers share one process namespace ({@code spec.shareProcessNamespace}). */
  boolean shareProcessNamespace() default false;

  /**
   * The volumes ({@code spec.volumes}), in order. A {@link Mount} names one of them; mounting a
   * volume that is not declared here is a compile error.
   */
  Volume[] volumes() default {};
}
