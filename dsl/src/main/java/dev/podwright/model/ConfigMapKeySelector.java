package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A config map key used as an environment value ({@code configMapKeyRef}).
 */
@Value.Immutable
public abstract non-sealed class ConfigMapKeySelector implements Extensible, EnvSource {
  ConfigMapKeySelector() {}

  /** Returns the config map name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the key. */
  @Value.Default
  public String key() {
    return "";
  }

  /** Returns whether the config map or key may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConfigMapKeySelector} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableConfigMapKeySelector.Builder {
    Builder() {}
  }
}
