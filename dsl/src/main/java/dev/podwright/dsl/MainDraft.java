package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A main container under construction. */
final class MainDraft extends ProbedDraft<MainContainer> implements MainContainer {
  MainDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  @Override
  MainContainer copy(Container container, List<Volume> volumes) {
    return new MainDraft(container, volumes);
  }

  @Override
  public MainContainer restartPolicy(RestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
