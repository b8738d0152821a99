package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source of a projected volume; the API allows exactly one per entry.
 */
@Value.Immutable
public abstract class VolumeProjection implements Extensible {
  VolumeProjection() {}

  /** Returns a service account token. */
  public abstract Optional<ServiceAccountTokenProjection> serviceAccountToken();

  /** Returns config map keys. */
  public abstract Optional<ConfigMapProjection> configMap();

  /** Returns secret keys. */
  public abstract Optional<SecretProjection> secret();

  /** Returns pod fields. */
  public abstract Optional<DownwardAPIProjection> downwardAPI();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeProjection} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableVolumeProjection.Builder {
    Builder() {}
  }
}
