package dev.podwright.dsl;

import dev.podwright.model.JobSpec;
import dev.podwright.model.SuccessPolicyRule;
import java.util.function.UnaryOperator;

/**
 * The settings of a job, shared by {@link JobStep} and {@link OnFailureJobStep} ({@code spec.*})
 * and by {@link CronJobStep} and {@link OnFailureCronJobStep} ({@code spec.jobTemplate.spec.*}).
 * The selector is not among them: the API server generates it. The pod failure policy is only
 * offered with the restart policy {@code Never} ({@link PodFailurePolicyStep}).
 *
 * @param <S> the current step, returned by every method
 */
public sealed interface JobSettingsStep<S extends JobSettingsStep<S>>
    permits PodFailurePolicyStep, OnFailureJobStep, OnFailureCronJobStep {
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
  // Success policy, indexed jobs (issue 11)

  /**
   * Sets when an indexed job counts as succeeded ({@code successPolicy.rules}); build the rules
   * with {@link Pods#succeededIndexes(String)} and {@link Pods#succeededCount(int)}.
   */
  S successPolicy(SuccessPolicyRule... rules);

  /**
   * Sets how many retries each index of an indexed job may use ({@code backoffLimitPerIndex});
   * a failed index does not stop the others.
   */
  S backoffLimitPerIndex(int backoffLimit);

  /**
   * Sets how many indexes may fail before the whole job fails ({@code maxFailedIndexes}); needs
   * {@link #backoffLimitPerIndex(int)}.
   */
  S maxFailedIndexes(int maxFailedIndexes);

  /** Sets when a replacement pod is created ({@code podReplacementPolicy}). */
  S podReplacementPolicy(PodReplacementPolicy policy);

  /**
   * Hands the job to another controller ({@code managedBy}), e.g. {@code kueue.x-k8s.io/multikueue};
   * the built-in job controller then leaves it alone.
   */
  S managedBy(String controller);

  /**
   * Changes any other field of the job spec through the model's builder, e.g. {@code jobSpec(s ->
   * s.manualSelector(false))}: the typed escape hatch for what this step has no method for. The
   * pod template stays under the DSL's control; a change to it is refused at once. Validation runs
   * at {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  S jobSpec(UnaryOperator<JobSpec.Builder> change);
}
