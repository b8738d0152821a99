package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A projected service account token.
 */
@Value.Immutable
public abstract class ServiceAccountTokenProjection implements Extensible {
  ServiceAccountTokenProjection() {}

  /** Returns the intended audience of the token. */
  public abstract Optional<String> audience();

  /** Returns the requested lifetime of the token. */
  public abstract Optional<Long> expirationSeconds();

  /** Returns the relative file path. */
  @Value.Default
  public String path() {
    return "";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceAccountTokenProjection} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableServiceAccountTokenProjection.Builder {
    Builder() {}
  }
}
