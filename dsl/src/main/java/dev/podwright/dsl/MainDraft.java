package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A main container under construction. */
final class MainDraft extends ProbedDraft<MainContainer> implements MainContainer {
  /** The draft {@code image(..)} returns: a container named {@code name} running {@code image}. */
  MainDraft(String name, String image) {
    super(b -> b.name(name).image(image));
  }

  private MainDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  private MainDraft(MainDraft previous, ContainerReplay.Change change) {
    super(previous, change);
  }

  @Override
  MainContainer next(ContainerReplay.Change change) {
    return new MainDraft(this, change);
  }

  @Override
  MainContainer rooted(Container container, List<Volume> volumes) {
    return new MainDraft(container, volumes);
  }

  @Override
  public MainContainer restartPolicy(RestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
