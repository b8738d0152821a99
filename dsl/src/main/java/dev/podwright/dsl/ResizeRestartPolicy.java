package dev.podwright.dsl;

/** What an in-place resize of a resource needs ({@code resizePolicy[].restartPolicy}). */
public enum ResizeRestartPolicy {
  /** Resize without restarting the container (the default). */
  NOT_REQUIRED("NotRequired"),
  /** Restart the container to apply the new value, e.g. for a JVM heap sized at start. */
  RESTART_CONTAINER("RestartContainer");

  private final String value;

  ResizeRestartPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code RestartContainer}. */
  public String value() {
    return value;
  }
}
