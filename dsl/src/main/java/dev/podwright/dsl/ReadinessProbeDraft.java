package dev.podwright.dsl;

import dev.podwright.model.Probe;
import java.util.function.UnaryOperator;

/** A readiness probe under construction. */
final class ReadinessProbeDraft extends ProbeDraft<ReadinessProbe> implements ReadinessProbe {
  ReadinessProbeDraft(Probe probe) {
    super(probe);
  }

  private ReadinessProbeDraft(ReadinessProbeDraft previous, UnaryOperator<Probe.Builder> change) {
    super(previous, change);
  }

  @Override
  ReadinessProbe next(UnaryOperator<Probe.Builder> change) {
    return new ReadinessProbeDraft(this, change);
  }

  @Override
  public ReadinessProbe successThreshold(int threshold) {
    return edit(b -> b.successThreshold(threshold));
  }
}
