package dev.podwright.dsl;

/**
 * What a cron job does when a run is due while the last one still runs
 * ({@code spec.concurrencyPolicy}).
 */
public enum ConcurrencyPolicy {
  /** Run both (the default). */
  ALLOW("Allow"),
  /** Skip the new run. */
  FORBID("Forbid"),
  /** Stop the old run and start the new one. */
  REPLACE("Replace");

  private final String value;

  ConcurrencyPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
