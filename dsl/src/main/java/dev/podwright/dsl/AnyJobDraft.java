package dev.podwright.dsl;

import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.ObjectMeta;
import java.util.function.UnaryOperator;

/**
 * A job draft of either restart policy; its selector stays unset, for the API server to generate.
 * The concrete drafts, {@link JobDraft} and {@link OnFailureJobDraft}, only say which step type
 * each change returns.
 *
 * @param <S> the step each method returns
 */
abstract class AnyJobDraft<S> extends JobSettingsDraft<S, Job> {
  AnyJobDraft(Job job) {
    super(job);
  }

  /** Returns a draft of the same kind holding {@code job}. */
  abstract S wrap(Job job);

  static Job of(String name, JobRestartPolicy restartPolicy, TemplateMainStep template) {
    return Job.builder()
        .metadata(named(name))
        .spec(JobSpec.builder().template(jobTemplate(template, restartPolicy)).build())
        .build();
  }

  @Override
  final S withMetadata(ObjectMeta meta) {
    return wrap(Job.builder().from(object()).metadata(meta).build());
  }

  @Override
  final JobSpec jobSpec() {
    return object().spec();
  }

  @Override
  final S job(UnaryOperator<JobSpec.Builder> change) {
    JobSpec spec = change.apply(JobSpec.builder().from(object().spec())).build();
    return wrap(Job.builder().from(object()).spec(spec).build());
  }
}
