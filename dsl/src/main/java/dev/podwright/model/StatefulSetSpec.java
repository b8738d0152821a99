package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a stateful set ({@code spec} of a {@code StatefulSet}). Fields not
 * modelled here, such as {@code volumeClaimTemplates} and {@code updateStrategy}, are kept in
 * {@link #unknownFields()}.
 */
@Value.Immutable
public abstract class StatefulSetSpec implements Extensible {
  StatefulSetSpec() {}

  /** Returns the desired number of pods ({@code spec.replicas}); 1 when absent. */
  public abstract Optional<Integer> replicas();

  /** Returns the pod selector ({@code spec.selector}); it must match the template labels. */
  public abstract Optional<LabelSelector> selector();

  /** Returns the pod template ({@code spec.template}). */
  @Value.Default
  public PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Returns the headless service that names the pods ({@code spec.serviceName}). */
  public abstract Optional<String> serviceName();

  /** Returns {@code OrderedReady} (the default) or {@code Parallel}. */
  public abstract Optional<String> podManagementPolicy();

  /** Returns how many old revisions to keep ({@code spec.revisionHistoryLimit}). */
  public abstract Optional<Integer> revisionHistoryLimit();

  /** Returns how long a new pod must be ready to count as available. */
  public abstract Optional<Integer> minReadySeconds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSetSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableStatefulSetSpec.Builder {
    Builder() {}
  }
}
