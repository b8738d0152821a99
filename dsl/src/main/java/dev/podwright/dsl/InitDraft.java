package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Volume;
import java.util.List;

/** A plain init container under construction. */
final class InitDraft extends ContainerDraft<InitContainer> implements InitContainer {
  /** The draft {@code image(..)} returns: a container named {@code name} running {@code image}. */
  InitDraft(String name, String image) {
    super(b -> b.name(name).image(image));
  }

  private InitDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  private InitDraft(InitDraft previous, ContainerReplay.Change change) {
    super(previous, change);
  }

  @Override
  InitContainer next(ContainerReplay.Change change) {
    return new InitDraft(this, change);
  }

  @Override
  InitContainer rooted(Container container, List<Volume> volumes) {
    return new InitDraft(container, volumes);
  }

  @Override
  public InitContainer restartPolicy(InitRestartPolicy policy, ContainerRestartRule... rules) {
    requireNonNull(policy, "policy == null");
    return restart(policy.value(), rules);
  }
}
