package dev.podwright.dsl;

import dev.podwright.model.JobSpec;
import dev.podwright.model.KubernetesObject;
import java.util.function.UnaryOperator;

/** The job settings shared by the job and cron job drafts; each knows where its job spec is. */
abstract class JobSettingsDraft<S, T extends KubernetesObject> extends WorkloadDraft<S, T> {
  JobSettingsDraft(T object) {
    super(object);
  }

  /** Returns a draft of the same kind with its job spec changed. */
  abstract S job(UnaryOperator<JobSpec.Builder> change);

  public final S parallelism(int parallelism) {
    return job(b -> b.parallelism(parallelism));
  }

  public final S completions(int completions) {
    return job(b -> b.completions(completions));
  }

  public final S indexed() {
    return job(b -> b.completionMode("Indexed"));
  }

  public final S backoffLimit(int backoffLimit) {
    return job(b -> b.backoffLimit(backoffLimit));
  }

  public final S activeDeadlineSeconds(long seconds) {
    return job(b -> b.activeDeadlineSeconds(seconds));
  }

  public final S ttlSecondsAfterFinished(int seconds) {
    return job(b -> b.ttlSecondsAfterFinished(seconds));
  }

  public final S suspend(boolean suspend) {
    return job(b -> b.suspend(suspend));
  }
}
