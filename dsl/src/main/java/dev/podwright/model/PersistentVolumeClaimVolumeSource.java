package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code persistentVolumeClaim} volume source.
 */
@Value.Immutable
public abstract class PersistentVolumeClaimVolumeSource implements Extensible {
  PersistentVolumeClaimVolumeSource() {}

  /** Returns the claim name. */
  @Value.Default
  public String claimName() {
    return "";
  }

  /** Returns whether the volume is mounted read-only. */
  public abstract Optional<Boolean> readOnly();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistentVolumeClaimVolumeSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutablePersistentVolumeClaimVolumeSource.Builder {
    Builder() {}
  }
}
