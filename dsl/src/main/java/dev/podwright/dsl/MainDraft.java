package dev.podwright.dsl;

import dev.podwright.model.Container;
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
}
