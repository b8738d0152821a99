package dev.podwright.validation;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.RollingUpdateStatefulSetStrategy;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.StatefulSetUpdateStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workload half of the strategies' {@code dropDisabledFields} ({@code PrepareForCreate} of
 * {@code pkg/registry/batch/job} and {@code pkg/registry/apps/statefulset}): a field whose
 * feature gate is off in the target profile is removed, with a warning, before validation, as
 * the server removes it silently. A field the version does not have at all is removed without a
 * second warning ({@link VersionDrops} has reported it as unknown).
 *
 * <p>The Job gates are not in the API descriptions (no {@code +featureGate} marker on those
 * fields), so they are named here, with their stages in {@link Profile}; a StatefulSet's
 * {@code maxUnavailable} has its marker and follows the generated table ({@link GatedFields}),
 * its claim retention policy and {@code ordinals} have none and name their gates. CronJob job
 * templates lose only their 1.37 {@code scheduling} (see {@link #cronJob}).
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
    drop(s.backoffLimitPerIndex(), "backoffLimitPerIndex", Profile.JOB_BACKOFF_LIMIT_PER_INDEX,
        () -> b.backoffLimitPerIndex(Optional.empty()));
    drop(s.maxFailedIndexes(), "maxFailedIndexes", Profile.JOB_BACKOFF_LIMIT_PER_INDEX,
        () -> b.maxFailedIndexes(Optional.empty()));
    // PrepareForCreate clears the whole policy while JobPodFailurePolicy is off (an override on
    // 1.27 to 1.30), before it looks at FailIndex rules.
    if (s.podFailurePolicy().isPresent() && !profile.isEnabled(Profile.JOB_POD_FAILURE_POLICY)) {
      errors.warn(GatedFields.dropped(FieldPath.root("spec").child("podFailurePolicy"),
          Profile.JOB_POD_FAILURE_POLICY, profile));
      b.podFailurePolicy(Optional.empty());
    } else {
      s.podFailurePolicy().ifPresent(policy -> b.podFailurePolicy(withoutFailIndex(policy)));
    }
    drop(s.podReplacementPolicy(), "podReplacementPolicy", Profile.JOB_POD_REPLACEMENT_POLICY,
        () -> b.podReplacementPolicy(Optional.empty()));
    drop(s.successPolicy(), "successPolicy", Profile.JOB_SUCCESS_POLICY,
        () -> b.successPolicy(Optional.empty()));
    drop(s.managedBy(), "managedBy", Profile.JOB_MANAGED_BY,
        () -> b.managedBy(Optional.empty()));
    // 1.37's alpha spec.scheduling, dropped while WorkloadWithJob is off: the Job strategy's
    // PrepareForCreate calls pkg/api/job's DropDisabledFields since kubernetes/kubernetes#140188
    // (merged 2026-07-20, the 1.37 cycle, with the API fields; the strategy itself was not read,
    // its review thread was). With the gate on, JobSchedulingRules checks the field.
    drop(s.scheduling(), "scheduling", Profile.WORKLOAD_WITH_JOB,
        () -> b.scheduling(Optional.empty()));
    return Job.builder().from(job).spec(b.build()).build();
  }

  /**
   * The CronJob strategy's {@code PrepareForCreate} from 1.37 also runs
   * {@code job.DropDisabledFields} on the job template: kubernetes/kubernetes#140188 added the
   * call to {@code pkg/registry/batch/cronjob/strategy.go} so that, with {@code WorkloadWithJob}
   * off, a CronJob cannot be created with {@code spec.jobTemplate.spec.scheduling} (its review
   * thread: "This prevents user, in the case of the WorkloadWithJob feature gate off, from
   * creating a Job/CronJob with spec.jobTemplate.spec.scheduling"). The field is removed before
   * validation, so its {@code +k8s:ifDisabled(WorkloadWithJob)=+k8s:forbidden} marker never
   * fires on create. The other Job gates cannot be off in 1.37 (GA and locked, or removed), and
   * before 1.37 the CronJob strategy dropped only disabled pod template fields, so job templates
   * keep the Job fields of 1.28 to 1.36 whatever their gates.
   */
  CronJob cronJob(CronJob cronJob) {
    JobSpec s = cronJob.spec().jobTemplate().spec();
    FieldPath path = FieldPath.root("spec").child("jobTemplate").child("spec").child("scheduling");
    if (s.scheduling().isEmpty()
        || !dropped("JobSpec.scheduling", Profile.WORKLOAD_WITH_JOB, path)) {
      return cronJob;
    }
    JobTemplateSpec template = JobTemplateSpec.builder().from(cronJob.spec().jobTemplate())
        .spec(JobSpec.builder().from(s).scheduling(Optional.empty()).build())
        .build();
    return CronJob.builder().from(cronJob)
        .spec(CronJobSpec.builder().from(cronJob.spec()).jobTemplate(template).build())
        .build();
  }

  /**
   * With {@code JobBackoffLimitPerIndex} off (1.28, or turned off later), the Job strategy's
   * {@code PrepareForCreate} also removes the pod failure policy rules whose action is
   * {@code FailIndex} ("We drop the FailIndex pod failure policy rules because
   * JobBackoffLimitPerIndex is disabled", {@code pkg/registry/batch/job/strategy.go}), so the
   * server never sees them. In 1.27 the action does not exist yet and is refused as unsupported.
   */
  private PodFailurePolicy withoutFailIndex(PodFailurePolicy policy) {
    if (!GatedFields.exists("JobSpec.backoffLimitPerIndex", profile)
        || profile.isEnabled(Profile.JOB_BACKOFF_LIMIT_PER_INDEX)) {
      return policy;
    }
    List<PodFailurePolicyRule> kept = new ArrayList<>();
    FieldPath rules = FieldPath.root("spec").child("podFailurePolicy").child("rules");
    for (int i = 0; i < policy.rules().size(); i++) {
      PodFailurePolicyRule rule = policy.rules().get(i);
      if (rule.action().equals("FailIndex")) {
        errors.warn(rules.index(i) + ": dropped: the " + Profile.JOB_BACKOFF_LIMIT_PER_INDEX
            + " feature gate is off in Kubernetes " + profile.version()
            + ", so the API server silently removes the rules with action FailIndex");
      } else {
        kept.add(rule);
      }
    }
    return kept.size() == policy.rules().size() ? policy
        : PodFailurePolicy.builder().from(policy).rules(kept).build();
  }

  /** Clears a set {@code JobSpec} field the profile's server drops. */
  private void drop(Optional<?> value, String field, String gate, Runnable clear) {
    if (value.isPresent() && dropped("JobSpec." + field, gate, FieldPath.root("spec").child(field))) {
      clear.run();
    }
  }

  /**
   * {@code dropStatefulSetDisabledFields} on create, in its order: the claim retention policy
   * while {@code StatefulSetAutoDeletePVC} is off, {@code rollingUpdate.maxUnavailable} while
   * {@code MaxUnavailableStatefulSet} is off (whatever the strategy type), {@code ordinals} while
   * {@code StatefulSetStartOrdinal} is off. The first and last can be off only by an override on
   * 1.27 to 1.31 (1.30); later strategies no longer name those gates (GA, then removed).
   */
  StatefulSet statefulSet(StatefulSet statefulSet) {
    StatefulSetSpec s = statefulSet.spec();
    StatefulSetSpec.Builder b = StatefulSetSpec.builder().from(s);
    FieldPath spec = FieldPath.root("spec");
    boolean changed = false;
    if (s.persistentVolumeClaimRetentionPolicy().isPresent()
        && !profile.isEnabled(Profile.STATEFUL_SET_AUTO_DELETE_PVC)) {
      errors.warn(GatedFields.dropped(spec.child("persistentVolumeClaimRetentionPolicy"),
          Profile.STATEFUL_SET_AUTO_DELETE_PVC, profile));
      b.persistentVolumeClaimRetentionPolicy(Optional.empty());
      changed = true;
    }
    Optional<RollingUpdateStatefulSetStrategy> rolling =
        s.updateStrategy().flatMap(StatefulSetUpdateStrategy::rollingUpdate);
    // Its gate is in the API descriptions (MaxUnavailableStatefulSet), so the generated table
    // decides; the Job gates above are not, so they name theirs.
    Optional<String> gate =
        GatedFields.offGate("RollingUpdateStatefulSetStrategy.maxUnavailable", profile);
    if (rolling.isPresent() && rolling.get().maxUnavailable().isPresent() && gate.isPresent()) {
      errors.warn(GatedFields.dropped(spec.child("updateStrategy").child("rollingUpdate")
          .child("maxUnavailable"), gate.get(), profile));
      b.updateStrategy(StatefulSetUpdateStrategy.builder().from(s.updateStrategy().get())
          .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().from(rolling.get())
              .maxUnavailable(Optional.empty()).build())
          .build());
      changed = true;
    }
    if (s.ordinals().isPresent() && !profile.isEnabled(Profile.STATEFUL_SET_START_ORDINAL)) {
      errors.warn(GatedFields.dropped(spec.child("ordinals"),
          Profile.STATEFUL_SET_START_ORDINAL, profile));
      b.ordinals(Optional.empty());
      changed = true;
    }
    return changed ? StatefulSet.builder().from(statefulSet).spec(b.build()).build()
        : statefulSet;
  }

  /** Returns whether the field goes: absent from the version, or behind a gate that is off. */
  private boolean dropped(String key, String gate, FieldPath path) {
    if (!GatedFields.exists(key, profile)) {
      return true;
    }
    if (!profile.isEnabled(gate)) {
      errors.warn(GatedFields.dropped(path, gate, profile));
      return true;
    }
    return false;
  }
}
