package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code configMap} volume source.
 */
@Value.Immutable
public abstract class ConfigMapVolumeSource implements Extensible {
  ConfigMapVolumeSource() {}

  /** Returns the config map name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the keys to project; all keys when empty. */
  public abstract List<KeyToPath> items();

  /** Returns the default file mode bits. */
  public abstract Optional<Integer> defaultMode();

  /** Returns whether the config map may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConfigMapVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableConfigMapVolumeSource.Builder {
    Builder() {}
  }
}
