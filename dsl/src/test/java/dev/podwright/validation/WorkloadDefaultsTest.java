package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
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
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.RollingUpdateDaemonSet;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.RollingUpdateStatefulSetStrategy;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.StatefulSetUpdateStrategy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SetDefaults_* functions of batch/v1 and apps/v1, per profile where a gate decides. */
class WorkloadDefaultsTest {
  private static final PodTemplateSpec LABELLED = PodTemplateSpec.builder()
      .metadata(ObjectMeta.builder().putLabel("app", "report").build()).build();

  @Test
  void jobWithNeitherCountGetsOneOfEach() {
    JobSpec s = WorkloadDefaults.job(Job.builder().spec(JobSpec.builder()
        .completionMode("Indexed").build()).build()).spec();
    assertThat(s.completions()).hasValue(1);
    assertThat(s.parallelism()).hasValue(1);
    assertThat(s.backoffLimit()).hasValue(6);
    assertThat(s.completionMode()).hasValue("Indexed");
    assertThat(s.suspend()).hasValue(false);
    assertThat(s.manualSelector()).hasValue(false);
  }

  @Test
  void jobWithCompletionsOnlyGetsParallelismOneAndKeepsItsCompletions() {
    JobSpec s = WorkloadDefaults.job(Job.builder().spec(JobSpec.builder().completions(5)
        .build()).build()).spec();
    assertThat(s.completions()).hasValue(5);
    assertThat(s.parallelism()).hasValue(1);
    assertThat(s.completionMode()).hasValue("NonIndexed");
    JobSpec parallel = WorkloadDefaults.job(Job.builder().spec(JobSpec.builder().parallelism(3)
        .build()).build()).spec();
    assertThat(parallel.completions()).isEmpty();
  }

  @Test
  void backoffLimitPerIndexRaisesTheDefaultBackoffLimit() {
    JobSpec s = WorkloadDefaults.job(Job.builder().spec(JobSpec.builder()
        .backoffLimitPerIndex(1).build()).build()).spec();
    assertThat(s.backoffLimit()).hasValue(Integer.MAX_VALUE);
  }

  @Test
  void jobLabelsComeFromTheTemplateOnlyWhenTheJobHasNone() {
    Job bare = WorkloadDefaults.job(Job.builder().spec(JobSpec.builder().template(LABELLED)
        .build()).build());
    assertThat(bare.metadata().labels()).isEqualTo(Map.of("app", "report"));
    Job own = WorkloadDefaults.job(Job.builder()
        .metadata(ObjectMeta.builder().putLabel("team", "x").build())
        .spec(JobSpec.builder().template(LABELLED).build()).build());
    assertThat(own.metadata().labels()).isEqualTo(Map.of("team", "x"));
  }

  @Test
  void cronJobDefaultsLeaveTheJobTemplateAlone() {
    CronJob c = WorkloadDefaults.cronJob(CronJob.builder().spec(CronJobSpec.builder()
        .schedule("@daily").jobTemplate(JobTemplateSpec.builder()
            .spec(JobSpec.builder().completionMode("Indexed").build()).build()).build()).build(),
        Profile.defaults());
    assertThat(c.spec().concurrencyPolicy()).hasValue("Allow");
    assertThat(c.spec().suspend()).hasValue(false);
    assertThat(c.spec().successfulJobsHistoryLimit()).hasValue(3);
    assertThat(c.spec().failedJobsHistoryLimit()).hasValue(1);
    assertThat(c.spec().jobTemplate().spec().completions()).isEmpty();
  }

