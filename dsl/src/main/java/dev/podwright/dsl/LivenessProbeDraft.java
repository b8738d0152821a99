package dev.podwright.dsl;

import dev.podwright.model.Probe;
import java.util.function.UnaryOperator;

/** A liveness probe under construction. */
final class LivenessProbeDraft extends ProbeDraft<LivenessProbe> implements LivenessProbe {
  LivenessProbeDraft(Probe probe) {
    super(probe);
  }

  private LivenessProbeDraft(LivenessProbeDraft previous, UnaryOperator<Probe.Builder> change) {
    super(previous, change);
  }

  @Override
  LivenessProbe next(UnaryOperator<Probe.Builder> change) {
    return new LivenessProbeDraft(this, change);
  }

  @Override
  public LivenessProbe terminationGracePeriodSeconds(long seconds) {
    return edit(b -> b.terminationGracePeriodSeconds(seconds));
  }
}
