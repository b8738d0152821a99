package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a job ({@code apiVersion: batch/v1}, {@code kind: Job}) on a class or interface whose
 * members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the containers of
 * its pod template. An optional {@link PodSpec} on the same type, without a name, sets the
 * template's labels, annotations, volumes and pod settings. Native sidecars do not keep the job
 * from completing.
 *
 * <p>For {@code class ReportJob} the processor generates {@code ReportJobSpec} with a static
 * {@code job()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
 *
 * @deprecated Use {@link Podwright.JobSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface JobSpec {
  /** The job name ({@code metadata.name}). */
  String name();

  /**
   * The restart policy of the job's pods ({@code spec.template.spec.restartPolicy}): a job must
   * choose {@code Never} or {@code OnFailure}.
   */
  String restartPolicy();

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** Labels of the job itself ({@code metadata.labels}); pod labels go on {@link PodSpec}. */
  Label[] labels() default {};

  /** Annotations of the job itself ({@code metadata.annotations}). */
  PodAnnotation[] annotations() default {};

  /** How many pods may run at once ({@code spec.parallelism}). */
  int parallelism() default 1;

  /** How many pods must succeed ({@code spec.completions}). */
  int completions() default 1;

  /** Whether pods are numbered 0 to completions - 1 ({@code completionMode: Indexed}). */
  boolean indexed() default false;

  /** How many retries are allowed before the job fails ({@code spec.backoffLimit}). */
  int backoffLimit() default 6;

  /** How long the job may run, in seconds ({@code spec.activeDeadlineSeconds}). */
  long activeDeadlineSeconds() default 0;

  /** How long a finished job is kept ({@code spec.ttlSecondsAfterFinished}). */
  int ttlSecondsAfterFinished() default 0;

  /** Whether the job starts suspended ({@code spec.suspend}). */
  boolean suspend() default false;
}
