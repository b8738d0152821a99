package dev.podwright.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Pod fields in a projected volume.
 */
@Value.Immutable
public abstract class DownwardAPIProjection implements Extensible {
  DownwardAPIProjection() {}

  /** Returns the files. */
  public abstract List<DownwardAPIVolumeFile> items();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DownwardAPIProjection} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDownwardAPIProjection.Builder {
    Builder() {}
  }
}
