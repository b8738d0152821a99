package dev.podwright.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.sidecar.EffectiveResources.Entry;
import dev.podwright.sidecar.EffectiveResources.Phase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveResourcesTest {
  static Container container(String name, String cpu, String memory, boolean sidecar) {
    Container.Builder b = Container.builder().name(name).image(name + ":1")
        .resources(ResourceRequirements.builder()
            .putRequest("cpu", Quantity.parse(cpu))
            .putRequest("memory", Quantity.parse(memory))
            .build());
    if (sidecar) {
      b.restartPolicy("Always");
    }
    return b.build();
  }

  /** The worked example of spec section 5.3. */
  static Pod workedExample() {
    return Pod.builder()
        .metadata(ObjectMeta.builder().name("example").build())
        .spec(PodSpec.builder()
            .addInitContainer(container("migrate", "500m", "256Mi", false))
            .addInitContainer(container("proxy", "100m", "64Mi", true))
            .addInitContainer(container("seed", "300m", "512Mi", false))
            .addInitContainer(container("log-agent", "200m", "128Mi", true))
            .addContainer(container("app", "400m", "256Mi", false))
            .putOverhead("cpu", Quantity.parse("250m"))
            .putOverhead("memory", Quantity.parse("120Mi"))
            .build())
        .build();
  }

  @Test
  void workedExampleOfKep753() {
    EffectiveResources r = EffectiveResources.of(workedExample());

    assertThat(r.requests()).containsExactly(
        Map.entry("cpu", Quantity.parse("950m")), Map.entry("memory", Quantity.parse("696Mi")));
    assertThat(r.requests().get("cpu").canonical()).isEqualTo("950m");
    assertThat(r.requests().get("memory").canonical()).isEqualTo("696Mi");

    Entry cpu = r.request("cpu").orElseThrow();
    assertThat(cpu.dominant()).isEqualTo(Phase.STEADY_STATE);
    assertThat(cpu.steadyState()).isEqualTo(Quantity.parse("700m"));
    assertThat(cpu.initPeak()).isEqualTo(Quantity.parse("500m"));
    assertThat(cpu.initPeakAt().orElseThrow().name()).isEqualTo("migrate");
    assertThat(cpu.overhead()).isEqualTo(Quantity.parse("250m"));

    Entry memory = r.request("memory").orElseThrow();
    assertThat(memory.dominant()).isEqualTo(Phase.INIT_PEAK);
    assertThat(memory.steadyState()).isEqualTo(Quantity.parse("448Mi"));
    assertThat(memory.initPeak()).isEqualTo(Quantity.parse("576Mi"));
    assertThat(memory.initPeakAt().orElseThrow().toString()).isEqualTo("initContainers[2] (seed)");
  }

  @Test
  void preSidecarFormulaUnderestimatesTheWorkedExample() {
    EffectiveResources r = EffectiveResources.of(workedExample());

    // max(max(init), sum of containers) + overhead: 500m / 512Mi plus 250m / 120Mi.
    assertThat(r.preSidecarRequests()).containsExactly(
        Map.entry("cpu", Quantity.parse("750m")), Map.entry("memory", Quantity.parse("632Mi")));
    assertThat(r.toText()).contains(
        "a sidecar-unaware calculation would request cpu 750m instead of 950m, "
            + "memory 632Mi instead of 696Mi");
  }

  @Test
  void rendersWhichPhaseDominates() {
    assertThat(EffectiveResources.of(workedExample()).toText()).isEqualTo("""
        requests:
          cpu: 950m  (steady state 700m + overhead 250m; init peak 500m at initContainers[0] \
        (migrate))
          memory: 696Mi  (init peak 576Mi at initContainers[2] (seed) + overhead 120Mi; \
        steady state 448Mi)
        limits: none
        a sidecar-unaware calculation would request cpu 750m instead of 950m, \
        memory 632Mi instead of 696Mi
        """);
  }

  @Test
  void limitWithoutRequestCountsAsRequest() {
    Container app = Container.builder().name("app").image("app:1")
        .resources(ResourceRequirements.builder().putLimit("cpu", Quantity.parse("1")).build())
        .build();
    Pod pod = Pod.builder().spec(PodSpec.builder().addContainer(app).build()).build();

    EffectiveResources r = EffectiveResources.of(pod);

    assertThat(r.requests()).containsEntry("cpu", Quantity.parse("1"));
    assertThat(r.limits()).containsEntry("cpu", Quantity.parse("1"));
  }

  @Test
  void overheadIsAddedOnlyToLimitsThePodHas() {
    Container app = Container.builder().name("app").image("app:1")
        .resources(ResourceRequirements.builder()
            .putLimit("memory", Quantity.parse("1Gi"))
            .putRequest("cpu", Quantity.parse("100m"))
            .build())
        .build();
    PodSpec spec = PodSpec.builder().addContainer(app)
        .putOverhead("cpu", Quantity.parse("10m"))
        .putOverhead("memory", Quantity.parse("64Mi"))
        .build();

    EffectiveResources r = EffectiveResources.of(spec);

    assertThat(r.limits()).containsExactly(Map.entry("memory", Quantity.parse("1088Mi")));
    assertThat(r.requests()).containsExactly(
        Map.entry("cpu", Quantity.parse("110m")), Map.entry("memory", Quantity.parse("1088Mi")));
  }

  @Test
  void resourceNamedOnlyByAnInitContainerStillCounts() {
    Container init = Container.builder().name("fetch").image("fetch:1")
        .resources(ResourceRequirements.builder()
            .putRequest("ephemeral-storage", Quantity.parse("2Gi")).build())
        .build();
    PodSpec spec = PodSpec.builder().addInitContainer(init)
        .addContainer(container("app", "1", "1Gi", false)).build();

    Entry storage = EffectiveResources.of(spec).request("ephemeral-storage").orElseThrow();

    assertThat(storage.value()).isEqualTo(Quantity.parse("2Gi"));
    assertThat(storage.dominant()).isEqualTo(Phase.INIT_PEAK);
    assertThat(storage.steadyState().isZero()).isTrue();
  }

  @Test
  void podLevelResourcesOverrideTheAggregate() {
    PodSpec spec = PodSpec.builder()
        .addContainer(container("app", "1", "1Gi", false))
        .resources(ResourceRequirements.builder().putRequest("cpu", Quantity.parse("2")).build())
        .build();

    Entry cpu = EffectiveResources.of(spec).request("cpu").orElseThrow();

    assertThat(cpu.value()).isEqualTo(Quantity.parse("2"));
    assertThat(cpu.dominant()).isEqualTo(Phase.POD_LEVEL);
  }

  @Test
  void rejectsKindsWithoutPodTemplate() {
    dev.podwright.model.KubernetesObject service = new dev.podwright.model.KubernetesObject() {
      @Override public String apiVersion() {
        return "v1";
      }

      @Override public String kind() {
        return "Service";
      }

      @Override public ObjectMeta metadata() {
        return ObjectMeta.builder().build();
      }

      @Override public Map<String, Object> unknownFields() {
        return Map.of();
      }
    };

    assertThatThrownBy(() -> EffectiveResources.of(service))
        .hasMessage("kind Service has no pod template");
  }
}
