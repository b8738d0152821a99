package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A secret key used as an environment value ({@code secretKeyRef}).
 */
@Value.Immutable
public abstract non-sealed class SecretKeySelector implements Extensible, EnvSource {
  SecretKeySelector() {}

  /** Returns the secret name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the key. */
  @Value.Default
  public String key() {
    return "";
  }

  /** Returns whether the secret or key may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretKeySelector} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSecretKeySelector.Builder {
    Builder() {}
  }
}
