package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A native sidecar under construction; its restart policy is always {@code Always}. */
final class SidecarDraft extends ProbedDraft<SidecarContainer> implements SidecarContainer {
  /** The draft {@code image(..)} returns: a container named {@code name} running {@code image}. */
  SidecarDraft(String name, String image) {
    super(b -> b.name(name).image(image).restartPolicy("Always"));
  }

  private SidecarDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  private SidecarDraft(SidecarDraft previous, ContainerReplay.Change change) {
    super(previous, change);
  }

  @Override
  SidecarContainer next(ContainerReplay.Change change) {
    return new SidecarDraft(this, change);
  }

  @Override
  SidecarContainer rooted(Container container, List<Volume> volumes) {
    return new SidecarDraft(container, volumes);
  }

  @Override
  public SidecarContainer restartPolicyRules(ContainerRestartRule... rules) {
    return restart("Always", rules);
  }
}
