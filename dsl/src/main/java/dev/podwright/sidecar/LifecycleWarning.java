package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

/**
 * A place where native-sidecar semantics will surprise: each has a stable {@link Code}, the
 * field path of the container (or pod spec) it concerns and a message saying what happens and
 * what to do.
 *
 * @param code what kind of problem this is
 * @param path the field path, e.g. {@code spec.initContainers[1]}
 * @param container the container name, empty for pod-level warnings
 * @param message what will happen and how to avoid it
 */
public record LifecycleWarning(Code code, String path, String container, String message) {
  /** The kinds of warning, each with a stable id for scripts and suppression lists. */
  public enum Code {
    /**
     * A sidecar others depend on has neither a startup probe nor a postStart hook, so the
     * containers after it may start before it is ready (KEP-753 "started"; spec section 6.1).
     */
    SIDECAR_WITHOUT_STARTUP_PROBE("sidecar-without-startup-probe"),
    /**
     * A pod that must run to completion (a Job's, or one with {@code restartPolicy} Never or
     * OnFailure) has a regular container that looks like a long-running proxy or agent, so the
     * pod never completes (spec section 6.4).
     */
    JOB_NEVER_COMPLETES("job-never-completes"),
    /**
     * A preStop sleep takes as long as the pod's grace period or longer, so the container is
     * killed before it has shut down (spec sections 3.8 and 6.5).
     */
    PRESTOP_EXCEEDS_GRACE_PERIOD("prestop-exceeds-grace-period"),
    /**
     * A sidecar's startup probe may keep failing for longer than {@code activeDeadlineSeconds},
     * so the deadline fails the pod before the probe gives up (spec section 6.1).
     */
    STARTUP_PROBE_EXCEEDS_DEADLINE("startup-probe-exceeds-deadline"),
    /**
     * The target Kubernetes version does not run native sidecars by default: before 1.28 the
     * field is unknown, on 1.28 the feature gate is off, so the pod stays in {@code Init}
     * forever (spec section 7.3).
     */
    SIDECARS_NOT_ENABLED("sidecars-not-enabled"),
    /**
     * A Job's pod failure policy matches exit codes of a sidecar, which is usually killed with
     * SIGTERM (exit code 143) when the pod ends (spec section 6.4).
     */
    FAILURE_POLICY_MATCHES_SIDECAR("failure-policy-matches-sidecar");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /** Returns the stable id, e.g. {@code sidecar-without-startup-probe}. */
    public String id() {
      return id;
    }
  }

  /** Checks that no component is null. */
  public LifecycleWarning {
    requireNonNull(code, "code == null");
    requireNonNull(path, "path == null");
    requireNonNull(container, "container == null");
    requireNonNull(message, "message == null");
  }

  /** Returns e.g. {@code [job-never-completes] spec.containers[1] (envoy): ...}. */
  @Override
  public String toString() {
    String where = container.isEmpty() ? path : path + " (" + container + ")";
    return "[" + code.id() + "] " + where + ": " + message;
  }
}
