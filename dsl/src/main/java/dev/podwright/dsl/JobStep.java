package dev.podwright.dsl;

import dev.podwright.model.Job;

/**
 * A job ({@code kind: Job}) with its pod template and a chosen pod restart policy. Start one with
 * {@link Pods#job}; add job settings, then {@link #build()}.
 */
public sealed interface JobStep extends WorkloadStep<JobStep, Job>, JobSettingsStep<JobStep>
    permits JobDraft {}
