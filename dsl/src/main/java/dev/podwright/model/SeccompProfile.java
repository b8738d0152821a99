package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seccomp profile: {@code RuntimeDefault}, {@code Unconfined} or {@code Localhost}.
 */
@Value.Immutable
public abstract class SeccompProfile implements Extensible {
  SeccompProfile() {}

  /** Returns the profile type. */
  @Value.Default
  public String type() {
    return "";
  }

  /** Returns the profile file, for type {@code Localhost}. */
  public abstract Optional<String> localhostProfile();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SeccompProfile} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSeccompProfile.Builder {
    Builder() {}
  }
}
