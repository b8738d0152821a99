package dev.podwright.dsl;

/** A liveness probe ({@code livenessProbe}); when it fails the container is restarted. */
public sealed interface LivenessProbe extends ProbeStep<LivenessProbe>
    permits LivenessProbeDraft {
  /**
   * Sets the grace period used when a failed probe kills the container
   * ({@code terminationGracePeriodSeconds}), instead of the pod's.
   */
  LivenessProbe terminationGracePeriodSeconds(long seconds);
}
