package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a stateful set ({@code apiVersion: apps/v1}, {@code kind: StatefulSet}) on a class or
 * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
 * containers of its pod template. A {@link PodSpec} on the same type, without a name, must give
 * the template labels: the stateful set selects its pods by them ({@code spec.selector}).
 *
 * <p>For {@code class Db} the processor generates {@code DbSpec} with a static
 * {@code statefulSet()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
 *
 * @deprecated Use {@link Podwright.StatefulSetSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface StatefulSetSpec {
  /** The stateful set name ({@code metadata.name}). */
  String name();

  /** The headless service that gives the pods their DNS names ({@code spec.serviceName}). */
  String serviceName() default "";

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** Labels of the stateful set itself ({@code metadata.labels}). */
  Label[] labels() default {};

  /** Annotations of the stateful set itself ({@code metadata.annotations}). */
  PodAnnotation[] annotations() default {};

  /** How many pods to run ({@code spec.replicas}). */
  int replicas() default 1;

  /**
   * How pods are started and stopped ({@code spec.podManagementPolicy}): {@code OrderedReady} or
   * {@code Parallel}.
   */
  String podManagementPolicy() default "";

  /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
  int minReadySeconds() default 0;

  /** How many old revisions are kept ({@code spec.revisionHistoryLimit}). */
  int revisionHistoryLimit() default 10;
}
