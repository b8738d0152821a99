package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A toleration of node taints ({@code spec.tolerations[]}).
 */
@Value.Immutable
public abstract class Toleration implements Extensible {
  Toleration() {}

  /** Returns the taint key. */
  public abstract Optional<String> key();

  /** Returns {@code Exists} or {@code Equal}. */
  public abstract Optional<String> operator();

  /** Returns the taint value. */
  public abstract Optional<String> value();

  /** Returns {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}. */
  public abstract Optional<String> effect();

  /** Returns how long a {@code NoExecute} taint is tolerated. */
  public abstract Optional<Long> tolerationSeconds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Toleration} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableToleration.Builder {
    Builder() {}
  }
}
