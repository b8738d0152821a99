package dev.podwright.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every workload kind survives Podwright to fabric8 and back unchanged, and fabric8 to Podwright
 * and back: this module's fixtures (sidecars, probes, quantities in several forms, int-or-string
 * ports, fields only one side models, fields neither knows) and the samples' goldens.
 */
class Fabric8RoundTripTest {
  static Stream<Path> manifests() throws IOException {
    List<Path> files;
    try (Stream<Path> own = Files.list(Path.of("src/test/resources/roundtrip"));
        Stream<Path> samples = Files.walk(Path.of("../samples/src/test/resources/samples"))) {
      files = Stream.concat(own, samples)
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void podwrightToFabric8AndBack(Path file) {
    for (KubernetesObject object : ManifestReader.read(file)) {
      HasMetadata fabric8 = Fabric8.toFabric8(object);
      assertThat(fabric8.getKind()).isEqualTo(object.kind());
      assertThat(fabric8.getApiVersion()).isEqualTo(object.apiVersion());

      KubernetesObject back = Fabric8.fromFabric8(fabric8);

      // Equal, unknown fields included. (Fields that Podwright does not model come back in
      // fabric8's key order, so the YAML may order them differently; modelled fields are
      // always written in Kubernetes order.)
      assertThat(back).isEqualTo(object);
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void fabric8ToPodwrightAndBack(Path file) throws IOException {
    Object parsed = Serialization.unmarshal(Files.readString(file)); // fabric8's own YAML reading
    List<?> objects = parsed instanceof List ? (List<?>) parsed : List.of(parsed);
    assertThat(objects).isNotEmpty();
    for (Object item : objects) {
      HasMetadata fabric8 = (HasMetadata) item;
      HasMetadata again = Fabric8.toFabric8(Fabric8.fromFabric8(fabric8));

      // The same JSON, field for field. (Not always equals(): in fields that neither model
      // knows, fabric8 keeps whatever Java number type it parsed, e.g. Integer 1 where the round
      // trip gives Long 1.)
      assertThat(Serialization.asJson(again)).isEqualTo(Serialization.asJson(fabric8));
      assertThat(again.getClass()).isEqualTo(fabric8.getClass());
    }
  }

  @Test
  void fieldsAreTypedOnTheFabric8Side() throws IOException {
    Pod pod = Fabric8.toFabric8((dev.podwright.model.Pod) read("pod.yaml"));

    Container proxy = pod.getSpec().getInitContainers().get(1);
    assertThat(proxy.getRestartPolicy()).isEqualTo("Always");
    assertThat(proxy.getStartupProbe().getHttpGet().getPort().getStrVal()).isEqualTo("admin");
    assertThat(proxy.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(15000);
    // Quantities keep their written form on both sides.
    assertThat(proxy.getResources().getRequests().get("cpu").toString()).isEqualTo("0.1");
    assertThat(proxy.getResources().getLimits().get("memory").toString()).isEqualTo("1e8");
    assertThat(pod.getSpec().getContainers().get(0).getResources().getRequests().get("memory")
        .toString()).isEqualTo("1Gi");
    // Fields Podwright keeps verbatim are typed in fabric8; unknown ones stay unknown.
    assertThat(pod.getSpec().getAffinity().getNodeAffinity()
        .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0)
        .getMatchExpressions().get(0).getValues()).containsExactly("amd64", "arm64");
    assertThat(pod.getStatus().getPhase()).isEqualTo("Running");
    assertThat(pod.getSpec().getAdditionalProperties()).containsEntry("x-team", "checkout");
    assertThat(proxy.getAdditionalProperties()).containsKey("futureField");
    assertThat(pod.getMetadata().getAnnotations())
        .containsEntry("sidecar.istio.io/inject", "false");
  }

  @Test
  void typedOverloadsKeepTheKind() throws IOException {
    Job job = Fabric8.toFabric8((dev.podwright.model.Job) read("job.yaml"));
    assertThat(job.getSpec().getPodFailurePolicy().getRules().get(0).getOnExitCodes().getValues())
        .containsExactly(42);
    assertThat(Fabric8.fromFabric8(job)).isEqualTo(read("job.yaml"));

    Deployment deployment =
        Fabric8.toFabric8((dev.podwright.model.Deployment) read("deployment.yaml"));
    assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal())
        .isEqualTo("25%");
    assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable()
        .getIntVal()).isZero();
    assertThat(Fabric8.fromFabric8(deployment)).isEqualTo(read("deployment.yaml"));
  }

  @Test
  void fabric8AddsTheKindOfEmbeddedClaims() {
    KubernetesObject statefulSet = ManifestReader.read(PodYaml.toYaml(read("statefulset.yaml"))
        // the generated writer puts an embedded object's TypeMeta in Go order: kind, apiVersion
        .replace("    - kind: PersistentVolumeClaim\n      apiVersion: v1\n      metadata:",
            "    - metadata:"))
        .get(0);
    assertThat(PodYaml.toYaml(statefulSet)).doesNotContain("PersistentVolumeClaim");

    KubernetesObject back = Fabric8.fromFabric8(Fabric8.toFabric8(statefulSet));

    // fabric8's PersistentVolumeClaim class initializes apiVersion and kind; the API server
    // accepts both in volumeClaimTemplates. Everything else is unchanged.
    assertThat(PodYaml.toYaml(back)).isEqualTo(PodYaml.toYaml(read("statefulset.yaml")));
  }

  static KubernetesObject read(String name) {
    return ManifestReader.read(Path.of("src/test/resources/roundtrip", name)).get(0);
  }
}
