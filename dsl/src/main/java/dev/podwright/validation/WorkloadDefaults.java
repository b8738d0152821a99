package dev.podwright.validation;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.DaemonSetUpdateStrategy;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnPodConditionsPattern;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.RollingUpdateDaemonSet;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.RollingUpdateStatefulSetStrategy;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetPersistentVolumeClaimRetentionPolicy;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.StatefulSetUpdateStrategy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API server's workload defaulting, applied before validation as the server does, for the
 * fields the model has: {@code SetDefaults_Job} and {@code SetDefaults_CronJob}
 * ({@code pkg/apis/batch/v1/defaults.go}), {@code SetDefaults_Deployment},
 * {@code SetDefaults_StatefulSet} and {@code SetDefaults_DaemonSet}
 * ({@code pkg/apis/apps/v1/defaults.go}). Pod templates get {@link Defaults#spec} on top, at the
 * template. Defaults that depend on a feature gate follow the {@link Profile}: a Job's
 * {@code podReplacementPolicy} ({@code JobPodReplacementPolicy}), a StatefulSet's
 * {@code rollingUpdate.maxUnavailable} ({@code MaxUnavailableStatefulSet}) and claim retention
 * policy ({@code StatefulSetAutoDeletePVC}).
 */
final class WorkloadDefaults {
  private WorkloadDefaults() {}

  /**
   * {@code SetDefaults_Job}: a Job that sets neither {@code completions} nor
   * {@code parallelism} gets 1 for both, whatever its completion mode (so an Indexed Job without
   * either is valid); {@code parallelism} 1, {@code backoffLimit} 6 (MaxInt32 with
   * {@code backoffLimitPerIndex}), the job's labels from the template's when it has none,
   * {@code completionMode: NonIndexed}, {@code suspend} and {@code manualSelector} false.
   */
  static Job job(Job job) {
    return job(job, Profile.defaults());
  }

  /**
   * {@link #job(Job)} for a target server: with {@code JobPodReplacementPolicy} on (beta from
   * 1.29), {@code podReplacementPolicy} becomes {@code Failed} when the Job has a pod failure
   * policy and {@code TerminatingOrFailed} otherwise; {@code onPodConditions[].status} becomes
   * {@code True} ({@code SetDefaults_PodFailurePolicyOnPodConditionsPattern}).
   */
  static Job job(Job job, Profile profile) {
    JobSpec s = job.spec();
    JobSpec.Builder b = JobSpec.builder().from(s);
    if (s.completions().isEmpty() && s.parallelism().isEmpty()) {
      b.completions(1).parallelism(1);
    } else if (s.parallelism().isEmpty()) {
      b.parallelism(1);
    }
    if (s.backoffLimit().isEmpty()) {
      b.backoffLimit(s.backoffLimitPerIndex().isPresent() ? Integer.MAX_VALUE : 6);
    }
    if (s.completionMode().isEmpty()) {
      b.completionMode("NonIndexed");
    }
    if (s.suspend().isEmpty()) {
      b.suspend(false);
    }
    if (s.manualSelector().isEmpty()) {
      b.manualSelector(false);
    }
    if (s.podReplacementPolicy().isEmpty()
        && profile.isEnabled(Profile.JOB_POD_REPLACEMENT_POLICY)) {
      b.podReplacementPolicy(s.podFailurePolicy().isPresent() ? "Failed" : "TerminatingOrFailed");
    }
    s.podFailurePolicy().ifPresent(policy -> b.podFailurePolicy(podFailurePolicy(policy)));
    ObjectMeta meta = job.metadata();
    if (meta.labels().isEmpty() && !s.template().metadata().labels().isEmpty()) {
      meta = ObjectMeta.builder().from(meta).labels(s.template().metadata().labels()).build();
    }
    return Job.builder().from(job).metadata(meta).spec(b.build()).build();
  }

  /**
   * {@code SetDefaults_PodFailurePolicyOnPodConditionsPattern} (from 1.34; before, the same loop
   * inside {@code SetDefaults_Job}): a pattern without a status matches {@code True}.
   */
  private static PodFailurePolicy podFailurePolicy(PodFailurePolicy policy) {
    List<PodFailurePolicyRule> rules = policy.rules().stream()
        .map(rule -> PodFailurePolicyRule.builder().from(rule)
            .onPodConditions(rule.onPodConditions().stream()
                .map(p -> p.status().isEmpty()
                    ? PodFailurePolicyOnPodConditionsPattern.builder().from(p).status("True").build()
                    : p)
                .collect(Collectors.toList()))
            .build())
        .collect(Collectors.toList());
    return PodFailurePolicy.builder().from(policy).rules(rules).build();
  }

  /**
   * {@code SetDefaults_CronJob}. The job template is not a Job, so {@code SetDefaults_Job} does
   * not run on it: an Indexed job template still needs {@code completions}. Up to 1.33 the
   * pod failure policy patterns were defaulted inside {@code SetDefaults_Job} too, so a job
   * template's pattern without a status stays empty and is refused as required
   * (kubernetes/kubernetes#131512); kubernetes/kubernetes#131525 (merged 2025-04-30, after the
   * 1.33 release, no cherry-pick seen) made it the type defaulter
   * {@code SetDefaults_PodFailurePolicyOnPodConditionsPattern}, which from 1.34 also runs
   * inside CronJob job templates.
   */
  static CronJob cronJob(CronJob cronJob, Profile profile) {
    CronJobSpec s = cronJob.spec();
    CronJobSpec.Builder b = CronJobSpec.builder().from(s);
    JobSpec job = s.jobTemplate().spec();
    if (profile.atLeast(34)) {
      job.podFailurePolicy().ifPresent(policy -> b.jobTemplate(
          JobTemplateSpec.builder().from(s.jobTemplate())
              .spec(JobSpec.builder().from(job).podFailurePolicy(podFailurePolicy(policy)).build())
              .build()));
    }
    if (Defaults.isBlank(s.concurrencyPolicy())) {
      b.concurrencyPolicy("Allow");
    }
    if (s.suspend().isEmpty()) {
      b.suspend(false);
    }
    if (s.successfulJobsHistoryLimit().isEmpty()) {
      b.successfulJobsHistoryLimit(3);
    }
    if (s.failedJobsHistoryLimit().isEmpty()) {
      b.failedJobsHistoryLimit(1);
    }
    return CronJob.builder().from(cronJob).spec(b.build()).build();
  }

  /**
   * {@code SetDefaults_Deployment}: one replica, a {@code RollingUpdate} strategy of 25%
   * unavailable and 25% surge, ten old revisions kept, a progress deadline of 600 seconds.
   */
  static Deployment deployment(Deployment deployment) {
    DeploymentSpec s = deployment.spec();
    DeploymentSpec.Builder b = DeploymentSpec.builder().from(s);
    if (s.replicas().isEmpty()) {
      b.replicas(1);
    }
    b.strategy(strategy(s.strategy()));
    if (s.revisionHistoryLimit().isEmpty()) {
      b.revisionHistoryLimit(10);
    }
    if (s.progressDeadlineSeconds().isEmpty()) {
      b.progressDeadlineSeconds(600);
    }
    return Deployment.builder().from(deployment).spec(b.build()).build();
  }

  private static DeploymentStrategy strategy(Optional<DeploymentStrategy> given) {
    DeploymentStrategy strategy = given.orElse(DeploymentStrategy.builder().build());
    String type = strategy.type().filter(t -> !t.isEmpty()).orElse("RollingUpdate");
    DeploymentStrategy.Builder b = DeploymentStrategy.builder().from(strategy).type(type);
    if (type.equals("RollingUpdate")) {
      RollingUpdateDeployment rolling =
          strategy.rollingUpdate().orElse(RollingUpdateDeployment.builder().build());
      b.rollingUpdate(RollingUpdateDeployment.builder().from(rolling)
          .maxUnavailable(rolling.maxUnavailable().orElse(IntOrString.of("25%")))
          .maxSurge(rolling.maxSurge().orElse(IntOrString.of("25%")))
          .build());
    }
    return b.build();
  }

  static StatefulSet statefulSet(StatefulSet statefulSet) {
    return statefulSet(statefulSet, Profile.defaults());
  }

  /**
   * {@code SetDefaults_StatefulSet}: {@code OrderedReady}; a {@code RollingUpdate} strategy
   * (with an empty {@code rollingUpdate} when the type was not set) whose {@code partition} is 0
   * and, with {@code MaxUnavailableStatefulSet} on, {@code maxUnavailable} 1; with
   * {@code StatefulSetAutoDeletePVC} on (by default in every supported version, off only by an
   * override on 1.27 to 1.31), a claim retention policy of {@code Retain}/{@code Retain}, its
   * empty halves filled in; one replica, ten revisions.
   */
  static StatefulSet statefulSet(StatefulSet statefulSet, Profile profile) {
    StatefulSetSpec s = statefulSet.spec();
    StatefulSetSpec.Builder b = StatefulSetSpec.builder().from(s);
    if (Defaults.isBlank(s.podManagementPolicy())) {
      b.podManagementPolicy("OrderedReady");
    }
    b.updateStrategy(statefulSetStrategy(s.updateStrategy(), profile));
    if (profile.isEnabled(Profile.STATEFUL_SET_AUTO_DELETE_PVC)) {
      StatefulSetPersistentVolumeClaimRetentionPolicy retention =
          s.persistentVolumeClaimRetentionPolicy()
              .orElse(StatefulSetPersistentVolumeClaimRetentionPolicy.builder().build());
      b.persistentVolumeClaimRetentionPolicy(
          StatefulSetPersistentVolumeClaimRetentionPolicy.builder().from(retention)
              .whenDeleted(retention.whenDeleted().filter(p -> !p.isEmpty()).orElse("Retain"))
              .whenScaled(retention.whenScaled().filter(p -> !p.isEmpty()).orElse("Retain"))
              .build());
    }
    if (s.replicas().isEmpty()) {
      b.replicas(1);
    }
    if (s.revisionHistoryLimit().isEmpty()) {
      b.revisionHistoryLimit(10);
    }
    return StatefulSet.builder().from(statefulSet).spec(b.build()).build();
  }

  private static StatefulSetUpdateStrategy statefulSetStrategy(
      Optional<StatefulSetUpdateStrategy> given, Profile profile) {
    StatefulSetUpdateStrategy strategy = given.orElse(StatefulSetUpdateStrategy.builder().build());
    StatefulSetUpdateStrategy.Builder b = StatefulSetUpdateStrategy.builder().from(strategy);
    Optional<RollingUpdateStatefulSetStrategy> rolling = strategy.rollingUpdate();
    String type = strategy.type().orElse("");
    if (type.isEmpty()) {
      type = "RollingUpdate";
      b.type(type);
      if (rolling.isEmpty()) {
        rolling = Optional.of(RollingUpdateStatefulSetStrategy.builder().build());
      }
    }
    if (type.equals("RollingUpdate") && rolling.isPresent()) {
      RollingUpdateStatefulSetStrategy.Builder r =
          RollingUpdateStatefulSetStrategy.builder().from(rolling.get());
      if (rolling.get().partition().isEmpty()) {
        r.partition(0);
      }
      if (rolling.get().maxUnavailable().isEmpty()
          && profile.isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)) {
        r.maxUnavailable(IntOrString.of(1));
      }
      rolling = Optional.of(r.build());
    }
    return b.rollingUpdate(rolling).build();
  }

  /**
   * {@code SetDefaults_DaemonSet}: a {@code RollingUpdate} strategy of 1 unavailable and 0
   * surge, ten revisions.
   */
  static DaemonSet daemonSet(DaemonSet daemonSet) {
    DaemonSetSpec s = daemonSet.spec();
    DaemonSetSpec.Builder b = DaemonSetSpec.builder().from(s);
    DaemonSetUpdateStrategy strategy =
        s.updateStrategy().orElse(DaemonSetUpdateStrategy.builder().build());
    String type = strategy.type().filter(t -> !t.isEmpty()).orElse("RollingUpdate");
    DaemonSetUpdateStrategy.Builder u = DaemonSetUpdateStrategy.builder().from(strategy).type(type);
    if (type.equals("RollingUpdate")) {
      RollingUpdateDaemonSet rolling =
          strategy.rollingUpdate().orElse(RollingUpdateDaemonSet.builder().build());
      u.rollingUpdate(RollingUpdateDaemonSet.builder().from(rolling)
          .maxUnavailable(rolling.maxUnavailable().orElse(IntOrString.of(1)))
          .maxSurge(rolling.maxSurge().orElse(IntOrString.of(0)))
          .build());
    }
    b.updateStrategy(u.build());
    if (s.revisionHistoryLimit().isEmpty()) {
      b.revisionHistoryLimit(10);
    }
    return DaemonSet.builder().from(daemonSet).spec(b.build()).build();
  }
}
