package dev.podwright.dsl;

/**
 * A pod or pod template with at least one main container: more main containers may follow, but
 * no sidecar or init container, so the order of the code is the start order.
 *
 * @param <M> the step itself, returned by {@link #main}
 */
public sealed interface MainContainersStep<M extends MainContainersStep<M>>
    permits PodMainStep, TemplateMainStep {
  /** Adds another main container ({@code spec.containers[]}); main containers start together. */
  M main(MainContainer main);
}
