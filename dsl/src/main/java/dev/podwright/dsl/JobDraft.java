package dev.podwright.dsl;

import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.ObjectMeta;
import java.util.function.UnaryOperator;

/** A job draft; its selector stays unset, for the API server to generate. */
final class JobDraft extends JobSettingsDraft<JobStep, Job> implements JobStep {
  JobDraft(Job job) {
    super(job);
  }

  static JobStep of(String name, JobRestartPolicy restartPolicy, TemplateMainStep template) {
    return new JobDraft(Job.builder()
        .metadata(named(name))
        .spec(JobSpec.builder().template(jobTemplate(template, restartPolicy)).build())
        .build());
  }

  @Override
  JobStep withMetadata(ObjectMeta meta) {
    return new JobDraft(Job.builder().from(object()).metadata(meta).build());
  }

  @Override
  JobStep job(UnaryOperator<JobSpec.Builder> change) {
    JobSpec spec = change.apply(JobSpec.builder().from(object().spec())).build();
    return new JobDraft(Job.builder().from(object()).spec(spec).build());
  }
}
