package dev.podwright.dsl;

/**
 * The restart policy of a plain init container ({@code spec.initContainers[].restartPolicy};
 * gate {@code ContainerRestartRules}, beta from 1.35). {@code Always} has no constant: an init
 * container that always restarts is a native sidecar, which {@link Pods#sidecar} starts.
 */
public enum InitRestartPolicy {
  /** Never restart the init container: its failure fails the pod. */
  NEVER("Never"),
  /** Restart the init container when it exits with a non-zero code. */
  ON_FAILURE("OnFailure");

  private final String value;

  InitRestartPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code OnFailure}. */
  public String value() {
    return value;
  }
}
