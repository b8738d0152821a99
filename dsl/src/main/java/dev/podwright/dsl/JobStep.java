package dev.podwright.dsl;

import dev.podwright.model.Job;

/**
 * A job ({@code kind: Job}) whose pods use the restart policy {@code Never}: a failed pod is
 * replaced by a new one, and a pod failure policy may decide what a failure means. Start one with
 * {@link Pods#job(String, JobRestartPolicy.Never, TemplateMainStep)}; add job settings, then
 * {@link #build()}.
 */
public sealed interface JobStep extends WorkloadStep<JobStep, Job>, PodFailurePolicyStep<JobStep>
    permits JobDraft {}
