package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import java.util.function.BiFunction;

/** A named container waiting for its image; immutable, so it can take several images. */
record ImageStepDraft<C>(String name, BiFunction<String, String, C> role)
    implements ContainerImageStep<C> {
  @Override
  public C image(String image) {
    requireNonNull(image, "image == null");
    return role.apply(name, image);
  }
}
