package dev.podwright.dsl;

import dev.podwright.model.Pod;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.PodYaml;

/** A pod with at least one main container. */
final class CompletePod extends PodDraftBase<PodMainStep> implements PodMainStep {
  CompletePod(Pod pod) {
    super(pod);
  }

  @Override
  PodMainStep copy(Pod pod) {
    return new CompletePod(pod);
  }

  @Override
  public PodMainStep main(MainContainer main) {
    return new CompletePod(withContainer(pod(), main, "main"));
  }

  @Override
  public Pod build() {
    Validator.defaults().check(pod());
    return pod();
  }

  @Override
  public String toYaml() {
    return PodYaml.toYaml(build());
  }
}
