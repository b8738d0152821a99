package dev.podwright.dsl;

/** A pod template with at least one main container; a workload factory takes it. */
final class CompleteTemplate extends PodDraftBase<TemplateMainStep> implements TemplateMainStep {
  CompleteTemplate(PodValue pod) {
    super(pod);
  }

  @Override
  TemplateMainStep copy(PodValue pod) {
    return new CompleteTemplate(pod);
  }

  @Override
  public TemplateMainStep main(MainContainer main) {
    return new CompleteTemplate(withContainer(value(), main, "main"));
  }
}
