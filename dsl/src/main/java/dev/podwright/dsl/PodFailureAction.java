package dev.podwright.dsl;

/** What a job does when a pod failure matches a rule ({@code podFailurePolicy.rules[].action}). */
public enum PodFailureAction {
  /** Marks the whole job failed and terminates its running pods. */
  FAIL_JOB("FailJob"),
  /** Marks the pod's index failed (needs {@code backoffLimitPerIndex}). */
  FAIL_INDEX("FailIndex"),
  /** Does not count the failure towards {@code backoffLimit}; a replacement pod is created. */
  IGNORE("Ignore"),
  /** Counts the failure towards {@code backoffLimit}, as without a rule. */
  COUNT("Count");

  private final String value;

  PodFailureAction(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
