package dev.podwright.dsl;

import dev.podwright.model.CronJob;

/**
 * A cron job ({@code kind: CronJob}) whose pods use the restart policy {@code OnFailure}. Start
 * one with {@link Pods#cronJob(String, String, JobRestartPolicy.OnFailure, TemplateMainStep)}.
 * It offers every setting of {@link CronJobStep} but the pod failure policy, which the API server
 * accepts only with {@code Never}.
 */
public sealed interface OnFailureCronJobStep extends WorkloadStep<OnFailureCronJobStep, CronJob>,
    JobSettingsStep<OnFailureCronJobStep>, CronScheduleStep<OnFailureCronJobStep>
    permits OnFailureCronJobDraft {}
