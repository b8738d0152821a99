package dev.podwright.dsl;

/** A pod before its first main container. */
final class PodDraft extends NamedPodDraftBase<PodInitStep> implements PodInitStep {
  PodDraft(PodValue pod) {
    super(pod);
  }

  @Override
  PodInitStep copy(PodValue pod) {
    return new PodDraft(pod);
  }

  @Override
  public PodInitStep sidecar(SidecarContainer sidecar) {
    return new PodDraft(withContainer(value(), sidecar, "sidecar"));
  }

  @Override
  public PodInitStep init(InitContainer init) {
    return new PodDraft(withContainer(value(), init, "init"));
  }

  @Override
  public PodMainStep main(MainContainer main) {
    return new CompletePod(withContainer(value(), main, "main"));
  }
}
