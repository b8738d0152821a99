package dev.podwright.model;

import org.immutables.value.Value;

/**
 * Sleeps before the container is stopped ({@code sleep}); lifecycle hooks only.
 */
@Value.Immutable
public abstract non-sealed class SleepAction implements Extensible, HookAction {
  SleepAction() {}

  /** Returns how long to sleep. */
  @Value.Default
  public long seconds() {
    return 0;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SleepAction} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableSleepAction.Builder {
    Builder() {}
  }
}
