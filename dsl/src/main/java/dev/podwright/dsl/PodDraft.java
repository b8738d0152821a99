package dev.podwright.dsl;

import dev.podwright.model.Pod;

/** A pod before its first main container. */
final class PodDraft extends NamedPodDraftBase<PodInitStep> implements PodInitStep {
  PodDraft(Pod pod) {
    super(pod);
  }

  @Override
  PodInitStep copy(Pod pod) {
    return new PodDraft(pod);
  }

  @Override
  public PodInitStep sidecar(SidecarContainer sidecar) {
    return new PodDraft(withContainer(pod(), sidecar, "sidecar"));
  }

  @Override
  public PodInitStep init(InitContainer init) {
    return new PodDraft(withContainer(pod(), init, "init"));
  }

  @Override
  public PodMainStep main(MainContainer main) {
    return new CompletePod(withContainer(pod(), main, "main"));
  }
}
