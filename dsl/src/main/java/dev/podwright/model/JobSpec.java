package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a job ({@code spec} of a {@code Job}, or {@code jobTemplate.spec} of a
 * {@code CronJob}). Fields not modelled here, such as {@code podFailurePolicy}, are kept in
 * {@link #unknownFields()}.
 */
@Value.Immutable
public abstract class JobSpec implements Extensible {
  JobSpec() {}

  /** Returns how many pods may run at once ({@code spec.parallelism}); 1 when absent. */
  public abstract Optional<Integer> parallelism();

  /** Returns how many pods must succeed ({@code spec.completions}). */
  public abstract Optional<Integer> completions();

  /** Returns how long the job may run, in seconds ({@code spec.activeDeadlineSeconds}). */
  public abstract Optional<Long> activeDeadlineSeconds();

  /** Returns how many retries before the job fails ({@code spec.backoffLimit}); 6 when absent. */
  public abstract Optional<Integer> backoffLimit();

  /**
   * Returns the pod selector ({@code spec.selector}). Leave it empty: the server generates it
   * unless {@link #manualSelector()} is true.
   */
  public abstract Optional<LabelSelector> selector();

  /** Returns whether the selector is user-managed ({@code spec.manualSelector}). */
  public abstract Optional<Boolean> manualSelector();

  /** Returns the pod template ({@code spec.template}). */
  @Value.Default
  public PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Returns how long a finished job is kept, in seconds ({@code spec.ttlSecondsAfterFinished}). */
  public abstract Optional<Integer> ttlSecondsAfterFinished();

  /** Returns {@code NonIndexed} or {@code Indexed} ({@code spec.completionMode}). */
  public abstract Optional<String> completionMode();

  /** Returns whether the job is suspended ({@code spec.suspend}). */
  public abstract Optional<Boolean> suspend();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableJobSpec.Builder {
    Builder() {}
  }
}
