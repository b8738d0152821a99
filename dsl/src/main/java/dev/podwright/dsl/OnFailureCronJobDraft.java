package dev.podwright.dsl;

import dev.podwright.model.CronJob;

/** A draft of a cron job whose pods use {@code OnFailure}; its step has no pod failure policy. */
final class OnFailureCronJobDraft extends AnyCronJobDraft<OnFailureCronJobStep>
    implements OnFailureCronJobStep {
  OnFailureCronJobDraft(CronJob cronJob) {
    super(cronJob);
  }

  static OnFailureCronJobStep of(String name, String schedule,
      JobRestartPolicy.OnFailure restartPolicy, TemplateMainStep template) {
    return new OnFailureCronJobDraft(
        of(name, schedule, (JobRestartPolicy) restartPolicy, template));
  }

  @Override
  OnFailureCronJobStep wrap(CronJob cronJob) {
    return new OnFailureCronJobDraft(cronJob);
  }
}
