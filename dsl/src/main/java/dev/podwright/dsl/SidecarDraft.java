package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;

/** A native sidecar under construction; its restart policy is always {@code Always}. */
final class SidecarDraft extends ProbedDraft<SidecarContainer> implements SidecarContainer {
  SidecarDraft(Container container, List<Volume> volumes) {
    super(Container.builder().from(container).restartPolicy("Always").build(), volumes);
  }

  private SidecarDraft(SidecarDraft previous, UnaryOperator<Container.Builder> change,
      List<Volume> volumes) {
    super(previous, change, volumes);
  }

  @Override
  SidecarContainer edited(UnaryOperator<Container.Builder> change, List<Volume> volumes) {
    return new SidecarDraft(this, change, volumes);
  }

  @Override
  public SidecarContainer restartPolicyRules(ContainerRestartRule... rules) {
    return restart("Always", rules);
  }
}
