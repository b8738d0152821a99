package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.daemonSet;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.hostPath;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Deployment;
import dev.podwright.model.IntOrString;
import dev.podwright.validation.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadReplicatedTest {
  private static final TemplateMainStep WEB = template()
      .label("app", "web")
      .label("tier", "frontend")
      .main(container("web").image("nginx:1.27").port("http", 8080));

  @Test
  void deploymentSelectsPodsByEveryTemplateLabel() {
    String yaml = deployment("web", WEB)
        .replicas(3)
        .rollingUpdate(IntOrString.of(0), IntOrString.of("25%"))
        .minReadySeconds(5)
        .revisionHistoryLimit(3)
        .progressDeadlineSeconds(120)
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: web
              tier: frontend
          template:
            metadata:
              labels:
                app: web
                tier: frontend
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - name: http
                      containerPort: 8080
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxUnavailable: 0
              maxSurge: 25%
          minReadySeconds: 5
          revisionHistoryLimit: 3
          progressDeadlineSeconds: 120
        """);
  }

  @Test
  void workloadLabelsStayOffTheSelector() {
    Deployment built = deployment("web", WEB).label("team", "shop").recreate().build();
    assertThat(built.metadata().labels()).isEqualTo(Map.of("team", "shop"));
    assertThat(built.spec().selector().orElseThrow().matchLabels())
        .isEqualTo(Map.of("app", "web", "tier", "frontend"));
    assertThat(built.spec().strategy().orElseThrow().type()).contains("Recreate");
  }

  @Test
  void rejectsTemplateWithoutLabels() {
    TemplateMainStep unlabelled = template().main(container("web").image("nginx:1.27"));
    assertThatThrownBy(() -> deployment("web", unlabelled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a deployment selects its pods by the template's labels (spec.selector from "
            + "spec.template.metadata.labels), but the template has none; add one with label(..) "
            + "on the template");
    assertThatThrownBy(() -> statefulSet("db", unlabelled))
        .hasMessageStartingWith("a stateful set selects its pods");
    assertThatThrownBy(() -> daemonSet("agent", unlabelled))
        .hasMessageStartingWith("a daemon set selects its pods");
  }

  @Test
  void statefulSetRendersServiceNameAndPolicy() {
    String yaml = statefulSet("db", template()
            .label("app", "db")
            .sidecar(sidecar("exporter").image("prom/postgres-exporter:0.15"))
            .main(container("postgres").image("postgres:16")))
        .replicas(3)
        .serviceName("db")
        .podManagementPolicy(PodManagementPolicy.PARALLEL)
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: db
          template:
            metadata:
              labels:
                app: db
            spec:
              initContainers:
                - name: exporter
                  image: prom/postgres-exporter:0.15
                  restartPolicy: Always
              containers:
                - name: postgres
                  image: postgres:16
          serviceName: db
          podManagementPolicy: Parallel
        """);
  }

  @Test
  void statefulSetBuildChecksTemplateEvenWhereServerWouldNot() {
    // A 1.33 server (the default profile) accepts this stateful set; its pods could never start.
    assertThatThrownBy(() -> statefulSet("db", template().label("app", "db")
            .main(container("postgres").image("postgres:16").port(70000))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("StatefulSet \"db\" is invalid:\n"
            + "  spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: "
            + "must be between 1 and 65535, inclusive");
  }

  @Test
  void daemonSetRendersSelectorAndTemplate() {
    String yaml = daemonSet("node-agent", template()
            .label("app", "node-agent")
            .main(container("agent").image("example/agent:1")
                .volumeMount(mount(hostPath("proc", "/proc"), "/host/proc").readOnly())))
        .namespace("kube-system")
        .minReadySeconds(10)
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-agent
          namespace: kube-system
        spec:
          selector:
            matchLabels:
              app: node-agent
          template:
            metadata:
              labels:
                app: node-agent
            spec:
              volumes:
                - name: proc
                  hostPath:
                    path: /proc
              containers:
                - name: agent
                  image: example/agent:1
                  volumeMounts:
                    - name: proc
                      readOnly: true
                      mountPath: /host/proc
          minReadySeconds: 10
        """);
  }

  @Test
  void templateErrorsCarryTemplatePath() {
    assertThatThrownBy(() -> daemonSet("agent", template().label("app", "agent")
            .main(container("agent").image(""))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("DaemonSet \"agent\" is invalid:\n"
            + "  spec.template.spec.containers[0].image: Required value");
  }
}
