package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A job: pods that run to completion ({@code apiVersion: batch/v1}, {@code kind: Job}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which derives or omits the
 * selector and fixes the pod restart policy as the kind requires, or with {@link #builder()} when
 * you need the raw API shape.
 */
@Value.Immutable
public abstract class Job implements KubernetesObject {
  Job() {}

  /** Returns {@code batch/v1}. */
  @Override
  public final String apiVersion() {
    return "batch/v1";
  }

  /** Returns {@code Job}. */
  @Override
  public final String kind() {
    return "Job";
  }

  /** Returns the object metadata ({@code metadata}). */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the specification ({@code spec}). */
  @Value.Default
  public JobSpec spec() {
    return JobSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Job} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableJob.Builder {
    Builder() {}
  }
}
