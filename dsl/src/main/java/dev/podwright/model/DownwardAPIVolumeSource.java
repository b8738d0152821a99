package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code downwardAPI} volume source.
 */
@Value.Immutable
public abstract class DownwardAPIVolumeSource implements Extensible {
  DownwardAPIVolumeSource() {}

  /** Returns the files. */
  public abstract List<DownwardAPIVolumeFile> items();

  /** Returns the default file mode bits. */
  public abstract Optional<Integer> defaultMode();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDownwardAPIVolumeSource.Builder {
    Builder() {}
  }
}
