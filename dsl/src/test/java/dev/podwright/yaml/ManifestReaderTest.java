package dev.podwright.yaml;

import static dev.podwright.dsl.Pods.configMapKeyRef;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.sleep;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.dsl.Protocol;
import dev.podwright.model.Container;
import dev.podwright.model.Extensible;
import dev.podwright.model.IntOrString;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.Volume;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  private static final String CANONICAL = String.join("\n",
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: web",
      "  labels:",
      "    app: web",
      "  vendorStamp: \"2024-01-01T00:00:00Z\"",
      "spec:",
      "  initContainers:",
      "    - name: proxy",
      "      image: envoy:1.30",
      "      args:",
      "        - \"15001\"",
      "        - --log-level=\"yes\"",
      "      restartPolicy: Always",
      "      startupProbe:",
      "        httpGet:",
      "          path: /ready",
      "          port: 15021",
      "          extra: kept",
      "        periodSeconds: 1",
      "        probeFlavour:",
      "          nested:",
      "            - 1",
      "            - 2.50",
      "            - true",
      "            - null",
      "      stdin: true",
      "  containers:",
      "    - name: app",
      "      image: nginx",
      "      ports:",
      "        - name: http",
      "          containerPort: 8080",
      "      resources:",
      "        limits:",
      "          cpu: 500m",
      "          memory: 128Mi",
      "  affinity:",
      "    nodeAffinity:",
      "      requiredDuringSchedulingIgnoredDuringExecution:",
      "        nodeSelectorTerms:",
      "          - matchExpressions:",
      "              - key: zone",
      "                operator: In",
      "                values:",
      "                  - a",
      "                  - \"no\"",
      "  topologySpreadConstraints:",
      "    - maxSkew: 1",
      "      topologyKey: zone",
      "      whenUnsatisfiable: DoNotSchedule",
      "status: {}",
      "");

  @Test
  void readsDslBuiltPodsBackToEqualModels() {
    Volume cache = emptyDir("cache");
    Pod pod = pod("web")
        .init(initContainer("migrate").image("flyway:10").command("flyway", "migrate"))
        .sidecar(sidecar("proxy").image("envoy:1.30").args("15001", "yes", "0123", "1e3", "")
            .startupProbe(startupProbe(httpGet("/ready", 15021)).periodSeconds(1))
            .preStop(sleep(5)))
        .main(container("app").image("nginx").port("http", 8080, Protocol.UDP)
            .env("MODE", "on").env("KEY", configMapKeyRef("cfg", "key"))
            .requests(cpu("0.5"), memory("64Mi")).limits(cpu("1"), memory("128Mi"))
            .readinessProbe(readinessProbe(tcpSocket("http")).periodSeconds(5))
            .livenessProbe(dev.podwright.dsl.Pods.livenessProbe(exec("true")))
            .volumeMount(cache, "/cache"))
        .label("app", "web").annotation("note", "true")
        .build();

    List<KubernetesObject> read = ManifestReader.read(PodYaml.toYaml(pod));

    assertThat(read).containsExactly(pod);
  }

  @Test
  void canonicalManifestWithUnknownFieldsRoundTripsToIdenticalText() {
    Pod pod = (Pod) ManifestReader.read(CANONICAL).get(0);

    assertThat(PodYaml.toYaml(pod)).isEqualTo(CANONICAL);
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevelInDocumentOrder() {
    ManifestDocument doc = ManifestReader.readDocuments(CANONICAL).get(0);
    Pod pod = (Pod) doc.object();

    assertThat(doc.unknownFields()).containsExactly(
        "metadata.vendorStamp",
        "spec.initContainers[0].startupProbe.httpGet.extra",
        "spec.initContainers[0].startupProbe.probeFlavour",
        "status");
    assertThat(pod.metadata().unknownFields())
        .containsEntry("vendorStamp", "2024-01-01T00:00:00Z");
    Container proxy = pod.spec().initContainers().get(0);
    assertThat(proxy.unknownFields()).isEmpty();
    assertThat(proxy.stdin()).contains(true);
    assertThat(proxy.startupProbe().get().unknownFields().get("probeFlavour"))
        .isEqualTo(Map.of("nested", List.of(1L, new BigDecimal("2.50"), true, Extensible.NULL)));
    assertThat(pod.spec().unknownFields()).isEmpty();
    assertThat(pod.spec().affinity().get().nodeAffinity().get()
        .requiredDuringSchedulingIgnoredDuringExecution().get().nodeSelectorTerms().get(0)
        .matchExpressions().get(0).values()).containsExactly("a", "no");
    assertThat(pod.spec().topologySpreadConstraints().get(0).maxSkew()).isEqualTo(1);
    assertThat(doc.line()).isEqualTo(1);
  }

  @Test
  void nonCanonicalLayoutRoundTripsToAnEqualModel() {
    String yaml = String.join("\n",
        "kind: Pod",
        "spec:",
        "  containers: [{image: nginx, name: app, tty: true,",
        "    ports: [{containerPort: 80, protocol: TCP}]}]",
        "  hostname: h",
        "metadata: {labels: {b: '2', a: \"1\"}, name: web}",
        "apiVersion: v1",
        "");

    Pod pod = (Pod) ManifestReader.read(yaml).get(0);
    Pod again = (Pod) ManifestReader.read(PodYaml.toYaml(pod)).get(0);

    assertThat(again).isEqualTo(pod);
    assertThat(pod.metadata().labels()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    assertThat(pod.spec().containers().get(0).tty()).contains(true);
    assertThat(pod.spec().hostname()).contains("h");
  }

  @Test
  void keepsQuotedScalarsAsStrings() {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: web",
        "  annotations:",
        "    a: \"true\"",
        "    b: '8080'",
        "spec:",
        "  containers:",
        "  - name: app",
        "    image: nginx",
        "    args: [\"1.0\", 'null', \"~\", \"0x1F\"]",
        "    env:",
        "    - name: PORT",
        "      value: \"8080\"",
        "  extra: \"123\"",
        "");

    Pod pod = (Pod) ManifestReader.read(yaml).get(0);

    assertThat(pod.metadata().annotations()).containsEntry("a", "true").containsEntry("b", "8080");
    assertThat(pod.spec().containers().get(0).args()).containsExactly("1.0", "null", "~", "0x1F");
    assertThat(pod.spec().unknownFields()).containsEntry("extra", "123");
    assertThat(ManifestReader.read(PodYaml.toYaml(pod))).containsExactly(pod);
  }

  @Test
  void readsMultiDocumentStreamsAndSkipsEmptyDocuments() {
    String yaml = "---\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n"
        + "# only a comment\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n...\n---\n";

    List<ManifestDocument> docs = ManifestReader.readDocuments(yaml);

    assertThat(docs).extracting(d -> d.object().metadata().name()).containsExactly("a", "b");
    assertThat(docs).extracting(ManifestDocument::line).containsExactly(3, 9);
    assertThat(ManifestReader.read("")).isEmpty();
  }

  @Test
  void toYamlStreamReadsBack() {
    Pod a = pod("a").main(container("app").image("nginx")).build();
    Pod b = pod("b").main(container("app").image("nginx")).build();

    assertThat(ManifestReader.read(new StringReader(PodYaml.toYamlStream(List.of(a, b)))))
        .containsExactly(a, b);
  }

  @Test
  void readsFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pod.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: caf\u00e9\n");

    assertThat(ManifestReader.read(file)).extracting(o -> o.metadata().name())
        .containsExactly("caf\u00e9");
  }

  @Test
  void acceptsNumbersAndStringsForQuantitiesAndIntOrStringForProbePorts() {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: Pod",
        "spec:",
        "  containers:",
        "  - name: app",
        "    resources:",
        "      requests: {cpu: 0.5, memory: 1Gi}",
        "      limits: {cpu: 1, memory: \"2Gi\"}",
        "    livenessProbe:",
        "      tcpSocket: {port: http}",
        "    readinessProbe:",
        "      httpGet: {port: 8080}",
        "");

    Container c = ((Pod) ManifestReader.read(yaml).get(0)).spec().containers().get(0);

    assertThat(c.resources().get().requests())
        .containsEntry("cpu", Quantity.parse("500m"))
        .containsEntry("memory", Quantity.parse("1Gi"));
    assertThat(c.resources().get().limits()).containsEntry("cpu", Quantity.parse("1"));
    assertThat(c.livenessProbe().get().tcpSocket().get().port()).isEqualTo(IntOrString.of("http"));
    assertThat(c.readinessProbe().get().httpGet().get().port()).isEqualTo(IntOrString.of(8080));
  }

  @Test
  void explicitNullMeansNotSetAndEmptyLabelValueIsEmptyString() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    flag:\n"
        + "spec:\n  containers: null\n  restartPolicy: ~\n";

    Pod pod = (Pod) ManifestReader.read(yaml).get(0);

    assertThat(pod.metadata().labels()).containsExactly(Map.entry("flag", ""));
    assertThat(pod.spec().containers()).isEmpty();
    assertThat(pod.spec().restartPolicy()).isEmpty();
  }

  @Test
  void resolvesAnchorsAliasesAndMergeKeys() {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: Pod",
        "spec:",
        "  containers:",
        "  - &app {name: app, image: nginx, env: [{name: A, value: x}]}",
        "  - <<: *app",
        "    name: copy",
        "");

    Pod pod = (Pod) ManifestReader.read(yaml).get(0);

    assertThat(pod.spec().containers()).extracting(Container::name).containsExactly("app", "copy");
    assertThat(pod.spec().containers().get(1).image()).isEqualTo("nginx");
    assertThat(pod.spec().containers().get(1).env())
        .isEqualTo(pod.spec().containers().get(0).env());
  }

  @Test
  void yamlLineBreakCharactersRoundTrip() {
    // Found by the round-trip property: an unquoted NEL came back as a space.
    for (String name : List.of("\u0085", "a\u0085b", "\u2028", "\u2029", "\r")) {
      Pod pod = Pod.builder().spec(PodSpec.builder()
          .addContainer(Container.builder().name(name).image("app:1").build()).build()).build();
      assertThat(ManifestReader.read(PodYaml.toYaml(pod))).containsExactly(pod);
    }
  }
}
