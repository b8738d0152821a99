package dev.podwright.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Compute resource requests and limits ({@code resources}).
 */
@Value.Immutable
public abstract class ResourceRequirements implements Extensible {
  ResourceRequirements() {}

  /** Returns the requests, by resource name. */
  public abstract Map<String, Quantity> requests();

  /** Returns the limits, by resource name. */
  public abstract Map<String, Quantity> limits();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceRequirements} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableResourceRequirements.Builder {
    Builder() {}
  }
}
