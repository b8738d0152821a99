package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The specification of a cron job ({@code spec} of a {@code CronJob}). */
@Value.Immutable
public abstract class CronJobSpec implements Extensible {
  CronJobSpec() {}

  /** Returns the schedule in cron format ({@code spec.schedule}), e.g. {@code 0 3 * * *}. */
  @Value.Default
  public String schedule() {
    return "";
  }

  /** Returns the IANA time zone of the schedule ({@code spec.timeZone}). */
  public abstract Optional<String> timeZone();

  /** Returns how late a missed run may still start ({@code spec.startingDeadlineSeconds}). */
  public abstract Optional<Long> startingDeadlineSeconds();

  /** Returns {@code Allow}, {@code Forbid} or {@code Replace} ({@code spec.concurrencyPolicy}). */
  public abstract Optional<String> concurrencyPolicy();

  /** Returns whether new runs are suspended ({@code spec.suspend}). */
  public abstract Optional<Boolean> suspend();

  /** Returns the job each run creates ({@code spec.jobTemplate}). */
  @Value.Default
  public JobTemplateSpec jobTemplate() {
    return JobTemplateSpec.builder().build();
  }

  /** Returns how many finished jobs to keep ({@code spec.successfulJobsHistoryLimit}). */
  public abstract Optional<Integer> successfulJobsHistoryLimit();

  /** Returns how many failed jobs to keep ({@code spec.failedJobsHistoryLimit}). */
  public abstract Optional<Integer> failedJobsHistoryLimit();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CronJobSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableCronJobSpec.Builder {
    Builder() {}
  }
}
