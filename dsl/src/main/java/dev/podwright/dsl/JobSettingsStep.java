package dev.podwright.dsl;

/**
 * The settings of a job, shared by {@link JobStep} ({@code spec.*}) and {@link CronJobStep}
 * ({@code spec.jobTemplate.spec.*}). The selector is not among them: the API server generates it.
 *
 * @param <S> the current step, returned by every method
 */
public sealed interface JobSettingsStep<S extends JobSettingsStep<S>>
    permits JobStep, CronJobStep {
  /** Sets how many pods may run at once ({@code parallelism}); 1 when absent. */
  S parallelism(int parallelism);

  /** Sets how many pods must succeed ({@code completions}). */
  S completions(int completions);

  /**
   * Numbers the pods 0 to {@code completions - 1} ({@code completionMode: Indexed}); each pod
   * reads its index from the {@code JOB_COMPLETION_INDEX} environment variable.
   */
  S indexed();

  /** Sets how many retries are allowed before the job fails ({@code backoffLimit}); 6 if absent. */
  S backoffLimit(int backoffLimit);

  /**
   * Sets how long the job may run, in seconds, before it is failed ({@code activeDeadlineSeconds}
   * of the job, not of its pods).
   */
  S activeDeadlineSeconds(long seconds);

  /** Sets how long a finished job is kept before deletion ({@code ttlSecondsAfterFinished}). */
  S ttlSecondsAfterFinished(int seconds);

  /** Sets whether the job starts suspended ({@code suspend}). */
  S suspend(boolean suspend);
}
