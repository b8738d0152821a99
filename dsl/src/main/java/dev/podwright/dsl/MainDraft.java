package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;

/** A main container under construction. */
final class MainDraft extends ProbedDraft<MainContainer> implements MainContainer {
  MainDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  private MainDraft(MainDraft previous, UnaryOperator<Container.Builder> change,
      List<Volume> volumes) {
    super(previous, change, volumes);
  }

  @Override
  MainContainer edited(UnaryOperator<Container.Builder> change, List<Volume> volumes) {
    return new MainDraft(this, change, volumes);
  }

  @Override
  public MainContainer restartPolicy(RestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
