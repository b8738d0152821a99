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
    return new PodDraft(PodValue.of(withContainer(pod(), sidecar, "sidecar")));
  }

  @Override
  public PodInitStep init(InitContainer init) {
    return new PodDraft(PodValue.of(withContainer(pod(), init, "init")));
  }

  @Override
  public PodMainStep main(MainContainer main) {
    return new CompletePod(PodValue.of(withContainer(pod(), main, "main")));
  }
}
