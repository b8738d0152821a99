package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pod-level security context ({@code spec.securityContext}).
 */
@Value.Immutable
public abstract class PodSecurityContext implements Extensible {
  PodSecurityContext() {}

  /** Returns the UID all containers run as by default. */
  public abstract Optional<Long> runAsUser();

  /** Returns the GID all containers run as by default. */
  public abstract Optional<Long> runAsGroup();

  /** Returns whether containers must not run as root. */
  public abstract Optional<Boolean> runAsNonRoot();

  /** Returns the group that owns mounted volumes. */
  public abstract Optional<Long> fsGroup();

  /** Returns the seccomp profile. */
  public abstract Optional<SeccompProfile> seccompProfile();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSecurityContext} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutablePodSecurityContext.Builder {
    Builder() {}
  }
}
