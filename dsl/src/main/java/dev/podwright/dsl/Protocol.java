package dev.podwright.dsl;

/** The protocol of a container port ({@code ports[].protocol}). */
public enum Protocol {
  /** TCP (the default). */
  TCP,
  /** UDP. */
  UDP,
  /** SCTP. */
  SCTP;

  /** Returns the value as written in YAML. */
  public String value() {
    return name();
  }
}
