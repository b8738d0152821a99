package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Container lifecycle hooks ({@code lifecycle}).
 */
@Value.Immutable
public abstract class Lifecycle implements Extensible {
  Lifecycle() {}

  /** Returns runs right after the container starts. */
  public abstract Optional<LifecycleHandler> postStart();

  /** Returns runs before the container is sent its stop signal. */
  public abstract Optional<LifecycleHandler> preStop();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lifecycle} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableLifecycle.Builder {
    Builder() {}
  }
}
