package dev.podwright.validation;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import java.util.Optional;

/**
 * The API server's workload defaulting, applied before validation as the server does, for the
 * fields the model has: {@code SetDefaults_Job} and {@code SetDefaults_CronJob}
 * ({@code pkg/apis/batch/v1/defaults.go}), {@code SetDefaults_Deployment},
 * {@code SetDefaults_StatefulSet} and {@code SetDefaults_DaemonSet}
 * ({@code pkg/apis/apps/v1/defaults.go}). Pod templates get {@link Defaults#spec} on top, at the
 * template. Defaults of fields the model does not type (a StatefulSet's {@code updateStrategy},
 * a Job's {@code podReplacementPolicy}) are not applied; those fields are not validated either.
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
    JobSpec s = job.spec();
    JobSpec.Builder b = JobSpec.builder().from(s);
    if (s.completions().isEmpty() && s.parallelism().isEmpty()) {
      b.completions(1).parallelism(1);
    } else if (s.parallelism().isEmpty()) {
      b.parallelism(1);
    }
    if (s.backoffLimit().isEmpty()) {
      b.backoffLimit(s.unknownFields().containsKey("backoffLimitPerIndex")
          ? Integer.MAX_VALUE : 6);
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
    ObjectMeta meta = job.metadata();
    if (meta.labels().isEmpty() && !s.template().metadata().labels().isEmpty()) {
      meta = ObjectMeta.builder().from(meta).labels(s.template().metadata().labels()).build();
    }
    return Job.builder().from(job).metadata(meta).spec(b.build()).build();
  }

  /**
   * {@code SetDefaults_CronJob}. The job template is not a Job, so {@code SetDefaults_Job} does
   * not run on it: an Indexed job template still needs {@code completions}.
   */
  static CronJob cronJob(CronJob cronJob) {
    CronJobSpec s = cronJob.spec();
    CronJobSpec.Builder b = CronJobSpec.builder().from(s);
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

  /** {@code SetDefaults_StatefulSet}: {@code OrderedReady}, one replica, ten revisions. */
  static StatefulSet statefulSet(StatefulSet statefulSet) {
    StatefulSetSpec s = statefulSet.spec();
    StatefulSetSpec.Builder b = StatefulSetSpec.builder().from(s);
    if (Defaults.isBlank(s.podManagementPolicy())) {
      b.podManagementPolicy("OrderedReady");
    }
    if (s.replicas().isEmpty()) {
      b.replicas(1);
    }
    if (s.revisionHistoryLimit().isEmpty()) {
      b.revisionHistoryLimit(10);
    }
    return StatefulSet.builder().from(statefulSet).spec(b.build()).build();
  }

  /** {@code SetDefaults_DaemonSet}: ten revisions (its update strategy is not modelled). */
  static DaemonSet daemonSet(DaemonSet daemonSet) {
    DaemonSetSpec s = daemonSet.spec();
    if (s.revisionHistoryLimit().isPresent()) {
      return daemonSet;
    }
    return DaemonSet.builder().from(daemonSet)
        .spec(DaemonSetSpec.builder().from(s).revisionHistoryLimit(10).build()).build();
  }
}
