package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A config map or secret whose keys all become environment variables ({@code envFrom[]}).
 */
@Value.Immutable
public abstract class EnvFromSource implements Extensible {
  EnvFromSource() {}

  /** Returns a prefix added to every variable name. */
  public abstract Optional<String> prefix();

  /** Returns the config map. */
  public abstract Optional<ConfigMapEnvSource> configMapRef();

  /** Returns the secret. */
  public abstract Optional<SecretEnvSource> secretRef();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvFromSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableEnvFromSource.Builder {
    Builder() {}
  }
}
