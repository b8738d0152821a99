package dev.podwright.dsl;

/**
 * The restart policy of a job's pods ({@code spec.template.spec.restartPolicy}). A job must
 * choose {@code Never} or {@code OnFailure}; {@code Always}, the pod default that the API server
 * rejects for jobs, has no constant here. Native sidecars ignore the policy and always restart.
 */
public enum JobRestartPolicy {
  /** Never restart a failed container: the job retries with a new pod. */
  NEVER("Never"),
  /** Restart a container that exits with a non-zero code, in the same pod. */
  ON_FAILURE("OnFailure");

  private final String value;

  JobRestartPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
