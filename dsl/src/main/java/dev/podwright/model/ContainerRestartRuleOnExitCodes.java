package dev.podwright.model;

import java.util.List;
import org.immutables.value.Value;

/** The exit-code condition of a {@link ContainerRestartRule} ({@code exitCodes}). */
@Value.Immutable
public abstract class ContainerRestartRuleOnExitCodes implements Extensible {
  ContainerRestartRuleOnExitCodes() {}

  /** Returns {@code In} or {@code NotIn}; empty when unset. */
  @Value.Default
  public String operator() {
    return "";
  }

  /** Returns the exit codes. */
  public abstract List<Integer> values();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerRestartRuleOnExitCodes} values; {@code from(..)} copies one. */
  public static final class Builder extends ImmutableContainerRestartRuleOnExitCodes.Builder {
    Builder() {}
  }
}
