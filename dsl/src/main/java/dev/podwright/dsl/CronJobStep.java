package dev.podwright.dsl;

import dev.podwright.model.CronJob;

/**
 * A cron job ({@code kind: CronJob}) with its schedule, pod template and a chosen pod restart
 * policy. Start one with {@link Pods#cronJob}. The job settings of {@link JobSettingsStep} go to
 * {@code spec.jobTemplate.spec}.
 */
public sealed interface CronJobStep
    extends WorkloadStep<CronJobStep, CronJob>, JobSettingsStep<CronJobStep>
    permits CronJobDraft {
  /** Sets the IANA time zone of the schedule ({@code spec.timeZone}), e.g. {@code Etc/UTC}. */
  CronJobStep timeZone(String timeZone);

  /** Sets what happens when a run is due while the last one still runs. */
  CronJobStep concurrencyPolicy(ConcurrencyPolicy policy);

  /** Sets how late, in seconds, a missed run may still start ({@code startingDeadlineSeconds}). */
  CronJobStep startingDeadlineSeconds(long seconds);

  /** Sets how many finished jobs are kept ({@code spec.successfulJobsHistoryLimit}). */
  CronJobStep successfulJobsHistoryLimit(int limit);

  /** Sets how many failed jobs are kept ({@code spec.failedJobsHistoryLimit}). */
  CronJobStep failedJobsHistoryLimit(int limit);

  /**
   * Sets whether the schedule itself is suspended ({@code spec.suspend}): while it is, no new
   * job is created. Not to be confused with {@link #suspend(boolean)}, which makes each job the
   * schedule creates start suspended ({@code spec.jobTemplate.spec.suspend}).
   */
  CronJobStep suspendSchedule(boolean suspend);
}
