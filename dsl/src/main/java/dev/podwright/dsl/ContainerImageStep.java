package dev.podwright.dsl;

/**
 * A container that has a name but no image yet; the API server requires one
 * ({@code spec.containers[0].image: Required value}).
 *
 * @param <C> the container role that {@link #image(String)} completes: {@link SidecarContainer},
 *     {@link InitContainer} or {@link MainContainer}
 */
public sealed interface ContainerImageStep<C> permits ImageStepDraft {
  /** Sets the image ({@code image}), e.g. {@code docker.io/istio/proxyv2:1.28.0}. */
  C image(String image);
}
