package dev.podwright.dsl;

import dev.podwright.model.Job;

/** A draft of a job whose pods use {@code Never}, the one that may have a pod failure policy. */
final class JobDraft extends AnyJobDraft<JobStep> implements JobStep {
  JobDraft(Job job) {
    super(job);
  }

  static JobStep of(
      String name, JobRestartPolicy.Never restartPolicy, TemplateMainStep template) {
    return new JobDraft(of(name, (JobRestartPolicy) restartPolicy, template));
  }

  @Override
  JobStep wrap(Job job) {
    return new JobDraft(job);
  }
}
