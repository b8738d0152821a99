package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A plain init container under construction. */
final class InitDraft extends ContainerDraft<InitContainer> implements InitContainer {
  InitDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  @Override
  InitContainer copy(Container container, List<Volume> volumes) {
    return new InitDraft(container, volumes);
  }

  @Override
  public InitContainer restartPolicy(InitRestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
