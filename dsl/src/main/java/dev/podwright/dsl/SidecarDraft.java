package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A native sidecar under construction; its restart policy is always {@code Always}. */
final class SidecarDraft extends ProbedDraft<SidecarContainer> implements SidecarContainer {
  SidecarDraft(Container container, List<Volume> volumes) {
    super(Container.builder().from(container).restartPolicy("Always").build(), volumes);
  }

  @Override
  SidecarContainer copy(Container container, List<Volume> volumes) {
    return new SidecarDraft(container, volumes);
  }

  @Override
  public SidecarContainer restartPolicyRules(ContainerRestartRule... rules) {
    return restart("Always", rules);
  }
}
