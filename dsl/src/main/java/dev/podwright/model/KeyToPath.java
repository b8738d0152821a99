package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Maps a key to a file path in a config map, secret or projected volume.
 */
@Value.Immutable
public abstract class KeyToPath implements Extensible {
  KeyToPath() {}

  /** Returns the key. */
  @Value.Default
  public String key() {
    return "";
  }

  /** Returns the relative file path. */
  @Value.Default
  public String path() {
    return "";
  }

  /** Returns the file mode bits. */
  public abstract Optional<Integer> mode();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KeyToPath} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableKeyToPath.Builder {
    Builder() {}
  }
}
