package dev.podwright.dsl;

import dev.podwright.model.CronJobSpec;
import java.util.function.UnaryOperator;

/**
 * The settings of a cron job's schedule ({@code spec.*} beside the job template), shared by
 * {@link CronJobStep} and {@link OnFailureCronJobStep}.
 *
 * @param <S> the current step, returned by every method
 */
public sealed interface CronScheduleStep<S extends CronScheduleStep<S>>
    permits CronJobStep, OnFailureCronJobStep {
  /** Sets the IANA time zone of the schedule ({@code spec.timeZone}), e.g. {@code Etc/UTC}. */
  S timeZone(String timeZone);

  /** Sets what happens when a run is due while the last one still runs. */
  S concurrencyPolicy(ConcurrencyPolicy policy);

  /** Sets how late, in seconds, a missed run may still start ({@code startingDeadlineSeconds}). */
  S startingDeadlineSeconds(long seconds);

  /** Sets how many finished jobs are kept ({@code spec.successfulJobsHistoryLimit}). */
  S successfulJobsHistoryLimit(int limit);

  /** Sets how many failed jobs are kept ({@code spec.failedJobsHistoryLimit}). */
  S failedJobsHistoryLimit(int limit);

  /**
   * Sets whether the schedule itself is suspended ({@code spec.suspend}): while it is, no new
   * job is created. Not to be confused with {@link JobSettingsStep#suspend(boolean)}, which makes
   * each job the schedule creates start suspended ({@code spec.jobTemplate.spec.suspend}).
   */
  S suspendSchedule(boolean suspend);

  /**
   * Changes any other field of the cron job spec through the model's builder, e.g. {@code
   * cronJobSpec(s -> s.startingDeadlineSeconds(200L))}: the typed escape hatch for what this step
   * has no method for. The pod template stays under the DSL's control; a change to it is refused
   * at once. Validation runs at {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  S cronJobSpec(UnaryOperator<CronJobSpec.Builder> change);
}
