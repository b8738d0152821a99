package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file of a downward API volume or projection.
 */
@Value.Immutable
public abstract class DownwardAPIVolumeFile implements Extensible {
  DownwardAPIVolumeFile() {}

  /** Returns the relative file path. */
  @Value.Default
  public String path() {
    return "";
  }

  /** Returns a pod field. */
  public abstract Optional<ObjectFieldSelector> fieldRef();

  /** Returns a container resource. */
  public abstract Optional<ResourceFieldSelector> resourceFieldRef();

  /** Returns the file mode bits. */
  public abstract Optional<Integer> mode();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIVolumeFile} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDownwardAPIVolumeFile.Builder {
    Builder() {}
  }
}
