package dev.podwright.dsl;

/** How a persistent volume may be mounted ({@code spec.accessModes[]} of a claim). */
public enum AccessMode {
  /** Read-write by the pods of a single node. */
  READ_WRITE_ONCE("ReadWriteOnce"),
  /** Read-only by many nodes. */
  READ_ONLY_MANY("ReadOnlyMany"),
  /** Read-write by many nodes. */
  READ_WRITE_MANY("ReadWriteMany"),
  /** Read-write by a single pod. */
  READ_WRITE_ONCE_POD("ReadWriteOncePod");

  private final String value;

  AccessMode(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML. */
  public String value() {
    return value;
  }
}
