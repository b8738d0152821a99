package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An environment variable: a literal {@code value} or a {@code valueFrom} source.
 */
@Value.Immutable
public abstract class EnvVar implements Extensible {
  EnvVar() {}

  /** Returns the variable name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the literal value. */
  public abstract Optional<String> value();

  /** Returns the source of the value. */
  public abstract Optional<EnvVarSource> valueFrom();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvVar} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableEnvVar.Builder {
    Builder() {}
  }
}
