package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A secret exported whole into the environment ({@code envFrom[].secretRef}).
 */
@Value.Immutable
public abstract class SecretEnvSource implements Extensible {
  SecretEnvSource() {}

  /** Returns the secret name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns whether the secret may be missing. */
  public abstract Optional<Boolean> optional();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretEnvSource} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSecretEnvSource.Builder {
    Builder() {}
  }
}
