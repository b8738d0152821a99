package dev.podwright.dsl;

import dev.podwright.model.Pod;
import dev.podwright.validation.Profile;

/** A pod with at least one main container: it can be built and rendered. */
public sealed interface PodMainStep
    extends PodSettingsStep<PodMainStep>, MainContainersStep<PodMainStep> permits CompletePod {
  /**
   * Validates the pod and returns it.
   *
   * @throws dev.podwright.validation.ValidationException listing every problem, each with its
   *     field path, in the API server's words
   */
  Pod build();

  /**
   * Validates the pod and renders it as YAML.
   *
   * @throws dev.podwright.validation.ValidationException as {@link #build()}
   */
  String toYaml();

  /**
   * Validates the pod for a target Kubernetes version and its feature gates, e.g.
   * {@code build(Profile.of("1.28"))}, and returns it.
   *
   * @throws dev.podwright.validation.ValidationException listing every problem for that target
   */
  Pod build(Profile profile);

  /**
   * Validates the pod for a target Kubernetes version and renders it as YAML.
   *
   * @throws dev.podwright.validation.ValidationException as {@link #build(Profile)}
   */
  String toYaml(Profile profile);
}
