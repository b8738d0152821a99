package dev.podwright.dsl;

import dev.podwright.model.CronJob;

/** A draft of a cron job whose pods use {@code Never}, so its jobs may have a failure policy. */
final class CronJobDraft extends AnyCronJobDraft<CronJobStep> implements CronJobStep {
  CronJobDraft(CronJob cronJob) {
    super(cronJob);
  }

  static CronJobStep of(String name, String schedule, JobRestartPolicy.Never restartPolicy,
      TemplateMainStep template) {
    return new CronJobDraft(of(name, schedule, (JobRestartPolicy) restartPolicy, template));
  }

  @Override
  CronJobStep wrap(CronJob cronJob) {
    return new CronJobDraft(cronJob);
  }
}
