package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod field used as an environment value ({@code fieldRef}).
 */
@Value.Immutable
public abstract non-sealed class ObjectFieldSelector implements Extensible, EnvSource {
  ObjectFieldSelector() {}

  /** Returns the schema version of the field path; defaults to {@code v1}. */
  public abstract Optional<String> apiVersion();

  /** Returns the field, e.g. {@code metadata.name} or {@code status.podIP}. */
  @Value.Default
  public String fieldPath() {
    return "";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectFieldSelector} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableObjectFieldSelector.Builder {
    Builder() {}
  }
}
