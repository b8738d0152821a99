package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The specification of a deployment ({@code spec} of a {@code Deployment}). */
@Value.Immutable
public abstract class DeploymentSpec implements Extensible {
  DeploymentSpec() {}

  /** Returns the desired number of pods ({@code spec.replicas}); 1 when absent. */
  public abstract Optional<Integer> replicas();

  /** Returns the pod selector ({@code spec.selector}); it must match the template labels. */
  public abstract Optional<LabelSelector> selector();

  /** Returns the pod template ({@code spec.template}). */
  @Value.Default
  public PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Returns how old pods are replaced ({@code spec.strategy}). */
  public abstract Optional<DeploymentStrategy> strategy();

  /** Returns how long a new pod must be ready to count as available. */
  public abstract Optional<Integer> minReadySeconds();

  /** Returns how many old replica sets to keep ({@code spec.revisionHistoryLimit}). */
  public abstract Optional<Integer> revisionHistoryLimit();

  /** Returns whether the rollout is paused ({@code spec.paused}). */
  public abstract Optional<Boolean> paused();

  /** Returns how long a rollout may stall before it is reported failed. */
  public abstract Optional<Integer> progressDeadlineSeconds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeploymentSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDeploymentSpec.Builder {
    Builder() {}
  }
}
