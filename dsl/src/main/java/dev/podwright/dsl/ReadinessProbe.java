package dev.podwright.dsl;

/**
 * A readiness probe ({@code readinessProbe}); it decides whether the container, and so the pod,
 * receives traffic. Only readiness probes may require more than one success.
 */
public sealed interface ReadinessProbe extends ProbeStep<ReadinessProbe>
    permits ReadinessProbeDraft {
  /** Sets how many consecutive successes count as ready ({@code successThreshold}). */
  ReadinessProbe successThreshold(int threshold);
}
