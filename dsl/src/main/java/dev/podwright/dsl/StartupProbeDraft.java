package dev.podwright.dsl;

import dev.podwright.model.Probe;
import java.util.function.UnaryOperator;

/** A startup probe under construction. */
final class StartupProbeDraft extends ProbeDraft<StartupProbe> implements StartupProbe {
  StartupProbeDraft(Probe probe) {
    super(probe);
  }

  private StartupProbeDraft(StartupProbeDraft previous, UnaryOperator<Probe.Builder> change) {
    super(previous, change);
  }

  @Override
  StartupProbe next(UnaryOperator<Probe.Builder> change) {
    return new StartupProbeDraft(this, change);
  }

  @Override
  public StartupProbe terminationGracePeriodSeconds(long seconds) {
    return edit(b -> b.terminationGracePeriodSeconds(seconds));
  }
}
