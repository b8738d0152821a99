package dev.podwright.dsl;

import dev.podwright.model.CronJob;

/**
 * A cron job ({@code kind: CronJob}) with its schedule and pod template, whose pods use the
 * restart policy {@code Never}, so that its jobs may have a pod failure policy. Start one with
 * {@link Pods#cronJob(String, String, JobRestartPolicy.Never, TemplateMainStep)}. The job
 * settings of {@link JobSettingsStep} go to {@code spec.jobTemplate.spec}.
 */
public sealed interface CronJobStep extends WorkloadStep<CronJobStep, CronJob>,
    PodFailurePolicyStep<CronJobStep>, CronScheduleStep<CronJobStep>
    permits CronJobDraft {}
