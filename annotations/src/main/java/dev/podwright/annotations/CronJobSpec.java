package dev.podwright.annotations;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a cron job ({@code apiVersion: batch/v1}, {@code kind: CronJob}) on a class or
 * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
 * containers of its jobs' pod template. An optional {@link PodSpec} on the same type, without a
 * name, sets the template's labels, annotations, volumes and pod settings.
 *
 * <p>For {@code class Cleanup} the processor generates {@code CleanupSpec} with a static
 * {@code cronJob()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
 *
 * @deprecated Use {@link Podwright.CronJobSpec}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Documented
@Retention(CLASS)
@Target(TYPE)
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface CronJobSpec {
  /** The cron job name ({@code metadata.name}). */
  String name();

  /** The schedule in cron syntax ({@code spec.schedule}), e.g. {@code "0 2 * * *"}. */
  String schedule();

  /**
   * The restart policy of the jobs' pods
   * ({@code spec.jobTemplate.spec.template.spec.restartPolicy}): {@code Never} or
   * {@code OnFailure}.
   */
  String restartPolicy();

  /** The time zone of the schedule ({@code spec.timeZone}), e.g. {@code "Europe/Berlin"}. */
  String timeZone() default "";

  /**
   * What to do when a run is due while the last one still runs ({@code spec.concurrencyPolicy}):
   * {@code Allow}, {@code Forbid} or {@code Replace}.
   */
  String concurrencyPolicy() default "";

  /** How late a missed run may still start, in seconds ({@code spec.startingDeadlineSeconds}). */
  long startingDeadlineSeconds() default 0;

  /** How many successful jobs are kept ({@code spec.successfulJobsHistoryLimit}). */
  int successfulJobsHistoryLimit() default 3;

  /** How many failed jobs are kept ({@code spec.failedJobsHistoryLimit}). */
  int failedJobsHistoryLimit() default 1;

  /** Whether new runs are suspended ({@code spec.suspend}); running jobs are not affected. */
  boolean suspend() default false;

  /** The namespace ({@code metadata.namespace}). */
  String namespace() default "";

  /** Labels of the cron job itself ({@code metadata.labels}); pod labels go on {@link PodSpec}. */
  Label[] labels() default {};

  /** Annotations of the cron job itself ({@code metadata.annotations}). */
  PodAnnotation[] annotations() default {};

  /** How many pods of one job may run at once ({@code spec.jobTemplate.spec.parallelism}). */
  int parallelism() default 1;

  /** How many pods of one job must succeed ({@code spec.jobTemplate.spec.completions}). */
  int completions() default 1;

  /** How many retries a job may use ({@code spec.jobTemplate.spec.backoffLimit}). */
  int backoffLimit() default 6;

  /** How long one job may run ({@code spec.jobTemplate.spec.activeDeadlineSeconds}). */
  long activeDeadlineSeconds() default 0;

  /** How long a finished job is kept ({@code spec.jobTemplate.spec.ttlSecondsAfterFinished}). */
  int ttlSecondsAfterFinished() default 0;
}
