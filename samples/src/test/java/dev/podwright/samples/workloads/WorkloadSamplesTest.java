package dev.podwright.samples.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkloadSamplesTest {
  private static String golden(String name) {
    try (InputStream in = WorkloadSamplesTest.class.getResourceAsStream(
        "/samples/workloads/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Boolean> sidecars(Iterable<Container> initContainers) {
    Map<String, Boolean> roles = new LinkedHashMap<>();
    initContainers.forEach(c -> roles.put(c.name(), c.isRestartable()));
    return roles;
  }

  @Test
  void jobWithSidecarsMatchesGoldenYaml() {
    assertThat(PodYaml.toYaml(JobWithSidecars.nightlyReport()))
        .isEqualTo(golden("job-with-sidecars.yaml"));
  }

  @Test
  void jobSidecarsStartAfterInitAndJobNeverRestarts() {
    Job job = JobWithSidecars.nightlyReport();
    assertThat(sidecars(job.spec().template().spec().initContainers())).containsExactly(
        Map.entry("check-schema", false),
        Map.entry("cloud-sql-proxy", true),
        Map.entry("log-shipper", true));
    assertThat(job.spec().template().spec().restartPolicy()).contains("Never");
    assertThat(job.spec().selector()).isEmpty();
  }

  @Test
  void meshDeploymentMatchesGoldenYaml() {
    assertThat(PodYaml.toYaml(MeshDeployment.checkout()))
        .isEqualTo(golden("mesh-deployment.yaml"));
  }

  @Test
  void meshProxyIsSidecarAndSelectorIsTemplateLabels() {
    Deployment deployment = MeshDeployment.checkout();
    assertThat(sidecars(deployment.spec().template().spec().initContainers()))
        .containsExactly(Map.entry("istio-init", false), Map.entry("istio-proxy", true));
    assertThat(deployment.spec().selector().orElseThrow().matchLabels())
        .isEqualTo(deployment.spec().template().metadata().labels());
    assertThat(deployment.spec().template().spec().containers().stream()
        .map(Container::name).collect(Collectors.toList())).containsExactly("checkout");
  }
  // Workload-level fields (issue 11)

  @Test
  void statefulSetMountsItsClaimTemplateWithoutDeclaringAPodVolume() {
    var spec = OrdersDatabase.ordersDb().spec();
    assertThat(spec.volumeClaimTemplates()).extracting(c -> c.metadata().name())
        .containsExactly("data");
    assertThat(spec.template().spec().volumes()).extracting(v -> v.name())
        .containsExactly("pg-logs");
    assertThat(spec.template().spec().containers().get(0).volumeMounts())
        .extracting(m -> m.name()).containsExactly("data", "pg-logs");
    assertThat(sidecars(spec.template().spec().initContainers()))
        .containsExactly(Map.entry("log-shipper", true));
  }

  @Test
  void jobFailurePolicyLooksAtTheExportOnly() {
    Job job = LedgerExport.ledgerExport();
    assertThat(job.spec().podFailurePolicy().orElseThrow().rules())
        .allSatisfy(rule -> rule.onExitCodes().ifPresent(codes ->
            assertThat(codes.containerName()).contains("export")));
    assertThat(job.spec().template().spec().restartPolicy()).contains("Never");
  }
}
