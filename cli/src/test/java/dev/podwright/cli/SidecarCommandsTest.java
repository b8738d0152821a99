package dev.podwright.cli;

import static dev.podwright.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-process tests of {@code resources}, {@code explain} and {@code migrate}. */
class SidecarCommandsTest {
  static final String WORKED_EXAMPLE = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: example
      spec:
        overhead:
          cpu: 250m
          memory: 120Mi
        initContainers:
          - name: migrate
            image: acme/migrate:1
            resources: {requests: {cpu: 500m, memory: 256Mi}}
          - name: proxy
            image: acme/proxy:1
            restartPolicy: Always
            resources: {requests: {cpu: 100m, memory: 64Mi}}
          - name: seed
            image: acme/seed:1
            resources: {requests: {cpu: 300m, memory: 512Mi}}
          - name: log-agent
            image: acme/log-agent:1
            restartPolicy: Always
            resources: {requests: {cpu: 200m, memory: 128Mi}}
        containers:
          - name: app
            image: acme/app:1
            resources: {requests: {cpu: 400m, memory: 256Mi}}
      """;

  static final String LEGACY = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: etl
      spec:
        restartPolicy: Never
        containers:
          - name: work
            image: acme/etl:3
          - name: cloud-sql-proxy
            image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
            args: ["--port=5432", "acme:europe-west1:db"]
            startupProbe:
              tcpSocket:
                port: 5432
      """;

  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void resourcesPrintsTheWorkedExample() throws IOException {
    Run run = run("resources", file("pod.yaml", WORKED_EXAMPLE).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Pod/example (line 1)",
        "  cpu: 950m  (steady state 700m + overhead 250m; init peak 500m at initContainers[0] "
            + "(migrate))",
        "  memory: 696Mi  (init peak 576Mi at initContainers[2] (seed)",
        "a sidecar-unaware calculation would request cpu 750m instead of 950m");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void explainPrintsThePlanAndWarnings() throws IOException {
    Run run = run("explain", file("etl.yaml", LEGACY).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Pod/etl (restartPolicy Never, ")
        .contains("main work, cloud-sql-proxy: start together at once",
            "[job-never-completes] spec.containers[1] (cloud-sql-proxy)");
  }

  @Test
  void explainStrictFailsOnWarnings() throws IOException {
    assertThat(run("explain", "--strict", file("etl.yaml", LEGACY).toString()).exit())
        .isEqualTo(1);
    assertThat(run("explain", "--strict", file("ok.yaml", WORKED_EXAMPLE).toString()).exit())
        .isZero();
  }

  @Test
  void explainWritesAnSvgTimeline() throws IOException {
    Path svg = dir.resolve("etl.svg");

    Run run = run("explain", file("etl.yaml", LEGACY).toString(), "--svg", svg.toString());

    assertThat(run.exit()).isZero();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg ", "cloud-sql-proxy");
    assertThat(run.err()).contains("wrote " + svg);
  }

  @Test
  void explainNumbersSvgFilesOfSeveralDocuments() {
    assertThat(ExplainCommand.numbered(Path.of("out/web.svg"), 2))
        .isEqualTo(Path.of("out/web-2.svg"));
  }

  @Test
  void migratePrintsYamlAndReportsChanges() throws IOException {
    Run run = run("migrate", file("etl.yaml", LEGACY).toString(), "--sidecar", "cloud-sql-proxy");

    assertThat(run.exit()).isZero();
    // Only the moved block changes: re-indented under a new initContainers before containers,
    // restartPolicy added after its image; the flow-style args and key order stay as written.
    assertThat(run.out()).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: etl
        spec:
          restartPolicy: Never
          initContainers:
            - name: cloud-sql-proxy
              image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
              restartPolicy: Always
              args: ["--port=5432", "acme:europe-west1:db"]
              startupProbe:
                tcpSocket:
                  port: 5432
          containers:
            - name: work
              image: acme/etl:3
        """);
    assertThat(run.err()).contains("Pod/etl (line 1): moved spec.containers[1] (cloud-sql-proxy) "
        + "to spec.initContainers[0] with restartPolicy: Always");
  }

  @Test
  void migrateAutoOnlyProposes() throws IOException {
    Path etl = file("etl.yaml", LEGACY);

    Run run = run("migrate", etl.toString(), "--auto");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("proposal: spec.containers[1] (cloud-sql-proxy): Cloud SQL "
        + "Auth Proxy", "run again with --auto --yes");
    assertThat(Files.readString(etl)).isEqualTo(LEGACY);
  }

  @Test
  void migrateAutoYesWritesInPlace() throws IOException {
    Path etl = file("etl.yaml", LEGACY);

    Run run = run("migrate", etl.toString(), "--auto", "--yes", "--write");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(etl)).contains("initContainers:", "restartPolicy: Always");
    assertThat(run.err()).contains("rewritten");
    assertThat(run("explain", "--strict", etl.toString()).exit()).isZero();
  }

  @Test
  void migrateRejectsUnknownContainer() throws IOException {
    Run run = run("migrate", file("etl.yaml", LEGACY).toString(), "--sidecar", "envoy");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no container named \"envoy\" in any document");
  }

  @Test
  void migrateRefusesOldKubernetesUnlessForced() throws IOException {
    String etl = file("etl.yaml", LEGACY).toString();

    Run refused = run("migrate", etl, "--sidecar", "cloud-sql-proxy", "--kubernetes-version",
        "1.27");
    Run forced = run("migrate", etl, "--sidecar", "cloud-sql-proxy", "--kubernetes-version",
        "1.27", "--force");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("Kubernetes 1.27 has no native sidecars");
    assertThat(forced.exit()).isZero();
    assertThat(forced.err()).contains("warning: [sidecars-not-enabled]");
  }

  @Test
  void migrateNeedsANameOrAuto() throws IOException {
    Run run = run("migrate", file("etl.yaml", LEGACY).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("name a container with --sidecar NAME");
  }

  @Test
  void migrateWriteNeedsAFile() {
    Run run = run("migrate", "-", "--sidecar", "x", "--write");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--write needs a file");
  }
}
