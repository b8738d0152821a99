package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An {@code emptyDir} volume source.
 */
@Value.Immutable
public abstract class EmptyDirVolumeSource implements Extensible {
  EmptyDirVolumeSource() {}

  /** Returns {@code Memory} for tmpfs; the node's default storage otherwise. */
  public abstract Optional<String> medium();

  /** Returns the size limit. */
  public abstract Optional<Quantity> sizeLimit();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EmptyDirVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableEmptyDirVolumeSource.Builder {
    Builder() {}
  }
}
