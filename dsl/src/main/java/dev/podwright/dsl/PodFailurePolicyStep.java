package dev.podwright.dsl;

import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyRule;

/**
 * The job settings of a job whose pods use the restart policy {@code Never}, the only one with
 * which the API server accepts a pod failure policy ({@code spec.podFailurePolicy}): a
 * {@link JobStep} or a {@link CronJobStep}, from {@code job(.., JobRestartPolicy.NEVER, ..)} and
 * {@code cronJob(.., JobRestartPolicy.NEVER, ..)}. A job with {@code OnFailure} has no such
 * methods, so the server's refusal cannot happen.
 *
 * @param <S> the current step, returned by every method
 */
public sealed interface PodFailurePolicyStep<S extends PodFailurePolicyStep<S>>
    extends JobSettingsStep<S> permits JobStep, CronJobStep {
  /**
   * Sets how pod failures are handled ({@code podFailurePolicy.rules}), replacing earlier rules;
   * build them with {@link Pods#onExitCodes(PodFailureAction, ExitCodeOperator, int...)},
   * {@link Pods#onPodCondition} and {@link Pods#ignoreDisruptions()}. The API server checks at
   * most 20 rules, whose container names must be containers or init containers of the template;
   * {@code build()} reports a mistake in its words.
   */
  S podFailurePolicy(PodFailurePolicyRule... rules);

  /** Sets the pod failure policy from a model value, with every field under your control. */
  S podFailurePolicy(PodFailurePolicy policy);

  /**
   * Makes the pod failure policy blind to the exit codes of the template's native sidecars: each
   * exit-code rule without a container name becomes one rule per other container (main, then
   * plain init containers), by name. A sidecar stopped at the end of a pod exits with 143
   * (SIGTERM) or 137 (SIGKILL), which would otherwise match rules meant for the app, such as
   * {@code onExitCodes(FAIL_JOB, NOT_IN, 1)}. Rules on a named container and on pod conditions
   * are kept. Call it after {@link #podFailurePolicy(PodFailurePolicyRule...)}.
   *
   * @throws IllegalStateException if no pod failure policy is set
   */
  S ignoreSidecarExits();
}
