package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.daemonSet;
import static dev.podwright.dsl.Pods.ignoreDisruptions;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.onExitCodes;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.succeededIndexes;
import static dev.podwright.dsl.Pods.template;
import static dev.podwright.dsl.Pods.volumeClaimTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.StatefulSet;
import dev.podwright.validation.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workload-level fields of issue 11: job policies, stateful set claims, update strategies. */
class WorkloadFieldsTest {
  private static final TemplateMainStep MESHED = template()
      .init(initContainer("migrate").image("flyway/flyway:11"))
      .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.34.1"))
      .main(container("batch").image("example/batch:1.0"));

  private static List<String> scopes(Job job) {
    return job.spec().podFailurePolicy().orElseThrow().rules().stream()
        .map(r -> r.action() + ":" + r.onExitCodes()
            .map(c -> c.containerName().orElse("*") + c.values()).orElse("conditions"))
        .collect(Collectors.toList());
  }

  @Test
  void ignoreSidecarExitsScopesContainerlessExitCodeRulesToTheOtherContainers() {
    Job job = job("batch", JobRestartPolicy.NEVER, MESHED)
        .podFailurePolicy(
            ignoreDisruptions(),
            onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.NOT_IN, 1),
            onExitCodes(PodFailureAction.IGNORE, "proxy", ExitCodeOperator.IN, 143, 137))
        .ignoreSidecarExits()
        .build();
    assertThat(scopes(job)).containsExactly(
        "Ignore:conditions", "FailJob:batch[1]", "FailJob:migrate[1]", "Ignore:proxy[137, 143]");
  }

  @Test
  void withoutSidecarsTheRulesStayAsWritten() {
    Job job = job("plain", JobRestartPolicy.NEVER,
            template().main(container("batch").image("example/batch:1.0")))
        .podFailurePolicy(onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.NOT_IN, 1))
        .ignoreSidecarExits()
        .build();
    assertThat(scopes(job)).containsExactly("FailJob:*[1]");
  }

  @Test
  void ignoreSidecarExitsNeedsAPolicy() {
    assertThatThrownBy(() -> job("batch", JobRestartPolicy.NEVER, MESHED).ignoreSidecarExits())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("podFailurePolicy(..) first");
  }

  @Test
  void exitCodesAreWrittenSortedAndUnique() {
    PodFailurePolicyRule rule = onExitCodes(PodFailureAction.COUNT, ExitCodeOperator.IN, 3, 1, 3);
    assertThat(rule.onExitCodes().orElseThrow().values()).containsExactly(1, 3);
  }

  @Test
  void cronJobPoliciesGoToTheJobTemplate() {
    String yaml = cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, MESHED)
        .podFailurePolicy(onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.IN, 42))
        .ignoreSidecarExits()
        .podReplacementPolicy(PodReplacementPolicy.FAILED)
        .suspendSchedule(true)
        .toYaml();
    assertThat(yaml).contains("""
          jobTemplate:
            spec:
              podFailurePolicy:
                rules:
                  - action: FailJob
                    onExitCodes:
                      containerName: batch
                      operator: In
                      values:
                        - 42
        """).contains("podReplacementPolicy: Failed").contains("  suspend: true\n");
  }

  @Test
  void indexedJobFields() {
    Job job = job("work", JobRestartPolicy.NEVER, MESHED)
        .indexed().completions(5)
        .backoffLimitPerIndex(1).maxFailedIndexes(2)
        .successPolicy(succeededIndexes("0"))
        .managedBy("kueue.x-k8s.io/multikueue")
        .build();
    assertThat(job.spec().backoffLimitPerIndex()).contains(1);
    assertThat(job.spec().maxFailedIndexes()).contains(2);
    assertThat(job.spec().successPolicy().orElseThrow().rules().get(0).succeededIndexes())
        .contains("0");
    assertThat(job.spec().managedBy()).contains("kueue.x-k8s.io/multikueue");
  }

  @Test
  void podFailurePolicyMistakesAreReportedInTheServersWords() {
    assertThatThrownBy(() -> job("batch", JobRestartPolicy.NEVER, MESHED)
            .podFailurePolicy(
                onExitCodes(PodFailureAction.FAIL_JOB, "nope", ExitCodeOperator.IN, 0, 2),
                onExitCodes(PodFailureAction.FAIL_INDEX, ExitCodeOperator.NOT_IN))
            .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.podFailurePolicy.rules[0].onExitCodes.containerName: "
            + "Invalid value: \"nope\": must be one of the container or initContainer names in "
            + "the pod template")
        .hasMessageContaining("spec.podFailurePolicy.rules[0].onExitCodes.values[0]: "
            + "Invalid value: 0: must not be 0 for the In operator")
        .hasMessageContaining("spec.podFailurePolicy.rules[1].action: Invalid value: "
            + "\"FailIndex\": requires the backoffLimitPerIndex to be set")
        .hasMessageContaining("spec.podFailurePolicy.rules[1].onExitCodes.values: Invalid value: "
            + "[]int32{}: at least one value is required");
  }

  @Test
  void scopingBeyondTwentyRulesIsReported() {
    PodFailurePolicyRule[] rules = new PodFailurePolicyRule[11];
    for (int i = 0; i < rules.length; i++) {
      rules[i] = onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.IN, i + 1);
    }
    JobStep scoped = job("batch", JobRestartPolicy.NEVER, MESHED)
        .podFailurePolicy(rules).ignoreSidecarExits();
    assertThatThrownBy(scoped::build)
        .hasMessageContaining("spec.podFailurePolicy.rules: Too many: 22: must have at most 20 items");
  }

  @Test
  void statefulSetWithClaimTemplateMountedByTheTemplate() {
    ClaimTemplate data = volumeClaimTemplate("data", "10Gi", AccessMode.READ_WRITE_ONCE)
        .storageClassName("fast");
    StatefulSet db = statefulSet("db", template().label("app", "db")
            .main(container("postgres").image("postgres:17")
                .volumeMount(mount(data, "/var/lib/postgresql/data"))))
        .serviceName("db")
        .volumeClaimTemplate(data)
        .rollingUpdate(1, IntOrString.of(1))
        .persistentVolumeClaimRetentionPolicy(ClaimRetention.DELETE, ClaimRetention.RETAIN)
        .ordinals(1)
        .build();
    assertThat(db.spec().template().spec().volumes()).isEmpty();
    assertThat(db.spec().volumeClaimTemplates()).containsExactly(data.toClaim());
    assertThat(db.spec().updateStrategy().orElseThrow().rollingUpdate().orElseThrow().partition())
        .contains(1);
    assertThat(db.spec().ordinals().orElseThrow().start()).isEqualTo(1);
    assertThat(db.spec().persistentVolumeClaimRetentionPolicy().orElseThrow().whenDeleted())
        .contains("Delete");
  }

  @Test
  void mountOfAClaimTheStatefulSetLacksIsNotFound() {
    ClaimTemplate data = volumeClaimTemplate("data", "1Gi", AccessMode.READ_WRITE_ONCE);
    StatefulSetStep db = statefulSet("db", template().label("app", "db")
        .main(container("postgres").image("postgres:17")
            .volumeMount(mount(data, "/data"))));
    assertThatThrownBy(db::build)
        .hasMessageContaining("spec.template.spec.containers[0].volumeMounts[0].name: "
            + "Not found: \"data\"");
  }

  @Test
  void claimTemplateNeedsAName() {
    assertThatThrownBy(() -> volumeClaimTemplate(dev.podwright.model.PersistentVolumeClaim
            .builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.name");
  }

  @Test
  void updateStrategies() {
    TemplateMainStep agent = template().label("app", "agent")
        .main(container("agent").image("example/agent:1"));
    assertThat(daemonSet("agent", agent).onDelete().toYaml())
        .contains("updateStrategy:\n    type: OnDelete\n");
    assertThat(daemonSet("agent", agent)
            .rollingUpdate(IntOrString.of(0), IntOrString.of("10%")).toYaml())
        .contains("""
              updateStrategy:
                type: RollingUpdate
                rollingUpdate:
                  maxUnavailable: 0
                  maxSurge: 10%
            """);
    assertThat(statefulSet("db", agent).onDelete().build().spec().updateStrategy()
        .orElseThrow().type()).contains("OnDelete");
  }
}
