package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an environment variable takes its value from ({@code valueFrom}); the API allows exactly one.
 */
@Value.Immutable
public abstract class EnvVarSource implements Extensible {
  EnvVarSource() {}

  /** Returns a field of the pod. */
  public abstract Optional<ObjectFieldSelector> fieldRef();

  /** Returns a resource request or limit of a container. */
  public abstract Optional<ResourceFieldSelector> resourceFieldRef();

  /** Returns a key of a config map. */
  public abstract Optional<ConfigMapKeySelector> configMapKeyRef();

  /** Returns a key of a secret. */
  public abstract Optional<SecretKeySelector> secretKeyRef();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvVarSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableEnvVarSource.Builder {
    Builder() {}
  }
}
