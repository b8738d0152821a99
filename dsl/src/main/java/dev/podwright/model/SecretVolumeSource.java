package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code secret} volume source.
 */
@Value.Immutable
public abstract class SecretVolumeSource implements Extensible {
  SecretVolumeSource() {}

  /** Returns the secret name. */
  @Value.Default
  public String secretName() {
    return "";
  }

  /** Returns the keys to project; all keys when empty. */
  public abstract List<KeyToPath> items();

  /** Returns the default file mode bits. */
  public abstract Optional<Integer> defaultMode();

  /** Returns whether the secret may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSecretVolumeSource.Builder {
    Builder() {}
  }
}
