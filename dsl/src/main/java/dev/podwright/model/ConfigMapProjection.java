package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Config map keys in a projected volume.
 */
@Value.Immutable
public abstract class ConfigMapProjection implements Extensible {
  ConfigMapProjection() {}

  /** Returns the config map name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the keys to project; all keys when empty. */
  public abstract List<KeyToPath> items();

  /** Returns whether the config map may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConfigMapProjection} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableConfigMapProjection.Builder {
    Builder() {}
  }
}
