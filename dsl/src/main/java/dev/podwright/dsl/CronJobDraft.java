package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.ObjectMeta;
import java.util.function.UnaryOperator;

/** A cron job draft; the job settings go to {@code spec.jobTemplate.spec}. */
final class CronJobDraft extends JobSettingsDraft<CronJobStep, CronJob> implements CronJobStep {
  CronJobDraft(CronJob cronJob) {
    super(cronJob);
  }

  static CronJobStep of(
      String name, String schedule, JobRestartPolicy restartPolicy, TemplateMainStep template) {
    requireNonNull(schedule, "schedule == null");
    JobSpec job = JobSpec.builder().template(jobTemplate(template, restartPolicy)).build();
    return new CronJobDraft(CronJob.builder()
        .metadata(named(name))
        .spec(CronJobSpec.builder()
            .schedule(schedule)
            .jobTemplate(JobTemplateSpec.builder().spec(job).build())
            .build())
        .build());
  }

  private CronJobStep spec(UnaryOperator<CronJobSpec.Builder> change) {
    CronJobSpec spec = change.apply(CronJobSpec.builder().from(object().spec())).build();
    return new CronJobDraft(CronJob.builder().from(object()).spec(spec).build());
  }

  @Override
  CronJobStep withMetadata(ObjectMeta meta) {
    return new CronJobDraft(CronJob.builder().from(object()).metadata(meta).build());
  }

  @Override
  CronJobStep job(UnaryOperator<JobSpec.Builder> change) {
    JobTemplateSpec template = object().spec().jobTemplate();
    JobSpec job = change.apply(JobSpec.builder().from(template.spec())).build();
    return spec(b -> b.jobTemplate(JobTemplateSpec.builder().from(template).spec(job).build()));
  }

  @Override
  public CronJobStep timeZone(String timeZone) {
    requireNonNull(timeZone, "timeZone == null");
    return spec(b -> b.timeZone(timeZone));
  }

  @Override
  public CronJobStep concurrencyPolicy(ConcurrencyPolicy policy) {
    requireNonNull(policy, "policy == null");
    return spec(b -> b.concurrencyPolicy(policy.value()));
  }

  @Override
  public CronJobStep startingDeadlineSeconds(long seconds) {
    return spec(b -> b.startingDeadlineSeconds(seconds));
  }

  @Override
  public CronJobStep successfulJobsHistoryLimit(int limit) {
    return spec(b -> b.successfulJobsHistoryLimit(limit));
  }

  @Override
  public CronJobStep failedJobsHistoryLimit(int limit) {
    return spec(b -> b.failedJobsHistoryLimit(limit));
  }

  @Override
  public CronJobStep suspendSchedule(boolean suspend) {
    return spec(b -> b.suspend(suspend));
  }
}
