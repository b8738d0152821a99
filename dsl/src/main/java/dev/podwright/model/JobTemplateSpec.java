package dev.podwright.model;

import org.immutables.value.Value;

/** The job a cron job creates ({@code spec.jobTemplate}): its metadata and spec. */
@Value.Immutable
public abstract class JobTemplateSpec implements Extensible {
  JobTemplateSpec() {}

  /** Returns the job metadata ({@code spec.jobTemplate.metadata}). */
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the job specification ({@code spec.jobTemplate.spec}). */
  @Value.Default
  public JobSpec spec() {
    return JobSpec.builder().build();
  }

  /**
   * Returns whether an empty {@code metadata} is written as {@code metadata: {}} rather than
   * left out. The manifest reader sets it when the YAML had {@code spec.jobTemplate.metadata: {}}, so that a
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

  /** Builds {@link JobTemplateSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableJobTemplateSpec.Builder {
    Builder() {}
  }
}
