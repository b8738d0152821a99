package dev.podwright.dsl;

import dev.podwright.model.Probe;

/** A liveness probe under construction. */
final class LivenessProbeDraft extends ProbeDraft<LivenessProbe> implements LivenessProbe {
  LivenessProbeDraft(Probe probe) {
    super(probe);
  }

  @Override
  LivenessProbe copy(Probe probe) {
    return new LivenessProbeDraft(probe);
  }

  @Override
  public LivenessProbe terminationGracePeriodSeconds(long seconds) {
    return edit(b -> b.terminationGracePeriodSeconds(seconds));
  }
}
