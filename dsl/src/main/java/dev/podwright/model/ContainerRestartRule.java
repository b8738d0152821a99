package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container restart rule ({@code containers[].restartPolicyRules[]}, Kubernetes 1.34+ behind
 * the {@code ContainerRestartRules} gate): what to do when the container exits with matching codes.
 */
@Value.Immutable
public abstract class ContainerRestartRule implements Extensible {
  ContainerRestartRule() {}

  /** Returns the action, e.g. {@code Restart}; empty when unset. */
  @Value.Default
  public String action() {
    return "";
  }

  /** Returns the exit codes the rule matches. */
  public abstract Optional<ContainerRestartRuleOnExitCodes> exitCodes();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerRestartRule} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableContainerRestartRule.Builder {
    Builder() {}
  }
}
