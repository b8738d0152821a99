package dev.podwright.dsl;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.ObjectMeta;
import dev.podwright.validation.Profile;
import java.util.function.UnaryOperator;

/**
 * What every workload offers once it has a name and a pod template: object metadata, then
 * {@link #build()} or {@link #toYaml()}. Each method returns a new workload; the receiver is
 * unchanged, so a half-built workload can be the base of several.
 *
 * @param <S> the current step, returned by every metadata method
 * @param <T> the object {@link #build()} returns
 */
public sealed interface WorkloadStep<S extends WorkloadStep<S, T>, T extends KubernetesObject>
    permits JobStep, OnFailureJobStep, CronJobStep, OnFailureCronJobStep, DeploymentStep,
    StatefulSetStep, DaemonSetStep {
  /** Sets the namespace ({@code metadata.namespace}); kubectl supplies one when absent. */
  S namespace(String namespace);

  /**
   * Adds a label to the workload itself ({@code metadata.labels}), not to its pods; pod labels
   * belong on the template. A later value for the same key wins.
   */
  S label(String key, String value);

  /** Adds an annotation to the workload itself ({@code metadata.annotations}). */
  S annotation(String key, String value);

  /**
   * Changes any other metadata field of the workload itself through the model's builder, e.g.
   * {@code metadata(m -> m.addOwnerReference(owner))}: the typed escape hatch for what this step
   * has no method for. The name stays the factory's: a change to it is rejected at once.
   *
   * @throws IllegalArgumentException if the change touches the name
   */
  S metadata(UnaryOperator<ObjectMeta.Builder> change);

  /**
   * Validates the workload, its pod template included, and returns it.
   *
   * @throws dev.podwright.validation.ValidationException listing every problem, each with its
   *     field path, in the API server's words
   */
  T build();

  /**
   * Validates the workload and renders it as YAML.
   *
   * @throws dev.podwright.validation.ValidationException as {@link #build()}
   */
  String toYaml();

  /**
   * Validates the workload for a target Kubernetes version and its feature gates, e.g.
   * {@code build(Profile.of("1.35"))}, and returns it.
   *
   * @throws dev.podwright.validation.ValidationException listing every problem for that target
   */
  T build(Profile profile);

  /**
   * Validates the workload for a target Kubernetes version and renders it as YAML.
   *
   * @throws dev.podwright.validation.ValidationException as {@link #build(Profile)}
   */
  String toYaml(Profile profile);
}
