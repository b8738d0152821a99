package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A pod template ({@code spec.template} of a workload): the metadata and spec of the pods a
 * controller creates. Its metadata carries labels and annotations; a name is ignored.
 */
@Value.Immutable
public abstract class PodTemplateSpec implements Extensible {
  PodTemplateSpec() {}

  /** Returns the pod metadata ({@code template.metadata}): labels and annotations. */
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the pod specification ({@code template.spec}). */
  @Value.Default
  public PodSpec spec() {
    return PodSpec.builder().build();
  }

  /**
   * Returns whether an empty {@code metadata} is written as {@code metadata: {}} rather than
   * left out. The manifest reader sets it when the YAML had {@code template.metadata: {}}, so that a
   * manifest read and written back keeps what its author wrote. Not part of equality.
   */
  @Value.Default
  @Value.Auxiliary
  public boolean keepsEmptyMetadata() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodTemplateSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutablePodTemplateSpec.Builder {
    Builder() {}
  }
}
