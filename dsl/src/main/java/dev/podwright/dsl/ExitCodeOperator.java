package dev.podwright.dsl;

/** How a pod failure rule compares exit codes ({@code onExitCodes.operator}). */
public enum ExitCodeOperator {
  /** Matches when a container exited with one of the codes. */
  IN("In"),
  /** Matches when a container exited with a non-zero code that is not one of the codes. */
  NOT_IN("NotIn");

  private final String value;

  ExitCodeOperator(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
