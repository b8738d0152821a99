package dev.podwright.dsl;

/** The image pull policy of a container ({@code imagePullPolicy}). */
public enum PullPolicy {
  /** Pull the image every time the container starts. */
  ALWAYS("Always"),
  /** Pull the image only if it is not on the node. */
  IF_NOT_PRESENT("IfNotPresent"),
  /** Never pull; the image must be on the node. */
  NEVER("Never");

  private final String value;

  PullPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code IfNotPresent}. */
  public String value() {
    return value;
  }
}
