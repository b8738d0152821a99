package dev.podwright.dsl;

import dev.podwright.model.Probe;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The shared implementation of the three probe kinds; immutable. As with containers, a step
 * records its change to the draft it came from, and the probe is built once, when asked for,
 * instead of once per step.
 */
abstract class ProbeDraft<P extends ProbeStep<P>> implements ProbeStep<P> {
  private final @Nullable ProbeDraft<P> previous;
  private final @Nullable UnaryOperator<Probe.Builder> change;
  private volatile @Nullable Probe probe;

  /** A probe with its handler only. */
  ProbeDraft(Probe probe) {
    this.previous = null;
    this.change = null;
    this.probe = probe;
  }

  /** {@code previous} with {@code change} applied. */
  ProbeDraft(ProbeDraft<P> previous, UnaryOperator<Probe.Builder> change) {
    this.previous = previous;
    this.change = change;
  }

  /** Returns a draft of the same kind: this one with {@code change} applied. */
  abstract P next(UnaryOperator<Probe.Builder> change);

  final P edit(UnaryOperator<Probe.Builder> change) {
    return next(change);
  }

  @Override
  public final Probe toProbe() {
    Probe built = probe;
    if (built == null) {
      built = builder().build();
      probe = built;
    }
    return built;
  }

  // A probe has a handful of settings, so the chain is short enough to replay by recursion.
  private Probe.Builder builder() {
    Probe built = probe;
    if (built != null) {
      return Probe.builder().from(built);
    }
    return change.apply(previous.builder());
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
