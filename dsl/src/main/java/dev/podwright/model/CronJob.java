package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A cron job: a job created on a schedule ({@code apiVersion: batch/v1}, {@code kind: CronJob}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which derives or omits the
 * selector and fixes the pod restart policy as the kind requires, or with {@link #builder()} when
 * you need the raw API shape.
 */
@Value.Immutable
public abstract class CronJob implements KubernetesObject {
  CronJob() {}

  /** Returns {@code batch/v1}. */
  @Override
  public final String apiVersion() {
    return "batch/v1";
  }

  /** Returns {@code CronJob}. */
  @Override
  public final String kind() {
    return "CronJob";
  }

  /** Returns the object metadata ({@code metadata}). */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the specification ({@code spec}). */
  @Value.Default
  public CronJobSpec spec() {
    return CronJobSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CronJob} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableCronJob.Builder {
    Builder() {}
  }
}
