package dev.podwright.dsl;

import dev.podwright.model.Job;

/**
 * A job ({@code kind: Job}) whose pods use the restart policy {@code OnFailure}: a failed
 * container is restarted in its pod. Start one with
 * {@link Pods#job(String, JobRestartPolicy.OnFailure, TemplateMainStep)}. It offers every job
 * setting but the pod failure policy, which the API server accepts only with {@code Never}.
 */
public sealed interface OnFailureJobStep
    extends WorkloadStep<OnFailureJobStep, Job>, JobSettingsStep<OnFailureJobStep>
    permits OnFailureJobDraft {}
