package dev.podwright.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Linux capabilities to add and drop.
 */
@Value.Immutable
public abstract class Capabilities implements Extensible {
  Capabilities() {}

  /** Returns capabilities to add, e.g. {@code NET_ADMIN}. */
  public abstract List<String> add();

  /** Returns capabilities to drop, e.g. {@code ALL}. */
  public abstract List<String> drop();

  /** Returns capabilities that add {@code add} and drop {@code drop}. */
  public static Capabilities of(List<String> add, List<String> drop) {
    return builder().addAllAdd(add).addAllDrop(drop).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Capabilities} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableCapabilities.Builder {
    Builder() {}
  }
}
