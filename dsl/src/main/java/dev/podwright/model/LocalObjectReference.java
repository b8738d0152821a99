package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A reference to an object in the same namespace by name, e.g. an image pull secret.
 */
@Value.Immutable
public abstract class LocalObjectReference implements Extensible {
  LocalObjectReference() {}

  /** Returns the object name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalObjectReference} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableLocalObjectReference.Builder {
    Builder() {}
  }
}
