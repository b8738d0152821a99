package dev.podwright.dsl;

/** How {@code /proc} is mounted in a container ({@code securityContext.procMount}). */
public enum ProcMountType {
  /** Mask and make read-only the sensitive paths of {@code /proc} (the default). */
  DEFAULT("Default"),
  /** No masking; needs a pod in its own user namespace ({@code hostUsers: false}). */
  UNMASKED("Unmasked");

  private final String value;

  ProcMountType(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code Unmasked}. */
  public String value() {
    return value;
  }
}
