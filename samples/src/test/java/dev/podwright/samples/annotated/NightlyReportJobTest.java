package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.samples.workloads.JobWithSidecars;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The annotated job against {@link JobWithSidecars#nightlyReport()}, written with the DSL. */
class NightlyReportJobTest {
  @Test
  void generatedJobEqualsDslJob() {
    assertThat(NightlyReportJobSpec.job()).isEqualTo(JobWithSidecars.nightlyReport());
  }

  @Test
  void yamlResourceEqualsDslYaml() throws IOException {
    assertThat(NightlyReportJobSpec.RESOURCE).isEqualTo("META-INF/podwright/nightly-report.yaml");
    String yaml = IstioSleepPodTest.resource(NightlyReportJobSpec.RESOURCE);
    assertThat(yaml).isEqualTo(PodYaml.toYaml(JobWithSidecars.nightlyReport()));
    assertThat(yaml).startsWith("apiVersion: batch/v1\nkind: Job\n");
  }
}
