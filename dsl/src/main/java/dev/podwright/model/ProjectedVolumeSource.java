package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code projected} volume source.
 */
@Value.Immutable
public abstract class ProjectedVolumeSource implements Extensible {
  ProjectedVolumeSource() {}

  /** Returns the projected sources. */
  public abstract List<VolumeProjection> sources();

  /** Returns the default file mode bits. */
  public abstract Optional<Integer> defaultMode();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectedVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableProjectedVolumeSource.Builder {
    Builder() {}
  }
}
