package dev.podwright.dsl;

import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.IntOrString;
import java.util.function.UnaryOperator;

/**
 * A deployment ({@code kind: Deployment}) with its pod template; its selector is the template's
 * labels. Start one with {@link Pods#deployment}.
 */
public sealed interface DeploymentStep extends WorkloadStep<DeploymentStep, Deployment>
    permits DeploymentDraft {
  /** Sets the desired number of pods ({@code spec.replicas}); 1 when absent. */
  DeploymentStep replicas(int replicas);

  /** Sets how long a new pod must be ready to count as available ({@code minReadySeconds}). */
  DeploymentStep minReadySeconds(int seconds);

  /** Sets how long a rollout may stall before it is reported failed. */
  DeploymentStep progressDeadlineSeconds(int seconds);

  /** Sets how many old replica sets are kept for rollback ({@code revisionHistoryLimit}). */
  DeploymentStep revisionHistoryLimit(int limit);

  /** Stops all old pods before starting new ones ({@code spec.strategy.type: Recreate}). */
  DeploymentStep recreate();

  /**
   * Replaces pods gradually ({@code spec.strategy.type: RollingUpdate}), e.g.
   * {@code rollingUpdate(IntOrString.of(0), IntOrString.of("25%"))}.
   */
  DeploymentStep rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge);

  /**
   * Changes any other field of the deployment spec through the model's builder, e.g. {@code
   * deploymentSpec(s -> s.paused(true))}: the typed escape hatch for what this step has no method
   * for. The pod template and the selector stay under the DSL's control; a change to them is
   * refused at once. Validation runs at {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  DeploymentStep deploymentSpec(UnaryOperator<DeploymentSpec.Builder> change);
}
