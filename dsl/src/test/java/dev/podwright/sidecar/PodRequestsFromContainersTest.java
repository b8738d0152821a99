package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.sidecar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sidecar-aware pod-level requests helper for the DSL's {@code podSpec(..)}. */
class PodRequestsFromContainersTest {

  @Test
  void statesTheEffectiveTotalNotTheSidecarUnawareSum() {
    // KEP-753's example: sidecar 100m/64Mi, init 500m/512Mi, sidecar 100m/64Mi, app 500m/448Mi.
    // Init peak: 100m + 500m = 600m cpu, 64Mi + 512Mi = 576Mi memory.
    // Steady state: 100m + 100m + 500m = 700m cpu, 64Mi + 64Mi + 448Mi = 576Mi memory.
    Pod p = pod("batch")
        .sidecar(sidecar("a").image("i").requests(cpu("100m"), memory("64Mi")))
        .init(initContainer("b").image("i").requests(cpu("500m"), memory("512Mi")))
        .sidecar(sidecar("c").image("i").requests(cpu("100m"), memory("64Mi")))
        .main(container("app").image("i").requests(cpu("500m"), memory("448Mi")))
        .podLimits(memory("1Gi"))
        .podSpec(EffectiveResources.podRequestsFromContainers())
        .build();
    assertThat(canonical(p.spec().resources().orElseThrow().requests()))
        .isEqualTo(Map.of("cpu", "700m", "memory", "576Mi"));
    assertThat(p.spec().resources().orElseThrow().limits())
        .isEqualTo(Map.of("memory", Quantity.parse("1Gi")));
    assertThat(canonical(EffectiveResources.of(p).preSidecarRequests()))
        .containsEntry("cpu", "500m");
  }

  @Test
  void initPeakWinsWhenItIsLarger() {
    Pod p = pod("migrate")
        .sidecar(sidecar("proxy").image("i").requests(memory("100Mi")))
        .init(initContainer("migrate").image("i").requests(memory("2Gi")))
        .main(container("app").image("i").requests(memory("256Mi")))
        .podSpec(EffectiveResources.podRequestsFromContainers())
        .build();
    assertThat(canonical(p.spec().resources().orElseThrow().requests()))
        .isEqualTo(Map.of("memory", "2148Mi"));
  }

  private static Map<String, String> canonical(Map<String, Quantity> amounts) {
    Map<String, String> out = new java.util.TreeMap<>();
    amounts.forEach((k, v) -> out.put(k, v.canonical()));
    return out;
  }

  @Test
  void withoutContainerRequestsThereIsNothingToState() {
    assertThatThrownBy(() -> pod("web").main(container("app").image("i"))
        .podSpec(EffectiveResources.podRequestsFromContainers()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no container requests cpu");
  }
}
