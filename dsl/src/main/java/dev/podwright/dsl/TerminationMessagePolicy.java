package dev.podwright.dsl;

/** Where a container's termination message comes from ({@code terminationMessagePolicy}). */
public enum TerminationMessagePolicy {
  /** Only from the termination message file (the default). */
  FILE("File"),
  /** From the file, or from the end of the log if the file is empty and the container failed. */
  FALLBACK_TO_LOGS_ON_ERROR("FallbackToLogsOnError");

  private final String value;

  TerminationMessagePolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code FallbackToLogsOnError}. */
  public String value() {
    return value;
  }
}
