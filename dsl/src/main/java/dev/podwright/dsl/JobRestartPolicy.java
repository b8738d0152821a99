package dev.podwright.dsl;

import java.util.List;

/**
 * The restart policy of a job's pods ({@code spec.template.spec.restartPolicy}). A job must
 * choose {@link #NEVER} or {@link #ON_FAILURE}; {@code Always}, the pod default that the API
 * server rejects for jobs, has no constant here. Native sidecars ignore the policy and always
 * restart.
 *
 * <p>The two constants have types of their own, so that the choice decides what the job offers
 * at compile time: {@code job(.., NEVER, ..)} returns a {@link JobStep}, which offers a pod
 * failure policy, and {@code job(.., ON_FAILURE, ..)} an {@link OnFailureJobStep}, which does
 * not, since the API server accepts {@code spec.podFailurePolicy} only with {@code Never}
 * ({@code spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is
 * supported when podFailurePolicy is specified}).
 */
public sealed interface JobRestartPolicy
    permits JobRestartPolicy.Never, JobRestartPolicy.OnFailure {
  /** Never restart a failed container: the job retries with a new pod. */
  Never NEVER = Never.NEVER;

  /** Restart a container that exits with a non-zero code, in the same pod. */
  OnFailure ON_FAILURE = OnFailure.ON_FAILURE;

  /** Returns the value as written in YAML. */
  String value();

  /** Returns both policies, {@link #NEVER} first. */
  static List<JobRestartPolicy> values() {
    return List.of(NEVER, ON_FAILURE);
  }

  /** The type of {@link JobRestartPolicy#NEVER}. */
  enum Never implements JobRestartPolicy {
    /** The one value, {@code Never}. */
    NEVER;

    @Override
    public String value() {
      return "Never";
    }
  }

  /** The type of {@link JobRestartPolicy#ON_FAILURE}. */
  enum OnFailure implements JobRestartPolicy {
    /** The one value, {@code OnFailure}. */
    ON_FAILURE;

    @Override
    public String value() {
      return "OnFailure";
    }
  }
}
