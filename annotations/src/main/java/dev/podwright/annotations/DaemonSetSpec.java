package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a daemon set ({@code apiVersion: apps/v1}, {@code kind: DaemonSet}), one pod per node,
 * on a class or interface whose members, annotated with {@link Sidecar}, {@link Init} and
 * {@link Main}, are the containers of its pod template. A {@link PodSpec} on the same type,
 * without a name, must give the template labels: the daemon set selects its pods by them.
 *
 * <p>For {@code class NodeAgent} the processor generates {@code NodeAgentSpec} with a static
 * {@code daemonSet()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
 *
 * @deprecated Use {@link Podwright.DaemonSetSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface DaemonSetSpec {
  /** The daemon set name ({@code metadata.name}). */
  String name();

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** Labels of the daemon set itself ({@code metadata.labels}). */
  Label[] labels() default {};

  /** Annotations of the daemon set itself ({@code metadata.annotations}). */
  PodAnnotation[] annotations() default {};

  /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
  int minReadySeconds() default 0;

  /** How many old revisions are kept ({@code spec.revisionHistoryLimit}). */
  int revisionHistoryLimit() default 10;
}
