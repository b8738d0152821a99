package dev.podwright.dsl;

import dev.podwright.model.Pod;

/** A pod template before its first main container. */
final class TemplateDraft extends PodDraftBase<TemplateInitStep> implements TemplateInitStep {
  TemplateDraft(Pod pod) {
    super(pod);
  }

  @Override
  TemplateInitStep copy(Pod pod) {
    return new TemplateDraft(pod);
  }

  @Override
  public TemplateInitStep sidecar(SidecarContainer sidecar) {
    return new TemplateDraft(withContainer(pod(), sidecar, "sidecar"));
  }

  @Override
  public TemplateInitStep init(InitContainer init) {
    return new TemplateDraft(withContainer(pod(), init, "init"));
  }

  @Override
  public TemplateMainStep main(MainContainer main) {
    return new CompleteTemplate(withContainer(pod(), main, "main"));
  }
}
