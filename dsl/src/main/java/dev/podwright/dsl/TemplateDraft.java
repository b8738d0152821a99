package dev.podwright.dsl;

/** A pod template before its first main container. */
final class TemplateDraft extends PodDraftBase<TemplateInitStep> implements TemplateInitStep {
  TemplateDraft(PodValue pod) {
    super(pod);
  }

  @Override
  TemplateInitStep copy(PodValue pod) {
    return new TemplateDraft(pod);
  }

  @Override
  public TemplateInitStep sidecar(SidecarContainer sidecar) {
    return new TemplateDraft(withContainer(value(), sidecar, "sidecar"));
  }

  @Override
  public TemplateInitStep init(InitContainer init) {
    return new TemplateDraft(withContainer(value(), init, "init"));
  }

  @Override
  public TemplateMainStep main(MainContainer main) {
    return new CompleteTemplate(withContainer(value(), main, "main"));
  }
}
