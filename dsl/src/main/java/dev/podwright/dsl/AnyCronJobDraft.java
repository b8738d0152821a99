package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.ObjectMeta;
import java.util.function.UnaryOperator;

/**
 * A cron job draft of either restart policy; the job settings go to
 * {@code spec.jobTemplate.spec}. The concrete drafts, {@link CronJobDraft} and
 * {@link OnFailureCronJobDraft}, only say which step type each change returns.
 *
 * @param <S> the step each method returns
 */
abstract class AnyCronJobDraft<S> extends JobSettingsDraft<S, CronJob> {
  AnyCronJobDraft(CronJob cronJob) {
    super(cronJob);
  }

  /** Returns a draft of the same kind holding {@code cronJob}. */
  abstract S wrap(CronJob cronJob);

  static CronJob of(
      String name, String schedule, JobRestartPolicy restartPolicy, TemplateMainStep template) {
    requireNonNull(schedule, "schedule == null");
    JobSpec job = JobSpec.builder().template(jobTemplate(template, restartPolicy)).build();
    return CronJob.builder()
        .metadata(named(name))
        .spec(CronJobSpec.builder()
            .schedule(schedule)
            .jobTemplate(JobTemplateSpec.builder().spec(job).build())
            .build())
        .build();
  }

  private S spec(UnaryOperator<CronJobSpec.Builder> change) {
    CronJobSpec spec = change.apply(CronJobSpec.builder().from(object().spec())).build();
    return wrap(CronJob.builder().from(object()).spec(spec).build());
  }

  public final S cronJobSpec(UnaryOperator<CronJobSpec.Builder> change) {
    CronJobSpec spec = SpecChange.apply("cronJobSpec", object().spec(),
            CronJobSpec.builder().from(object().spec()), change, CronJobSpec.Builder::build)
        .keeps("spec.jobTemplate.spec", s -> s.jobTemplate().spec(),
            "change the job's settings with jobSpec(..) or the job setting methods")
        .result();
    return wrap(CronJob.builder().from(object()).spec(spec).build());
  }

  @Override
  final S withMetadata(ObjectMeta meta) {
    return wrap(CronJob.builder().from(object()).metadata(meta).build());
  }

  @Override
  final JobSpec jobSpec() {
    return object().spec().jobTemplate().spec();
  }

  @Override
  final S job(UnaryOperator<JobSpec.Builder> change) {
    JobTemplateSpec template = object().spec().jobTemplate();
    JobSpec job = change.apply(JobSpec.builder().from(template.spec())).build();
    return spec(b -> b.jobTemplate(JobTemplateSpec.builder().from(template).spec(job).build()));
  }

  public final S timeZone(String timeZone) {
    requireNonNull(timeZone, "timeZone == null");
    return spec(b -> b.timeZone(timeZone));
  }

  public final S concurrencyPolicy(ConcurrencyPolicy policy) {
    requireNonNull(policy, "policy == null");
    return spec(b -> b.concurrencyPolicy(policy.value()));
  }

  public final S startingDeadlineSeconds(long seconds) {
    return spec(b -> b.startingDeadlineSeconds(seconds));
  }

  public final S successfulJobsHistoryLimit(int limit) {
    return spec(b -> b.successfulJobsHistoryLimit(limit));
  }

  public final S failedJobsHistoryLimit(int limit) {
    return spec(b -> b.failedJobsHistoryLimit(limit));
  }

  public final S suspendSchedule(boolean suspend) {
    return spec(b -> b.suspend(suspend));
  }
}
