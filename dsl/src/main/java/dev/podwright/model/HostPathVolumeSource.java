package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code hostPath} volume source.
 */
@Value.Immutable
public abstract class HostPathVolumeSource implements Extensible {
  HostPathVolumeSource() {}

  /** Returns the path on the node. */
  @Value.Default
  public String path() {
    return "";
  }

  /** Returns the expected type, e.g. {@code Directory} or {@code Socket}. */
  public abstract Optional<String> type();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostPathVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableHostPathVolumeSource.Builder {
    Builder() {}
  }
}
