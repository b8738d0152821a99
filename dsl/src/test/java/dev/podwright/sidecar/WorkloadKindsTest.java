package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.daemonSet;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.TemplateMainStep;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.Quantity;
import dev.podwright.sidecar.LifecycleWarning.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadKindsTest {
  private static TemplateMainStep etl() {
    return template().label("app", "etl")
        .main(container("work").image("acme/etl:3").requests(cpu("500m")))
        .main(container("cloud-sql-proxy")
            .image("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0").requests(cpu("100m")));
  }

  private static TemplateMainStep web() {
    return template().label("app", "web")
        .sidecar(sidecar("envoy").image("envoyproxy/envoy:v1.31").requests(cpu("200m")))
        .main(container("app").image("nginx:1.27").requests(cpu("1")));
  }

  @Test
  void jobWithRegularProxyNeverCompletes() {
    Job etl = job("etl", JobRestartPolicy.NEVER, etl()).build();

    LifecyclePlan plan = LifecycleExplainer.defaults().explain(etl);

    assertThat(plan.title()).isEqualTo("Job/etl");
    assertThat(plan.warnings()).extracting(LifecycleWarning::code, LifecycleWarning::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Code.JOB_NEVER_COMPLETES, "spec.template.spec.containers[1]"));
    assertThat(plan.warnings().get(0).message()).contains("the Job never completes");
  }

  @Test
  void cronJobPathsGoThroughTheJobTemplate() {
    KubernetesObject nightly = cronJob("nightly", "0 3 * * *", JobRestartPolicy.ON_FAILURE, etl())
        .build();

    LifecyclePlan plan = LifecycleExplainer.defaults().explain(nightly);

    assertThat(plan.warnings()).extracting(LifecycleWarning::path)
        .containsExactly("spec.jobTemplate.spec.template.spec.containers[1]");
    assertThat(plan.steadyState().lines()).anyMatch(l -> l.startsWith("completion: the pod is "
        + "done when every main container has exited"));
  }

  @Test
  void failurePolicyOnSidecarExitCodesIsWarnedAbout() {
    Job job = job("etl", JobRestartPolicy.NEVER, template().label("app", "etl")
        .sidecar(sidecar("proxy").image("acme/proxy:1"))
        .main(container("work").image("acme/etl:3"))).build();
    PodFailurePolicyRule rule = PodFailurePolicyRule.builder().action("FailJob")
        .onExitCodes(PodFailurePolicyOnExitCodesRequirement.builder().containerName("proxy")
            .operator("In").addValue(1).build())
        .build();
    Job withPolicy = Job.builder().from(job).spec(JobSpec.builder().from(job.spec())
        .podFailurePolicy(PodFailurePolicy.builder().addRule(rule).build()).build()).build();

    List<LifecycleWarning> warnings = LifecycleExplainer.defaults().explain(withPolicy).warnings();

    assertThat(warnings).extracting(LifecycleWarning::code, LifecycleWarning::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.FAILURE_POLICY_MATCHES_SIDECAR,
            "spec.podFailurePolicy.rules[0].onExitCodes.containerName"));
  }

  @Test
  void jobDeadlineBoundsSidecarStartupProbe() {
    Job job = job("etl", JobRestartPolicy.NEVER, template().label("app", "etl")
        .sidecar(sidecar("proxy").image("acme/proxy:1").startupProbe(
            dev.podwright.dsl.Pods.startupProbe(dev.podwright.dsl.Pods.tcpSocket(5432))
                .periodSeconds(10).failureThreshold(30)))
        .main(container("work").image("acme/etl:3")))
        .activeDeadlineSeconds(120)
        .build();

    assertThat(LifecycleExplainer.defaults().explain(job).warnings())
        .extracting(LifecycleWarning::code)
        .containsExactly(Code.STARTUP_PROBE_EXCEEDS_DEADLINE);
  }

  @Test
  void effectiveResourcesOfEveryLongRunningKind() {
    List<KubernetesObject> objects = List.of(
        deployment("web", web()).build(),
        statefulSet("web", web()).build(),
        daemonSet("web", web()).build());

    for (KubernetesObject o : objects) {
      assertThat(EffectiveResources.of(o).requests()).as(o.kind())
          .containsExactly(Map.entry("cpu", Quantity.parse("1200m")));
      assertThat(LifecycleExplainer.defaults().explain(o).start()).as(o.kind()).hasSize(2);
    }
  }

  @Test
  void effectiveResourcesOfJobs() {
    assertThat(EffectiveResources.of(job("etl", JobRestartPolicy.NEVER, etl()).build())
        .requests()).containsExactly(Map.entry("cpu", Quantity.parse("600m")));
  }
}
