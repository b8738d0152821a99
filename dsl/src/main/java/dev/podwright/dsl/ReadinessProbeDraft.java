package dev.podwright.dsl;

import dev.podwright.model.Probe;

/** A readiness probe under construction. */
final class ReadinessProbeDraft extends ProbeDraft<ReadinessProbe> implements ReadinessProbe {
  ReadinessProbeDraft(Probe probe) {
    super(probe);
  }

  @Override
  ReadinessProbe copy(Probe probe) {
    return new ReadinessProbeDraft(probe);
  }

  @Override
  public ReadinessProbe successThreshold(int threshold) {
    return edit(b -> b.successThreshold(threshold));
  }
}
