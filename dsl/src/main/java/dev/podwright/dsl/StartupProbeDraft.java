package dev.podwright.dsl;

import dev.podwright.model.Probe;

/** A startup probe under construction. */
final class StartupProbeDraft extends ProbeDraft<StartupProbe> implements StartupProbe {
  StartupProbeDraft(Probe probe) {
    super(probe);
  }

  @Override
  StartupProbe copy(Probe probe) {
    return new StartupProbeDraft(probe);
  }

  @Override
  public StartupProbe terminationGracePeriodSeconds(long seconds) {
    return edit(b -> b.terminationGracePeriodSeconds(seconds));
  }
}
