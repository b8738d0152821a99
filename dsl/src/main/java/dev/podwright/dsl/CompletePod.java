package dev.podwright.dsl;

import dev.podwright.model.Pod;
import dev.podwright.validation.Profile;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.PodYaml;

/** A pod with at least one main container. */
final class CompletePod extends NamedPodDraftBase<PodMainStep> implements PodMainStep {
  CompletePod(PodValue pod) {
    super(pod);
  }

  @Override
  PodMainStep copy(PodValue pod) {
    return new CompletePod(pod);
  }

  @Override
  public PodMainStep main(MainContainer main) {
    return new CompletePod(withContainer(value(), main, "main"));
  }

  @Override
  public Pod build() {
    return build(Profile.defaults());
  }

  @Override
  public String toYaml() {
    return toYaml(Profile.defaults());
  }

  @Override
  public Pod build(Profile profile) {
    Validator.forProfile(profile).check(pod());
    return pod();
  }

  @Override
  public String toYaml(Profile profile) {
    return PodYaml.toYaml(build(profile));
  }
}
