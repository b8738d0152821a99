package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/** How a deployment replaces old pods ({@code spec.strategy}). */
@Value.Immutable
public abstract class DeploymentStrategy implements Extensible {
  DeploymentStrategy() {}

  /** Returns {@code RollingUpdate} (the default) or {@code Recreate} ({@code strategy.type}). */
  public abstract Optional<String> type();

  /** Returns the rolling update parameters ({@code strategy.rollingUpdate}). */
  public abstract Optional<RollingUpdateDeployment> rollingUpdate();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeploymentStrategy} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDeploymentStrategy.Builder {
    Builder() {}
  }
}
