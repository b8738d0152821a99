package dev.podwright.cli;

import static dev.podwright.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.cli.ValidateCommandTest.Run;
import dev.podwright.model.Deployment;
import dev.podwright.yaml.ManifestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadCommandsTest {
  /** A Job whose pod template has no restartPolicy, which jobs require. */
  static final String JOB_WITHOUT_RESTART_POLICY = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: etl
      spec:
        template:
          spec:
            containers:
              - name: work
                image: acme/etl:3
      """;

  /** A Job with a legacy proxy as a regular container: the job never completes. */
  static final String LEGACY_JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: etl
      spec:
        backoffLimit: 2
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: work
                image: acme/etl:3
              - name: cloud-sql-proxy
                image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
                args: ["--port=5432", "acme:europe-west1:db"]
      """;

  static final String LEGACY_DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            initContainers:
              - name: istio-init
                image: istio/proxyv2:1.28.0
            containers:
              - name: app
                image: nginx:1.27
                resources: {requests: {cpu: 500m, memory: 256Mi}}
              - name: envoy
                image: envoyproxy/envoy:v1.30.1
                resources: {requests: {cpu: 100m, memory: 64Mi}}
      """;

  static final String NATIVE_DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            initContainers:
              - name: proxy
                image: envoy:1.30
                restartPolicy: Always
                resources: {requests: {cpu: 100m, memory: 64Mi}}
            containers:
              - name: app
                image: nginx:1.27
                resources: {requests: {cpu: 500m, memory: 256Mi}}
      """;

  static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        ports: [{port: 80}]
      """;

  static final String OTHER_KINDS = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector: {matchLabels: {app: db}}
        template:
          metadata: {labels: {app: db}}
          spec:
            containers: [{name: db, image: postgres:17}]
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec:
            containers: [{name: agent, image: acme/agent:1}]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: backup
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: backup, image: acme/backup:1}]
      """;

  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void validateReportsJobTemplateErrorsAtTheirWorkloadPath() throws IOException {
    String job = file("job.yaml", JOB_WITHOUT_RESTART_POLICY).toString();

    Run run = run("validate", job);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(job + ":7: spec.template.spec.restartPolicy: Required value: "
        + "valid values: \"OnFailure\", \"Never\"\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateAcceptsEveryWorkloadKindInOneFile() throws IOException {
    Run run = run("validate", file("all.yaml",
        NATIVE_DEPLOYMENT + "---\n" + OTHER_KINDS + "---\n" + LEGACY_JOB).toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void validateSkipsKindsWithoutPodsAndValidatesTheRest() throws IOException {
    String mixed = file("mixed.yaml", SERVICE + "---\n" + JOB_WITHOUT_RESTART_POLICY
        + "---\napiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n").toString();

    Run run = run("validate", mixed);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(mixed + ":14: spec.template.spec.restartPolicy: "
        + "Required value: "
        + "valid values: \"OnFailure\", \"Never\"\n");
    assertThat(run.err()).contains(
        mixed + ": skipping Service \"web\": not a workload Podwright validates\n",
        mixed + ": skipping ConfigMap: not a workload Podwright validates\n");
  }

  @Test
  void validateExitCodeComesFromTheWorkloadsAlone() throws IOException {
    String mixed = file("ok.yaml", SERVICE + "---\n" + NATIVE_DEPLOYMENT).toString();

    Run run = run("validate", mixed);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(mixed + ": skipping Service \"web\": not a workload Podwright validates\n");
  }

  @Test
  void validateSkipsUnknownKindsOnStandardInput() {
    byte[] stream = (SERVICE + "---\n" + JOB_WITHOUT_RESTART_POLICY)
        .getBytes(StandardCharsets.UTF_8);

    Run run = run(new ByteArrayInputStream(stream), "validate", "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("<stdin>:14: spec.template.spec.restartPolicy: Required value");
    assertThat(run.err()).isEqualTo(
        "<stdin>: skipping Service \"web\": not a workload Podwright validates\n");
  }

  @Test
  void validatePrintsWarningsOnStderrWithoutFailing() throws IOException {
    String deployment = file("web.yaml", NATIVE_DEPLOYMENT).toString();

    Run run = run("validate", "--kubernetes-version", "1.28", deployment);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(deployment + ":17: warning: spec.template.spec.initContainers")
        .doesNotContain("\n" + deployment + ": spec.");
    assertThat(run.err().lines())
        .allMatch(l -> l.matches(Pattern.quote(deployment) + ":\\d+: warning: .*"));
    assertThat(run("validate", deployment).err()).isEmpty();
  }

  @Test
  void warningsAccompanyErrorsWithoutChangingTheExitCode() throws IOException {
    String job = file("job.yaml", JOB_WITHOUT_RESTART_POLICY.replace("    containers:",
        "    initContainers:\n"
            + "      - {name: proxy, image: envoy:1.30, restartPolicy: Always}\n"
            + "    containers:")).toString();

    Run run = run("validate", "--kubernetes-version", "1.28", job);

    assertThat(run.err()).contains(job + ":9: warning: spec.template.spec.initContainers");
    assertThat(run.out()).contains(job + ":7: spec.template.spec.restartPolicy: Required value");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void resourcesSizesEachPodOfADeployment() throws IOException {
    String mixed = file("web.yaml", NATIVE_DEPLOYMENT + "---\n" + SERVICE).toString();

    Run run = run("resources", mixed);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith(mixed + ": Deployment/web (line 1)\n")
        .contains("cpu: 600m", "memory: 320Mi");
    assertThat(run.err())
        .isEqualTo(mixed + ": skipping Service \"web\": not a workload Podwright sizes\n");
  }

  @Test
  void explainWarnsThatAJobWithARegularProxyNeverCompletes() throws IOException {
    Path svg = dir.resolve("etl.svg");

    Run run = run("explain", file("job.yaml", LEGACY_JOB).toString(), "--svg", svg.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Job/etl").contains("[job-never-completes]");
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("cloud-sql-proxy");
  }

  @Test
  void explainsEveryWorkloadOfAMixedFile() throws IOException {
    Path svg = dir.resolve("all.svg");
    String all = file("all.yaml", SERVICE + "---\n" + OTHER_KINDS).toString();

    Run run = run("explain", all, "--svg", svg.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("StatefulSet/db", "DaemonSet/agent", "CronJob/backup");
    assertThat(run.err()).contains(
        all + ": skipping Service \"web\": not a workload Podwright explains",
        "wrote " + dir.resolve("all-1.svg"), "wrote " + dir.resolve("all-3.svg"));
    assertThat(dir.resolve("all-3.svg")).exists();
  }

  @Test
  void migrateMovesALegacyEnvoyOfADeploymentIntoInitContainers() throws IOException {
    Path web = file("web.yaml", LEGACY_DEPLOYMENT);

    Run run = run("migrate", web.toString(), "--sidecar", "envoy", "--place-after", "istio-init",
        "--write");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("Deployment/web (line 1): moved "
        + "spec.template.spec.containers[1] (envoy) to spec.template.spec.initContainers[1] "
        + "with restartPolicy: Always");
    Deployment migrated = (Deployment) ManifestReader.read(web).get(0);
    assertThat(migrated.spec().template().spec().initContainers())
        .extracting(c -> c.name() + " " + c.restartPolicy().orElse("-"))
        .containsExactly("istio-init -", "envoy Always");
    assertThat(migrated.spec().template().spec().containers()).extracting(c -> c.name())
        .containsExactly("app");
    assertThat(run("validate", web.toString()).exit()).isZero();
  }

  @Test
  void migrateKeepsDocumentsOfOtherKindsByteForByte() throws IOException {
    Path mixed = file("mixed.yaml", SERVICE + "---\n" + LEGACY_DEPLOYMENT + "---\n" + SERVICE);

    Run run = run("migrate", mixed.toString(), "--sidecar", "envoy", "--write");

    assertThat(run.exit()).isZero();
    String after = Files.readString(mixed);
    assertThat(after).startsWith(SERVICE + "---\n").endsWith("---\n" + SERVICE);
    assertThat(after).contains(String.join("\n",
        "      initContainers:",
        "        - name: envoy",
        "          image: envoyproxy/envoy:v1.30.1",
        "          restartPolicy: Always",
        "          resources: {requests: {cpu: 100m, memory: 64Mi}}",
        "        - name: istio-init",
        "          image: istio/proxyv2:1.28.0",
        "      containers:",
        "        - name: app",
        "          image: nginx:1.27",
        "          resources: {requests: {cpu: 500m, memory: 256Mi}}",
        "---",
        ""));
  }
}