  @Test
  void appsDefaults() {
    Deployment d = WorkloadDefaults.deployment(Deployment.builder().build());
    assertThat(d.spec().replicas()).hasValue(1);
    assertThat(d.spec().revisionHistoryLimit()).hasValue(10);
    assertThat(d.spec().progressDeadlineSeconds()).hasValue(600);
    assertThat(d.spec().strategy()).hasValue(DeploymentStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateDeployment.builder().maxUnavailable(IntOrString.of("25%"))
            .maxSurge(IntOrString.of("25%")).build()).build());
    Deployment recreate = WorkloadDefaults.deployment(Deployment.builder()
        .spec(DeploymentSpec.builder().strategy(DeploymentStrategy.builder().type("Recreate")
            .build()).build()).build());
    assertThat(recreate.spec().strategy().get().rollingUpdate()).isEmpty();
    StatefulSet s = WorkloadDefaults.statefulSet(StatefulSet.builder().build());
    assertThat(s.spec().podManagementPolicy()).hasValue("OrderedReady");
    assertThat(s.spec().replicas()).hasValue(1);
    assertThat(s.spec().revisionHistoryLimit()).hasValue(10);
    assertThat(WorkloadDefaults.daemonSet(DaemonSet.builder().build()).spec()
        .revisionHistoryLimit()).hasValue(10);
  }

  @Test
  void podReplacementPolicyFollowsThePodFailurePolicyWhereItsGateIsOn() {
    PodFailurePolicy policy = PodFailurePolicy.builder().addRule(PodFailurePolicyRule.builder()
        .action("Ignore").addOnPodCondition(PodFailurePolicyOnPodConditionsPattern.builder()
            .type("DisruptionTarget").build()).build()).build();
    Job withPolicy = Job.builder().spec(JobSpec.builder().podFailurePolicy(policy).build()).build();
    JobSpec s = WorkloadDefaults.job(withPolicy, Profile.of("1.29")).spec();
    assertThat(s.podReplacementPolicy()).hasValue("Failed");
    assertThat(s.podFailurePolicy().get().rules().get(0).onPodConditions().get(0).status())
        .isEqualTo("True");
    assertThat(WorkloadDefaults.job(Job.builder().build(), Profile.of("1.34")).spec()
        .podReplacementPolicy()).hasValue("TerminatingOrFailed");
    // JobPodReplacementPolicy is alpha and off in 1.28: no default.
    assertThat(WorkloadDefaults.job(Job.builder().build(), Profile.of("1.28")).spec()
        .podReplacementPolicy()).isEmpty();
  }

  @Test
  void statefulSetAndDaemonSetStrategies() {
    StatefulSetSpec s = WorkloadDefaults.statefulSet(StatefulSet.builder().build(),
        Profile.of("1.37")).spec();
    assertThat(s.updateStrategy()).hasValue(StatefulSetUpdateStrategy.builder()
        .type("RollingUpdate").rollingUpdate(RollingUpdateStatefulSetStrategy.builder()
            .partition(0).maxUnavailable(IntOrString.of(1)).build()).build());
    assertThat(s.persistentVolumeClaimRetentionPolicy().get().whenDeleted()).hasValue("Retain");
    // MaxUnavailableStatefulSet off by default in 1.35 from 1.35.4 (#137926) and in 1.36.
    for (String version : new String[] {"1.35", "1.36"}) {
      assertThat(WorkloadDefaults.statefulSet(StatefulSet.builder().build(), Profile.of(version))
          .spec().updateStrategy().get().rollingUpdate().get().maxUnavailable()).as(version)
          .isEmpty();
    }
    StatefulSetSpec onDelete = WorkloadDefaults.statefulSet(StatefulSet.builder()
        .spec(StatefulSetSpec.builder().updateStrategy(StatefulSetUpdateStrategy.builder()
            .type("OnDelete").build()).build()).build()).spec();
    assertThat(onDelete.updateStrategy().get().rollingUpdate()).isEmpty();
    assertThat(WorkloadDefaults.daemonSet(DaemonSet.builder().build()).spec().updateStrategy())
        .hasValue(DaemonSetUpdateStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateDaemonSet.builder().maxUnavailable(IntOrString.of(1))
                .maxSurge(IntOrString.of(0)).build()).build());
  }
}
