package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a daemon set ({@code spec} of a {@code DaemonSet}). Fields not modelled
 * here, such as {@code updateStrategy}, are kept in {@link #unknownFields()}.
 */
@Value.Immutable
public abstract class DaemonSetSpec implements Extensible {
  DaemonSetSpec() {}

  /** Returns the pod selector ({@code spec.selector}); it must match the template labels. */
  public abstract Optional<LabelSelector> selector();

  /** Returns the pod template ({@code spec.template}). */
  @Value.Default
  public PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Returns how long a new pod must be ready to count as available. */
  public abstract Optional<Integer> minReadySeconds();

  /** Returns how many old revisions to keep ({@code spec.revisionHistoryLimit}). */
  public abstract Optional<Integer> revisionHistoryLimit();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DaemonSetSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDaemonSetSpec.Builder {
    Builder() {}
  }
}
