package dev.podwright.dsl;

import dev.podwright.model.Job;

/** A draft of a job whose pods use {@code OnFailure}; its step has no pod failure policy. */
final class OnFailureJobDraft extends AnyJobDraft<OnFailureJobStep> implements OnFailureJobStep {
  OnFailureJobDraft(Job job) {
    super(job);
  }

  static OnFailureJobStep of(
      String name, JobRestartPolicy.OnFailure restartPolicy, TemplateMainStep template) {
    return new OnFailureJobDraft(of(name, (JobRestartPolicy) restartPolicy, template));
  }

  @Override
  OnFailureJobStep wrap(Job job) {
    return new OnFailureJobDraft(job);
  }
}
