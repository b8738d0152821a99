package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import java.util.function.Function;

/** A named container waiting for its image; immutable, so it can take several images. */
record ImageStepDraft<C>(Container base, Function<Container, C> role)
    implements ContainerImageStep<C> {
  @Override
  public C image(String image) {
    requireNonNull(image, "image == null");
    return role.apply(Container.builder().from(base).image(image).build());
  }
}
