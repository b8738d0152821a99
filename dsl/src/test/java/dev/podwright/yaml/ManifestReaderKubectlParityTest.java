package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.Deployment;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader reads what kubectl reads (sigs.k8s.io/yaml over go-yaml v2), where go-yaml and
 * SnakeYAML disagree; each decision is in the README's YAML section. The last test checks the
 * cases against the real decoder where Go is installed.
 */
class ManifestReaderKubectlParityTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

  @Test
  void emptyValuesReadAsAbsentEverywhere() {
    Pod pod = (Pod) ManifestReader.read(POD + """
          annotations:
          labels:
        spec:
          securityContext:
          containers:
            - name: app
              image: nginx
              args:
              env:
              resources:
              x-unknown:
          x-unknown:
        status:
        """).get(0);

    assertThat(pod.metadata().annotations()).isEmpty();
    assertThat(pod.metadata().labels()).isEmpty();
    assertThat(pod.spec().securityContext()).isEmpty();
    Container app = pod.spec().containers().get(0);
    assertThat(app.args()).isEmpty();
    assertThat(app.resources()).isEmpty();
    assertThat(app.unknownFields()).isEmpty();
    assertThat(pod.spec().unknownFields()).isEmpty();
    assertThat(pod.unknownFields()).isEmpty();
    assertThat(PodYaml.toYaml(pod)).isEqualTo(POD + """
        spec:
          containers:
            - name: app
              image: nginx
        """);
  }

  @Test
  void aStreamThatStartsWithABraceIsJsonObjectsOneAfterAnother() {
    // kubectl's YAMLOrJSONDecoder reads such a stream with a JSON decoder: objects need no
    // "---" between them (as "kubectl get -o json" of several names prints them)
    var objects = ManifestReader.read("""

          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
           "spec": {"containers": [{"name": "c", "image": "busybox"}]}}
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"},
         "spec": {"containers": [{"name": "c", "image": "busybox"}]}}{"apiVersion": "v1",
         "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "c"},
         "spec": {"containers": [{"name": "c", "image": "busybox"}]}}]}
        """);

    assertThat(objects).extracting(o -> ((Pod) o).metadata().name())
        .containsExactly("a", "b", "c");
  }

  @Test
  void aJsonStreamKeepsLinesAndStrictTypes() {
    assertThatThrownBy(() -> ManifestReader.read("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
         "spec": {"containers": [{"name": "c", "image": "busybox",
           "ports": [{"containerPort": "80"}]}]}}
        """))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("line 3, column ")
        .hasMessageContaining("spec.containers[0].ports[0].containerPort: expected an integer");
  }

  @Test
  void nullItemsAndMapValuesAreGoZeroValues() {
    Pod pod = (Pod) ManifestReader.read(POD + """
          labels:
            app:
        spec:
          containers:
            - name: app
              image: nginx
              args: [a, ~, ""]
              ports:
                -
          x-unknown: {a: ~}
        """).get(0);

    assertThat(pod.metadata().labels()).containsExactly(Map.entry("app", ""));
    Container app = pod.spec().containers().get(0);
    assertThat(app.args()).containsExactly("a", "", "");
    assertThat(app.ports()).hasSize(1); // a zero ContainerPort, which the validator reports
    assertThat(pod.spec().unknownFields().get("x-unknown")).isEqualTo(
        Map.of("a", dev.podwright.model.Extensible.NULL));
  }

  @Test
  void nullResourceQuantityIsGoZeroQuantity() {
    // kubernetes/kops channels/src/operators/coredns.addons.x-k8s.io/resources.yaml writes
    // `cpu: null`; Quantity.UnmarshalJSON decodes "null" as the zero Quantity, not an error.
    Pod pod = (Pod) ManifestReader.read(POD + """
        spec:
          containers:
            - name: app
              image: nginx
              resources:
                limits:
                  cpu: null
                  memory: 100Mi
                requests: {cpu: ~}
        """).get(0);

    Container app = pod.spec().containers().get(0);
    assertThat(app.resources().orElseThrow().limits()).containsExactly(
        Map.entry("cpu", Quantity.ZERO), Map.entry("memory", Quantity.parse("100Mi")));
    assertThat(app.resources().orElseThrow().requests()).containsExactly(Map.entry("cpu", Quantity.ZERO));
  }

  @Test
  void plainScalarsHaveGoYamlV2Types() {
    Pod pod = (Pod) ManifestReader.read(POD + """
        spec:
          terminationGracePeriodSeconds: 0o17
          activeDeadlineSeconds: 1_000
          hostNetwork: y
          containers:
            - name: app
              image: nginx
              ports:
                - containerPort: 08
                - containerPort: 8e1
              x-values: [on, Off, n, 0x_1F, 0b-1, 1e1_0, 2001-1-2, 1e400, .5]
        """).get(0);

    assertThat(pod.spec().terminationGracePeriodSeconds()).contains(15L);
    assertThat(pod.spec().activeDeadlineSeconds()).contains(1000L);
    assertThat(pod.spec().hostNetwork()).contains(true);
    Container app = pod.spec().containers().get(0);
    assertThat(app.ports()).extracting(p -> p.containerPort()).containsExactly(8, 80);
    assertThat(app.unknownFields().get("x-values")).isEqualTo(List.of(true, false, false, 31L,
        -1L, new BigDecimal("1e10"), "2001-1-2", "1e400", new BigDecimal(".5")));
    assertThat(failure(POD + "spec:\n  terminationGracePeriodSeconds: 1.5\n"))
        .hasMessage("line 6, column 34: spec.terminationGracePeriodSeconds: expected an "
            + "integer, found 1.5");
  }

  @Test
  void readsTheDoubleQuoteEscapesGoYamlReads() {
    Pod pod = (Pod) ManifestReader.read(POD.replace("name: web",
        "name: web\n  annotations:\n    a: \"it\\'s \\x41\\u00e9\\U0001F600 \\N\\_\\L\\P\\e\\0\\\ttab\"")
        + "spec: {}\n").get(0);

    assertThat(pod.metadata().annotations().get("a"))
        .isEqualTo("it's A\u00e9\uD83D\uDE00 \u0085\u00a0\u2028\u2029\u001b\u0000\ttab");
    assertThat(failure(POD + "x: \"a\\/b\"\n")).hasMessageContaining("found unknown escape");
  }

  @Test
  void keepsEmptyObjectsTheAuthorWrote() {
    String yaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {}
        spec:
          selector:
            matchLabels:
              app: a
          template:
            metadata: {}
            spec:
              volumes:
                - name: scratch
                  emptyDir: {}
              containers:
                - name: app
                  image: x
                  resources: {}
                  securityContext: {}
              affinity: {}
          strategy: {}
        """;
    Deployment d = (Deployment) ManifestReader.read(yaml).get(0);

    assertThat(PodYaml.toYaml(d)).isEqualTo(yaml);
    assertThat(d.spec().template().keepsEmptyMetadata()).isTrue();
    // The flag is not part of the value: the same template without it is equal, and the DSL's
    // templates (which never set it) leave an empty metadata out, as Go does.
    assertThat(d.spec().template()).isEqualTo(PodTemplateSpec.builder()
        .from(d.spec().template()).keepsEmptyMetadata(false).build());
    assertThat(PodYaml.toYaml((Deployment) ManifestReader.read(
        yaml.replace("    metadata: {}\n", "    metadata:\n")).get(0)))
        .doesNotContain("    metadata: {}");
  }

  @Test
  void refusesDuplicateKeysTabIndentationAndControlCharacters() {
    // kubectl's YAMLToJSON silently keeps the last of duplicate keys (kubernetes#99286);
    // the API server's strict decoding and go-yaml v3 refuse them, and so does Podwright.
    assertThat(failure(POD + "  name: other\n"))
        .hasMessage("line 5, column 3: metadata: duplicate key \"name\"");
    assertThat(failure(POD + "spec:\n\tcontainers: []\n").getMessage())
        .startsWith("line 6, column 1: found character '\\\t(TAB)' that cannot start any token");
    assertThat(failure(POD + "x: \"\u0007\"\n").getMessage())
        .contains("special characters are not allowed");
  }

  @Test
  void crLfLineBreaksAreFineButTabsBetweenTokensAreNot() {
    Pod pod = (Pod) ManifestReader.read((POD + "spec:\n  hostNetwork: true\n").replace("\n",
        "\r\n")).get(0);
    assertThat(pod.spec().hostNetwork()).contains(true);
    // go-yaml takes a TAB after "key:" for a space; SnakeYAML's scanner does not (documented)
    assertThat(failure(POD + "spec:\n  hostNetwork:\ttrue\n").getMessage())
        .startsWith("line 6, column 15: found character '\\\t(TAB)' that cannot start any token");
  }

  /**
   * Each snippet is accepted by Podwright exactly when sigs.k8s.io/yaml accepts it, except for
   * the documented refusals: duplicate keys, non-standard tags and TABs between tokens.
   */
  @Test
  void acceptsWhatKubectlAccepts() throws Exception {
    List<String> accepted = List.of("a: {b: 1,}\nc: [1, 2,]\n",
        "a: \"it\\'s\"\n", "a: b\r\nc: d\r\n", "a:\nb: ~\n", "a: [y, n, 0o1_7, 08, 1e1_0]\n",
        "a: 'it''s'\n", "a: b\n  c\n", "a: b#c\n", "a: &x {b: 1}\nc: *x\n",
        "a: {<<: {b: 1}, c: 2}\n", "a: b\t\n");
    List<String> refused = List.of("a:\n\tb: c\n", "a: \"x\\/y\"\n", "a: \"\\ud800\"\n",
        "a: |\n\tx\n", "a: \"\u0007\"\n", "? [a]\n: b\n", "a: - b\n", "- a\n-\tb\n",
        "a: .inf\n");
    List<String> refusedByPodwrightOnly = List.of("a: 1\na: 2\n", "a: !!binary aGVsbG8=\n",
        "a:\tb\n");
    StringBuilder stream = new StringBuilder();
    List<String> all = new ArrayList<>(accepted);
    all.addAll(refused);
    all.addAll(refusedByPodwrightOnly);
    for (String snippet : all) {
      stream.append(stream.length() == 0 ? "" : "---\n").append(snippet);
    }
    List<GoYamlDecoder.Decoded> go = GoYamlDecoder.decode(stream.toString());

    for (int i = 0; i < all.size(); i++) {
      String snippet = all.get(i);
      boolean kubectl = go.get(i).v2Error() == null;
      boolean podwright = reads(snippet);
      assertThat(kubectl).as("kubectl accepts " + Values.quote(snippet))
          .isEqualTo(i < accepted.size() || refusedByPodwrightOnly.contains(snippet));
      assertThat(podwright).as("Podwright accepts " + Values.quote(snippet))
          .isEqualTo(i < accepted.size());
    }
  }

  private static boolean reads(String snippet) {
    try {
      ManifestReader.read("apiVersion: v1\nkind: Pod\nx:\n" + snippet.replaceAll("(?m)^", "  "));
      return true;
    } catch (ManifestException e) {
      return false;
    }
  }

  private static ManifestException failure(String yaml) {
    return (ManifestException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ManifestReader.read(yaml));
  }
}
