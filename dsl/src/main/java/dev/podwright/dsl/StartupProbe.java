package dev.podwright.dsl;

/**
 * A startup probe ({@code startupProbe}). Liveness and readiness probes wait until it succeeds; on
 * a native sidecar it also holds back the next init container and the main containers.
 */
public sealed interface StartupProbe extends ProbeStep<StartupProbe> permits StartupProbeDraft {
  /**
   * Sets the grace period used when a failed probe kills the container
   * ({@code terminationGracePeriodSeconds}), instead of the pod's.
   */
  StartupProbe terminationGracePeriodSeconds(long seconds);
}
