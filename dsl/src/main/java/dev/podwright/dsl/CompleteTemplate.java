package dev.podwright.dsl;

import dev.podwright.model.Pod;

/** A pod template with at least one main container; a workload factory takes it. */
final class CompleteTemplate extends PodDraftBase<TemplateMainStep> implements TemplateMainStep {
  CompleteTemplate(Pod pod) {
    super(pod);
  }

  @Override
  TemplateMainStep copy(Pod pod) {
    return new CompleteTemplate(pod);
  }

  @Override
  public TemplateMainStep main(MainContainer main) {
    return new CompleteTemplate(withContainer(pod(), main, "main"));
  }
}
