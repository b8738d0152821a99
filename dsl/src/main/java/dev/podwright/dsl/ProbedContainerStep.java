package dev.podwright.dsl;

import dev.podwright.model.HookAction;

/**
 * What sidecars and main containers offer beyond every container: probes and lifecycle hooks.
 * Plain init containers have neither; the API server would reject them
 * ({@code may not be set for init containers without restartPolicy=Always}).
 *
 * @param <C> the container role, returned by every method
 */
public interface ProbedContainerStep<C extends ProbedContainerStep<C>> extends ContainerStep<C> {
  /** Sets the liveness probe ({@code livenessProbe}); a failure restarts the container. */
  C livenessProbe(LivenessProbe probe);

  /** Sets the readiness probe ({@code readinessProbe}); it counts toward pod readiness. */
  C readinessProbe(ReadinessProbe probe);

  /**
   * Sets the startup probe ({@code startupProbe}). On a sidecar it gates the start of the next
   * init container and of the main containers.
   */
  C startupProbe(StartupProbe probe);

  /** Sets the hook that runs right after the container starts ({@code lifecycle.postStart}). */
  C postStart(HookAction action);

  /** Sets the hook that runs when the pod starts terminating ({@code lifecycle.preStop}). */
  C preStop(HookAction action);

  /**
   * Sets the signal that stops the container instead of the image's {@code STOPSIGNAL}, e.g.
   * {@code "SIGQUIT"} for nginx's graceful stop ({@code lifecycle.stopSignal}). Needs the pod's
   * {@code os(..)}. Gate {@code ContainerStopSignals}: alpha and off up to at least 1.37, so a
   * default server drops the field; {@code build(Profile)} with the gate on checks it.
   */
  C stopSignal(String signal);
}
