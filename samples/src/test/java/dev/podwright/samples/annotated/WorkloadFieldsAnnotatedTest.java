package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.samples.workloads.LedgerExport;
import dev.podwright.samples.workloads.OrdersDatabase;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The annotated stateful set with claim templates and the annotated job whose failure policy
 * ignores its sidecar, against the same samples written with the DSL.
 */
class WorkloadFieldsAnnotatedTest {
  @Test
  void statefulSetWithClaimTemplatesEqualsDslStatefulSet() throws IOException {
    assertThat(OrdersDatabaseStatefulSetSpec.statefulSet()).isEqualTo(OrdersDatabase.ordersDb());
    assertThat(IstioSleepPodTest.resource(OrdersDatabaseStatefulSetSpec.RESOURCE))
        .isEqualTo(PodYaml.toYaml(OrdersDatabase.ordersDb()));
  }

  @Test
  void jobIgnoringSidecarsEqualsDslJob() throws IOException {
    assertThat(LedgerExportJobSpec.job()).isEqualTo(LedgerExport.ledgerExport());
    assertThat(IstioSleepPodTest.resource(LedgerExportJobSpec.RESOURCE))
        .isEqualTo(PodYaml.toYaml(LedgerExport.ledgerExport()));
  }
}
