package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A config map exported whole into the environment ({@code envFrom[].configMapRef}).
 */
@Value.Immutable
public abstract class ConfigMapEnvSource implements Extensible {
  ConfigMapEnvSource() {}

  /** Returns the config map name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns whether the config map may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConfigMapEnvSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableConfigMapEnvSource.Builder {
    Builder() {}
  }
}
