package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The container security context ({@code securityContext}).
 */
@Value.Immutable
public abstract class SecurityContext implements Extensible {
  SecurityContext() {}

  /** Returns capabilities to add and drop. */
  public abstract Optional<Capabilities> capabilities();

  /** Returns whether the container runs privileged. */
  public abstract Optional<Boolean> privileged();

  /** Returns whether a process may gain more privileges than its parent. */
  public abstract Optional<Boolean> allowPrivilegeEscalation();

  /** Returns whether the root filesystem is read-only. */
  public abstract Optional<Boolean> readOnlyRootFilesystem();

  /** Returns the UID the entrypoint runs as. */
  public abstract Optional<Long> runAsUser();

  /** Returns the GID the entrypoint runs as. */
  public abstract Optional<Long> runAsGroup();

  /** Returns whether the kubelet must refuse to run the container as root. */
  public abstract Optional<Boolean> runAsNonRoot();

  /** Returns the seccomp profile. */
  public abstract Optional<SeccompProfile> seccompProfile();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecurityContext} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSecurityContext.Builder {
    Builder() {}
  }
}
