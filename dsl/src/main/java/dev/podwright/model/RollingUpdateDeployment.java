package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The parameters of a rolling update ({@code spec.strategy.rollingUpdate}). */
@Value.Immutable
public abstract class RollingUpdateDeployment implements Extensible {
  RollingUpdateDeployment() {}

  /** Returns how many pods may be unavailable, a number or a percentage; 25% when absent. */
  public abstract Optional<IntOrString> maxUnavailable();

  /** Returns how many extra pods may be created, a number or a percentage; 25% when absent. */
  public abstract Optional<IntOrString> maxSurge();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RollingUpdateDeployment} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableRollingUpdateDeployment.Builder {
    Builder() {}
  }
}
