package dev.podwright.yaml;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.daemonSet;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.secretKeyRef;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.tcpSocket;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.dsl.ConcurrencyPolicy;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodManagementPolicy;
import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.Volume;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ManifestReaderWorkloadTest {
  private static KubernetesObject roundTrip(KubernetesObject object) {
    List<KubernetesObject> read = ManifestReader.read(PodYaml.toYaml(object));
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> failure(String yaml) {
    return assertThatThrownBy(() -> ManifestReader.read(yaml))
        .isInstanceOf(ManifestException.class);
  }

  static Job jobWithSidecars() {
    Volume logs = emptyDir("report-logs");
    return job("nightly-report", JobRestartPolicy.NEVER, template()
            .label("app.kubernetes.io/name", "nightly-report")
            .init(initContainer("check-schema").image("example/report:2.4.1")
                .command("/app/report", "--check-schema-version"))
            .sidecar(sidecar("cloud-sql-proxy").image("cloud-sql-proxy:2.14.0")
                .args("--port=5432", "example-project:europe-west1:reports")
                .startupProbe(startupProbe(tcpSocket(5432)).periodSeconds(1).failureThreshold(30))
                .requests(cpu("100m"), memory("64Mi")))
            .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:3.1.9")
                .volumeMount(mount(logs, "/var/log/report").readOnly()))
            .main(container("report").image("example/report:2.4.1")
                .env("DB_PASSWORD", secretKeyRef("report-db", "password"))
                .volumeMount(mount(logs, "/var/log/report"))
                .requests(cpu("500m"), memory("512Mi"))))
        .namespace("reports")
        .parallelism(2)
        .completions(4)
        .indexed()
        .backoffLimit(2)
        .activeDeadlineSeconds(3600)
        .ttlSecondsAfterFinished(86400)
        .suspend(true)
        .build();
  }

  static Deployment meshDeployment() {
    String proxy = "docker.io/istio/proxyv2:1.28.0";
    return deployment("checkout", template()
            .label("app", "checkout")
            .annotation("sidecar.istio.io/inject", "false")
            .init(initContainer("istio-init").image(proxy).args("istio-iptables", "-p", "15001"))
            .sidecar(sidecar("istio-proxy").image(proxy)
                .port("http-envoy-prom", 15090)
                .env("POD_NAME", fieldRef("metadata.name"))
                .startupProbe(startupProbe(httpGet("/healthz/ready", 15021)).periodSeconds(1))
                .preStop(exec("pilot-agent", "request", "POST", "drain"))
                .volumeMount(emptyDir("istio-envoy", "64Mi", true), "/etc/istio/proxy")
                .limits(cpu("2"), memory("1Gi")))
            .main(container("checkout").image("example/checkout:3.2.0")
                .port("http", 8080)
                .readinessProbe(readinessProbe(httpGet("/ready", "http"))))
            .terminationGracePeriodSeconds(45))
        .namespace("shop")
        .label("team", "shop")
        .replicas(3)
        .rollingUpdate(IntOrString.of("25%"), IntOrString.of(1))
        .minReadySeconds(5)
        .progressDeadlineSeconds(600)
        .revisionHistoryLimit(5)
        .build();
  }

  @Test
  void jobWithSidecarsRoundTrips() {
    Job job = jobWithSidecars();
    assertThat(roundTrip(job)).isEqualTo(job);
  }

  @Test
  void deploymentWithMeshSidecarRoundTrips() {
    Deployment deployment = meshDeployment();
    assertThat(roundTrip(deployment)).isEqualTo(deployment);
    Deployment built = deployment("web", template().label("app", "web")
        .main(container("web").image("nginx:1.27"))).recreate().build();
    Deployment recreate = Deployment.builder().from(built)
        .spec(DeploymentSpec.builder().from(built.spec()).paused(true).build())
        .build();
    assertThat(roundTrip(recreate)).isEqualTo(recreate);
  }

  @Test
  void cronJobRoundTrips() {
    CronJob cronJob = cronJob("backup", "0 3 * * *", JobRestartPolicy.ON_FAILURE, template()
            .label("app", "backup")
            .sidecar(sidecar("proxy").image("envoy:1.30"))
            .main(container("backup").image("example/backup:1").args("--all")))
        .timeZone("Europe/Berlin")
        .concurrencyPolicy(ConcurrencyPolicy.FORBID)
        .startingDeadlineSeconds(300)
        .successfulJobsHistoryLimit(3)
        .failedJobsHistoryLimit(1)
        .backoffLimit(1)
        .build();
    assertThat(roundTrip(cronJob)).isEqualTo(cronJob);
  }

  @Test
  void statefulSetRoundTrips() {
    StatefulSet statefulSet = statefulSet("db", template().label("app", "db")
            .sidecar(sidecar("backup-agent").image("example/agent:1"))
            .main(container("db").image("postgres:17").port("pg", 5432)))
        .replicas(3)
        .serviceName("db")
        .podManagementPolicy(PodManagementPolicy.PARALLEL)
        .minReadySeconds(10)
        .revisionHistoryLimit(2)
        .build();
    assertThat(roundTrip(statefulSet)).isEqualTo(statefulSet);
  }

  @Test
  void daemonSetRoundTrips() {
    DaemonSet daemonSet = daemonSet("node-agent", template().label("app", "node-agent")
            .main(container("agent").image("example/agent:1")))
        .minReadySeconds(3)
        .revisionHistoryLimit(4)
        .build();
    assertThat(roundTrip(daemonSet)).isEqualTo(daemonSet);
  }

  @Test
  void matchExpressionsRoundTrip() {
    DaemonSet built = daemonSet("agent", template().label("app", "agent")
        .main(container("agent").image("example/agent:1"))).build();
    DaemonSet daemonSet = DaemonSet.builder().from(built)
        .spec(DaemonSetSpec.builder().from(built.spec()).selector(LabelSelector.builder()
                .putMatchLabel("app", "agent")
                .addMatchExpression(LabelSelectorRequirement.builder()
                    .key("tier").operator("In").addValue("a").addValue("b").build())
                .build())
            .build())
        .build();
    assertThat(roundTrip(daemonSet)).isEqualTo(daemonSet);
  }

  @Test
  void workloadFieldsAndUnknownFieldsRoundTripByteForByte() {
    String yaml = String.join("\n",
        "apiVersion: batch/v1",
        "kind: Job",
        "metadata:",
        "  name: pi",
        "spec:",
        "  podFailurePolicy:",
        "    rules:",
        "      - action: FailJob",
        "        onExitCodes:",
        "          operator: In",
        "          values:",
        "            - 42",
        "  backoffLimit: 4",
        "  template:",
        "    metadata:",
        "      labels:",
        "        app: pi",
        "    spec:",
        "      containers:",
        "        - name: pi",
        "          image: perl:5.34",
        "      restartPolicy: Never",
        "      affinity:",
        "        nodeAffinity:",
        "          preferredDuringSchedulingIgnoredDuringExecution:",
        "            - weight: 1",
        "              preference:",
        "                matchExpressions:",
        "                  - key: zone",
        "                    operator: Exists",
        "      x-vendor-hint: kept",
        "---",
        "apiVersion: apps/v1",
        "kind: StatefulSet",
        "metadata:",
        "  name: db",
        "spec:",
        "  replicas: 1",
        "  selector:",
        "    matchLabels:",
        "      app: db",
        "  template:",
        "    metadata:",
        "      labels:",
        "        app: db",
        "    spec:",
        "      containers:",
        "        - name: db",
        "          image: postgres:17",
        "  volumeClaimTemplates:",
        "    - metadata:",
        "        name: data",
        "      spec:",
        "        accessModes:",
        "          - ReadWriteOnce",
        "        resources:",
        "          requests:",
        "            storage: 1Gi",
        "  serviceName: db",
        "  updateStrategy:",
        "    type: OnDelete",
        "  persistentVolumeClaimRetentionPolicy:",
        "    whenDeleted: Retain",
        "status:",
        "  replicas: 0",
        "");
    List<ManifestDocument> documents = ManifestReader.readDocuments(yaml);
    assertThat(documents).extracting(ManifestDocument::unknownFields).containsExactly(
        List.of("spec.template.spec.x-vendor-hint"), List.of("status"));
    assertThat(PodYaml.toYamlStream(ManifestReader.read(yaml))).isEqualTo(yaml);
  }

  @Test
  void typeErrorsNameTheWorkloadPath() {
    String deployment = "apiVersion: apps/v1\nkind: Deployment\nspec:\n";
    failure(deployment + "  template:\n    spec:\n      containers:\n"
        + "        - ports:\n            - containerPort: http\n")
        .hasMessage("line 8, column 30: spec.template.spec.containers[0].ports[0].containerPort: "
            + "expected an integer, found \"http\"");
    failure(deployment + "  replicas: \"3\"\n")
        .hasMessage("line 4, column 13: spec.replicas: expected an integer, found \"3\"");
    failure(deployment + "  strategy:\n    rollingUpdate: {maxSurge: 1.5}\n")
        .hasMessage("line 5, column 31: spec.strategy.rollingUpdate.maxSurge: "
            + "expected an integer or a string, found 1.5");
    failure(deployment + "  selector:\n    matchLabels: {app: [web]}\n")
        .hasMessage("line 5, column 24: spec.selector.matchLabels[app]: "
            + "expected a string, found a list");
    failure("apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n"
        + "      template:\n        spec:\n          containers:\n            - image: 7\n")
        .hasMessage("line 9, column 22: spec.jobTemplate.spec.template.spec.containers[0].image: "
            + "expected a string, found 7");
    failure("apiVersion: batch/v1\nkind: Job\nspec:\n  parallelism: 3000000000\n")
        .hasMessage("line 4, column 16: spec.parallelism: "
            + "expected a 32-bit integer, found 3000000000");
    failure("apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template: []\n")
        .hasMessage("line 4, column 13: spec.template: expected a mapping, found a list");
  }

  @Test
  void workloadsNeedTheirApiGroup() {
    failure("apiVersion: extensions/v1beta1\nkind: Deployment\n")
        .hasMessage("line 2, column 7: kind \"Deployment\" needs apiVersion \"apps/v1\", "
            + "found \"extensions/v1beta1\"");
    failure("apiVersion: v1\nkind: Job\n")
        .hasMessage("line 2, column 7: kind \"Job\" needs apiVersion \"batch/v1\", found \"v1\"");
  }

  @Test
  void unknownKindListsEveryWorkload() {
    failure("apiVersion: v1\nkind: Service\n")
        .hasMessage("line 2, column 7: unknown kind \"Service\" (apiVersion \"v1\"); supported: "
            + "CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet");
  }
}
