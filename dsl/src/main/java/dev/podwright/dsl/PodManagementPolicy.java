package dev.podwright.dsl;

/** How a stateful set starts and stops its pods ({@code spec.podManagementPolicy}). */
public enum PodManagementPolicy {
  /** One at a time, each waiting for the previous one to be ready (the default). */
  ORDERED_READY("OrderedReady"),
  /** All at once. */
  PARALLEL("Parallel");

  private final String value;

  PodManagementPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
