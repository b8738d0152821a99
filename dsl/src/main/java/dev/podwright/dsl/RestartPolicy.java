package dev.podwright.dsl;

/** The pod restart policy ({@code spec.restartPolicy}). Native sidecars ignore it. */
public enum RestartPolicy {
  /** Restart containers whenever they exit (the default). */
  ALWAYS("Always"),
  /** Restart containers that exit with a non-zero code. */
  ON_FAILURE("OnFailure"),
  /** Never restart containers; sidecars are still restarted. */
  NEVER("Never");

  private final String value;

  RestartPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code OnFailure}. */
  public String value() {
    return value;
  }
}
