package dev.podwright.dsl;

import dev.podwright.model.Pod;

/** A pod with at least one main container: it can be built and rendered. */
public sealed interface PodMainStep extends PodSettingsStep<PodMainStep> permits CompletePod {
  /** Adds another main container ({@code spec.containers[]}); main containers start together. */
  PodMainStep main(MainContainer main);

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
}
