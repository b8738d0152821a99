package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;

/** A plain init container under construction. */
final class InitDraft extends ContainerDraft<InitContainer> implements InitContainer {
  InitDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  private InitDraft(InitDraft previous, UnaryOperator<Container.Builder> change,
      List<Volume> volumes) {
    super(previous, change, volumes);
  }

  @Override
  InitContainer edited(UnaryOperator<Container.Builder> change, List<Volume> volumes) {
    return new InitDraft(this, change, volumes);
  }

  @Override
  public InitContainer restartPolicy(InitRestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
