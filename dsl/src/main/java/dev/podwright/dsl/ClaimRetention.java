package dev.podwright.dsl;

/**
 * What happens to a stateful set's claims when it is deleted or scaled down
 * ({@code spec.persistentVolumeClaimRetentionPolicy.whenDeleted} and {@code whenScaled}).
 */
public enum ClaimRetention {
  /** The claims are kept (the default). */
  RETAIN("Retain"),
  /** The claims are deleted with the pods they belong to. */
  DELETE("Delete");

  private final String value;

  ClaimRetention(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
