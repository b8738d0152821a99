package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.daemonSet;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The workloads' typed escape hatches: every spec field without a method of its own is reachable
 * through the model's builder, and the fields the DSL controls stay as the DSL made them.
 */
class WorkloadSpecHatchTest {
  private static final TemplateMainStep WEB =
      template().label("app", "web").main(container("web").image("nginx:1.27"));

  @Test
  void deploymentSpecReachesFieldsWithoutAMethod() {
    Deployment d = deployment("web", WEB).replicas(2)
        .deploymentSpec(s -> s.paused(true))
        .build();

    assertThat(d.spec().paused()).contains(true);
    assertThat(d.spec().replicas()).contains(2);
    assertThat(d.spec().selector().orElseThrow().matchLabels()).containsEntry("app", "web");
  }

  @Test
  void theTemplateAndTheSelectorStayTheDsls() {
    assertThatThrownBy(() -> deployment("web", WEB)
            .deploymentSpec(s -> s.template(PodTemplateSpec.builder().build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("deploymentSpec(..) must not change spec.template, which the DSL "
            + "controls");
    assertThatThrownBy(() -> statefulSet("db", WEB)
            .statefulSetSpec(s -> s.selector(LabelSelector.builder().putMatchLabel("a", "b")
                .build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("statefulSetSpec(..) must not change spec.selector");
    assertThatThrownBy(() -> daemonSet("agent", WEB).daemonSetSpec(s -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("daemonSetSpec(..) change returned null");
  }

  @Test
  void statefulSetAndDaemonSetSpecs() {
    StatefulSet s = statefulSet("db", WEB).statefulSetSpec(b -> b.serviceName("db-headless"))
        .build();
    DaemonSet d = daemonSet("agent", WEB.label("tier", "node"))
        .daemonSetSpec(b -> b.revisionHistoryLimit(3))
        .build();

    assertThat(s.spec().serviceName()).contains("db-headless");
    assertThat(d.spec().revisionHistoryLimit()).contains(3);
  }

  @Test
  void jobSpecOnJobsAndCronJobs() {
    Job j = job("report", JobRestartPolicy.NEVER, WEB).jobSpec(b -> b.manualSelector(false))
        .build();
    CronJob c = cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, WEB)
        .jobSpec(b -> b.completions(3))
        .cronJobSpec(b -> b.startingDeadlineSeconds(200L))
        .build();

    assertThat(j.spec().manualSelector()).contains(false);
    assertThat(c.spec().jobTemplate().spec().completions()).contains(3);
    assertThat(c.spec().startingDeadlineSeconds()).contains(200L);
    assertThatThrownBy(() -> cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, WEB)
            .cronJobSpec(b -> b.jobTemplate(JobTemplateSpec.builder()
                .spec(JobSpec.builder().build())
                .build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cronJobSpec(..) must not change spec.jobTemplate.spec");
  }

  @Test
  void jobSpecOfAnOnFailureJobKeepsItWithoutAPodFailurePolicy() {
    PodFailurePolicy policy = PodFailurePolicy.builder()
        .addRule(Pods.ignoreDisruptions())
        .build();
    assertThatThrownBy(() -> job("report", JobRestartPolicy.ON_FAILURE, WEB)
            .jobSpec(b -> b.podFailurePolicy(policy)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jobSpec(..) must not change spec.podFailurePolicy, which the "
            + "DSL controls; the API server accepts a pod failure policy only with the restart "
            + "policy Never");
    assertThatThrownBy(() -> cronJob("nightly", "0 3 * * *", JobRestartPolicy.ON_FAILURE, WEB)
            .jobSpec(b -> b.podFailurePolicy(policy)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.podFailurePolicy");

    Job never = job("report", JobRestartPolicy.NEVER, WEB)
        .jobSpec(b -> b.podFailurePolicy(policy))
        .build();
    Job onFailure = job("report", JobRestartPolicy.ON_FAILURE, WEB)
        .jobSpec(b -> b.backoffLimit(1))
        .build();

    assertThat(never.spec().podFailurePolicy()).contains(policy);
    assertThat(onFailure.spec().backoffLimit()).contains(1);
  }

  @Test
  void metadataReachesWorkloadFieldsWithoutAMethodButKeepsTheName() {
    Deployment d = deployment("web", WEB).metadata(m -> m.addFinalizer("example.com/keep"))
        .label("team", "shop")
        .build();

    assertThat(d.metadata().finalizers()).containsExactly("example.com/keep");
    assertThat(d.metadata().labels()).containsEntry("team", "shop");
    assertThatThrownBy(() -> job("report", JobRestartPolicy.NEVER, WEB)
            .metadata(m -> m.name("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metadata(..) must not change metadata.name, which the DSL "
            + "controls; the workload is named by its factory");
  }

  @Test
  void validationStillRunsOnWhatTheHatchSet() {
    assertThatThrownBy(() -> deployment("web", WEB).deploymentSpec(s -> s.minReadySeconds(-1))
            .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0");
  }
}
