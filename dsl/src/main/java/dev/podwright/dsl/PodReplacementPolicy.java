package dev.podwright.dsl;

/** When a job creates a replacement pod ({@code spec.podReplacementPolicy}). */
public enum PodReplacementPolicy {
  /** As soon as the old pod is terminating or failed (the default without a failure policy). */
  TERMINATING_OR_FAILED("TerminatingOrFailed"),
  /** Only once the old pod has fully terminated; the only value allowed with a failure policy. */
  FAILED("Failed");

  private final String value;

  PodReplacementPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
