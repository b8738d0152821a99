package dev.podwright.dsl;

import dev.podwright.model.Probe;
import java.util.function.UnaryOperator;

/** The shared implementation of the three probe kinds; immutable. */
abstract class ProbeDraft<P extends ProbeStep<P>> implements ProbeStep<P> {
  private final Probe probe;

  ProbeDraft(Probe probe) {
    this.probe = probe;
  }

  abstract P copy(Probe probe);

  final P edit(UnaryOperator<Probe.Builder> change) {
    return copy(change.apply(Probe.builder().from(probe)).build());
  }

  final Probe probe() {
    return probe;
  }

  @Override
  public final Probe toProbe() {
    return probe;
  }

  @Override
  public final P initialDelaySeconds(int seconds) {
    return edit(b -> b.initialDelaySeconds(seconds));
  }

  @Override
  public final P timeoutSeconds(int seconds) {
    return edit(b -> b.timeoutSeconds(seconds));
  }

  @Override
  public final P periodSeconds(int seconds) {
    return edit(b -> b.periodSeconds(seconds));
  }

  @Override
  public final P failureThreshold(int threshold) {
    return edit(b -> b.failureThreshold(threshold));
  }
}
