package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container resource used as an environment value ({@code resourceFieldRef}).
 */
@Value.Immutable
public abstract non-sealed class ResourceFieldSelector implements Extensible, EnvSource {
  ResourceFieldSelector() {}

  /** Returns the container; the current one when absent. */
  public abstract Optional<String> containerName();

  /** Returns the resource, e.g. {@code limits.cpu}. */
  @Value.Default
  public String resource() {
    return "";
  }

  /** Returns the unit the value is expressed in. */
  public abstract Optional<Quantity> divisor();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceFieldSelector} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableResourceFieldSelector.Builder {
    Builder() {}
  }
}
