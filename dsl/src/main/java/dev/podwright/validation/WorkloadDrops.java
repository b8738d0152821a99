package dev.podwright.validation;

import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.RollingUpdateStatefulSetStrategy;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.StatefulSetUpdateStrategy;
import java.util.Optional;

/**
 * The workload half of the strategies' {@code dropDisabledFields} ({@code PrepareForCreate} of
 * {@code pkg/registry/batch/job} and {@code pkg/registry/apps/statefulset}): a field whose
 * feature gate is off in the target profile is removed, with a warning, before validation, as
 * the server removes it silently. A field the version does not have at all is removed without a
 * second warning ({@link VersionDrops} has reported it as unknown).
 *
 * <p>The gates are not in the API descriptions (only {@code maxUnavailable} carries a
 * {@code +featureGate} marker, and only from 1.35), so they are kept here with their stages in
 * {@link Profile}. CronJob job templates are left as they are: the CronJob strategy drops only
 * disabled pod template fields.
 */
final class WorkloadDrops {
  private final Errors errors;
  private final Profile profile;

  WorkloadDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  Job job(Job job) {
    JobSpec s = job.spec();
    JobSpec.Builder b = JobSpec.builder().from(s);
    FieldPath spec = FieldPath.root("spec");
    if (s.backoffLimitPerIndex().isPresent() && dropped("JobSpec.backoffLimitPerIndex",
        Profile.JOB_BACKOFF_LIMIT_PER_INDEX, spec.child("backoffLimitPerIndex"))) {
      b.backoffLimitPerIndex(Optional.empty());
    }
    if (s.maxFailedIndexes().isPresent() && dropped("JobSpec.maxFailedIndexes",
        Profile.JOB_BACKOFF_LIMIT_PER_INDEX, spec.child("maxFailedIndexes"))) {
      b.maxFailedIndexes(Optional.empty());
    }
    if (s.podReplacementPolicy().isPresent() && dropped("JobSpec.podReplacementPolicy",
        Profile.JOB_POD_REPLACEMENT_POLICY, spec.child("podReplacementPolicy"))) {
      b.podReplacementPolicy(Optional.empty());
    }
    if (s.successPolicy().isPresent() && dropped("JobSpec.successPolicy",
        Profile.JOB_SUCCESS_POLICY, spec.child("successPolicy"))) {
      b.successPolicy(Optional.empty());
    }
    if (s.managedBy().isPresent() && dropped("JobSpec.managedBy",
        Profile.JOB_MANAGED_BY, spec.child("managedBy"))) {
      b.managedBy(Optional.empty());
    }
    return Job.builder().from(job).spec(b.build()).build();
  }

  StatefulSet statefulSet(StatefulSet statefulSet) {
    StatefulSetSpec s = statefulSet.spec();
    Optional<RollingUpdateStatefulSetStrategy> rolling =
        s.updateStrategy().flatMap(StatefulSetUpdateStrategy::rollingUpdate);
    if (rolling.isEmpty() || rolling.get().maxUnavailable().isEmpty()
        || profile.isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)) {
      return statefulSet;
    }
    errors.warn(dropped(FieldPath.root("spec").child("updateStrategy").child("rollingUpdate")
        .child("maxUnavailable"), Profile.MAX_UNAVAILABLE_STATEFUL_SET));
    StatefulSetUpdateStrategy strategy = StatefulSetUpdateStrategy.builder()
        .from(s.updateStrategy().get())
        .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().from(rolling.get())
            .maxUnavailable(Optional.empty()).build())
        .build();
    return StatefulSet.builder().from(statefulSet)
        .spec(StatefulSetSpec.builder().from(s).updateStrategy(strategy).build()).build();
  }

  /** Returns whether the field goes: absent from the version, or behind a gate that is off. */
  private boolean dropped(String key, String gate, FieldPath path) {
    FieldVersions.Range range = FieldVersions.FIELDS.get(key);
    if (range != null && (profile.minor() < range.since() || profile.minor() > range.until())) {
      return true;
    }
    if (!profile.isEnabled(gate)) {
      errors.warn(dropped(path, gate));
      return true;
    }
    return false;
  }

  private String dropped(FieldPath path, String gate) {
    return path + ": dropped: the " + gate + " feature gate is off in Kubernetes "
        + profile.version() + ", so the API server silently removes the field";
  }
}
