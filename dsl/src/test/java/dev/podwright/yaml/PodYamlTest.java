package dev.podwright.yaml;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.Extensible;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.yaml.snakeyaml.Yaml;

class PodYamlTest {

  /**
   * Strings that a YAML 1.1 or 1.2 reader may resolve to something else (a boolean, null, a
   * number in some base, a date, a merge key) or that carry YAML syntax (indicators, comments,
   * leading or trailing blanks, line breaks).
   */
  static final List<String> TRICKY_STRINGS = List.of(
      // booleans of YAML 1.1 and 1.2
      "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
      "y", "Y", "n", "N", "true", "True", "TRUE", "false", "False", "FALSE",
      // nulls
      "null", "Null", "NULL", "~", "",
      // integers in every base and spelling
      "0", "00", "-0", "+0", "15001", "-1", "+1", "0123", "08", "09", "010", "0o17", "0O17",
      "0x1F", "0X1F", "0xG", "0b101", "-0b101", "1_000", "+1_000", "1__0", "_1", "1:20",
      "1:20:30", "190:20:30", "-1:20",
      // floats, infinities and NaN
      "1e3", "1E3", "1e-3", "1.5e+3", "6.8523015e+5", "685.230_15e+03", "685_230.15",
      "190:20:30.15", ".5", "-.5", "+.5", "5.", "1.0", "0.0", "1.", ".", "1e", "e3",
      ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN",
      // timestamps (1.1)
      "2024-01-01", "2024-1-1", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
      "2002-12-14T00:00:00Z",
      // merge and value keys, indicators, comments
      "<<", "=", "-", "--", "---", "...", "?", ":", "- dash", "? q", ": c", "a:", ":a", "a: b",
      "key: value", "a #b", "#comment", "a#b", "[a]", "{a}", "[", "}", ",comma", "1,000",
      "*alias", "&anchor", "!tag", "!!str", "%percent", "@at", "`back", "|", ">", "|-",
      "'single'", "\"double\"", "it's", "say \"hi\"",
      // blanks and line breaks
      " leading", "trailing ", " both ", "\ttab", "tab\t", "multi\nline", "line\n",
      "\nleading break", "a\n\nb", "windows\r\nbreak", "two  spaces",
      // unicode and control characters
      "unicode é", "emoji \uD83D\uDE42", "bell\u0007", "nbsp\u00A0", "\u00A0",
      // ordinary strings must survive too
      "--port=15001", "0.0.0.0", "1.2.3", "/bin/sh", "-c", "echo $(HOME)", "http://x:80/a?b=c",
      "sleep infinity");

  @Test
  void writesKubernetesKeyOrderAndNoEmptyFields() {
    Pod pod = pod("web").main(container("app").image("nginx:1.27")).build();
    assertThat(PodYaml.toYaml(pod)).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx:1.27
        """);
  }

  @Test
  void writesContainerNameFirstAndFieldsInGoOrder() {
    // Built in an order unlike Go's; the writer still follows the Go types.
    Container c = Container.builder()
        .securityContext(dev.podwright.model.SecurityContext.builder().runAsNonRoot(true).build())
        .imagePullPolicy("IfNotPresent")
        .addArg("--v=2")
        .image("nginx")
        .name("app")
        .build();
    Pod pod = Pod.builder()
        .spec(PodSpec.builder().restartPolicy("Never").addContainer(c).build())
        .metadata(ObjectMeta.builder().putLabel("b", "2").putLabel("a", "1").name("web").build())
        .build();
    assertThat(PodYaml.toYaml(pod)).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels:
            b: "2"
            a: "1"
        spec:
          containers:
            - name: app
              image: nginx
              args:
                - --v=2
              imagePullPolicy: IfNotPresent
              securityContext:
                runAsNonRoot: true
          restartPolicy: Never
        """);
  }

  @Test
  void writesBlockStyleOnly() {
    String yaml = pod("web")
        .sidecar(sidecar("proxy").image("envoy").args("a", "b").port("admin", 15000))
        .main(container("app").image("nginx").command("sh", "-c", "line one\nline two"))
        .label("app", "web")
        .toYaml();
    assertThat(yaml).doesNotContain("[", "]", "{", "}", "\"line one");
    assertThat(yaml).contains("""
                - |-
                  line one
                  line two
        """);
  }

  @Test
  void writesEmptyObjectsThatCarryMeaning() {
    // emptyDir: {} is a volume source, not an empty field.
    String yaml = pod("web")
        .main(container("app").image("nginx")
            .volumeMount(dev.podwright.dsl.Pods.emptyDir("scratch"), "/scratch"))
        .toYaml();
    assertThat(yaml).contains("""
              emptyDir: {}
        """);
  }

  @Test
  void trickyStringsReadBackAsTheSameStringsInYaml11And12() {
    Pod pod = pod("web")
        .main(container("app").image("nginx").args(TRICKY_STRINGS.toArray(new String[0]))
            .env("A", "yes"))
        .label("on", "off")
        .annotation("0123", "1e3")
        .build();
    String yaml = PodYaml.toYaml(pod);

    for (Object document : readers(yaml)) {
      Map<?, ?> container = firstContainer(document);
      assertThat(container.get("args")).isEqualTo(TRICKY_STRINGS);
      Map<?, ?> metadata = (Map<?, ?>) ((Map<?, ?>) document).get("metadata");
      assertThat(metadata.get("labels")).isEqualTo(Map.of("on", "off"));
      assertThat(metadata.get("annotations")).isEqualTo(Map.of("0123", "1e3"));
      assertThat(container.get("env")).isEqualTo(List.of(Map.of("name", "A", "value", "yes")));
    }
  }

  @Test
  void trickyStringsInEveryPositionReadBackAsStrings() {
    for (String s : TRICKY_STRINGS) {
      Map<String, Object> unknown = new LinkedHashMap<>();
      unknown.put(s, s);
      Pod pod = Pod.builder()
          .metadata(ObjectMeta.builder().name("web").putLabel("k", s).build())
          .spec(PodSpec.builder().addContainer(Container.builder().name("app").image("nginx")
              .addCommand(s).build()).build())
          .putAllUnknownFields(Map.of("x", unknown))
          .build();
      String yaml = PodYaml.toYaml(pod);
      for (Object document : readers(yaml)) {
        Map<?, ?> map = (Map<?, ?>) document;
        assertThat(firstContainer(document).get("command")).as(yaml).isEqualTo(List.of(s));
        assertThat(((Map<?, ?>) map.get("metadata")).get("labels")).as(yaml)
            .isEqualTo(Map.of("k", s));
        assertThat(map.get("x")).as(yaml).isEqualTo(Map.of(s, s));
      }
    }
  }

  @Test
  void numbersAndBooleansStayNumbersAndBooleans() {
    Pod pod = pod("web")
        .main(container("app").image("nginx").port("http", 15001)
            .readinessProbe(readinessProbe(tcpSocket(15001)).successThreshold(2)
                .periodSeconds(10)))
        .terminationGracePeriodSeconds(30)
        .hostNetwork(false)
        .build();
    for (Object document : readers(PodYaml.toYaml(pod))) {
      Map<?, ?> container = firstContainer(document);
      Map<?, ?> port = (Map<?, ?>) ((List<?>) container.get("ports")).get(0);
      assertThat(port.get("containerPort")).isEqualTo(15001);
      assertThat(port.get("name")).isEqualTo("http");
      Map<?, ?> probe = (Map<?, ?>) container.get("readinessProbe");
      assertThat(probe.get("successThreshold")).isEqualTo(2);
      assertThat(probe.get("periodSeconds")).isEqualTo(10);
      assertThat(((Map<?, ?>) probe.get("tcpSocket")).get("port")).isEqualTo(15001);
      Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) document).get("spec");
      assertThat(spec.get("terminationGracePeriodSeconds")).isEqualTo(30);
      assertThat(spec.get("hostNetwork")).isEqualTo(false);
    }
  }

  @Test
  void writesUnknownFieldsLastAndExplicitNulls() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("phase", "Running");
    status.put("podIP", Extensible.NULL);
    status.put("restarts", 3L);
    status.put("ready", true);
    status.put("conditions", List.of("a", "yes"));
    Pod pod = Pod.builder()
        .metadata(ObjectMeta.builder().name("web").build())
        .spec(PodSpec.builder()
            .addContainer(Container.builder().name("app").image("nginx").build())
            .putUnknownField("affinity", Map.of("nodeAffinity", Map.of()))
            .build())
        .putUnknownField("status", status)
        .build();
    assertThat(PodYaml.toYaml(pod)).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx
          affinity:
            nodeAffinity: {}
        status:
          phase: Running
          podIP: null
          restarts: 3
          ready: true
          conditions:
            - a
            - "yes"
        """);
  }

  @Test
  void sameInputGivesSameBytesRunAfterRunAndAcrossThreads() throws Exception {
    Pod pod = pod("web")
        .sidecar(sidecar("proxy").image("envoy").args(TRICKY_STRINGS.toArray(new String[0])))
        .main(container("app").image("nginx").port(8080))
        .label("a", "1").label("b", "yes").annotation("c", "0123")
        .build();
    String first = PodYaml.toYaml(pod);
    assertThat(PodYaml.toYaml(pod)).isEqualTo(first);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> renders = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        renders.add(pool.submit(() -> PodYaml.toYaml(pod)));
      }
      for (Future<String> render : renders) {
        assertThat(render.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void streamSeparatesDocumentsWithDashes() {
    Pod web = pod("web").main(container("app").image("nginx")).build();
    Pod db = pod("db").main(container("db").image("postgres")).build();
    String stream = PodYaml.toYamlStream(List.of(web, db));
    assertThat(stream).isEqualTo(PodYaml.toYaml(web) + "---\n" + PodYaml.toYaml(db));
    assertThat(stream).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: db
        spec:
          containers:
            - name: db
              image: postgres
        """);
    List<Object> documents = new ArrayList<>();
    new Yaml().loadAll(stream).forEach(documents::add);
    assertThat(documents).hasSize(2);
    new Load(LoadSettings.builder().build()).loadAllFromString(stream).forEach(documents::add);
    assertThat(documents).hasSize(4);

    assertThat(PodYaml.toYamlStream(List.of())).isEmpty();
    assertThat(PodYaml.toYamlStream(List.of(web))).isEqualTo(PodYaml.toYaml(web));
    StringWriter out = new StringWriter();
    PodYaml.writeStream(List.of(web, db), out);
    assertThat(out).hasToString(stream);
  }

  @Test
  void rejectsNullArguments() {
    Pod web = pod("web").main(container("app").image("nginx")).build();
    assertThatThrownBy(() -> PodYaml.toYaml(null)).hasMessage("object == null");
    assertThatThrownBy(() -> PodYaml.toYamlStream(null)).hasMessage("objects == null");
    assertThatThrownBy(() -> PodYaml.write(web, null)).hasMessage("out == null");
    assertThatThrownBy(() -> PodYaml.writeStream(List.of(), null)).hasMessage("out == null");
  }

  /** Reads with SnakeYAML (YAML 1.1) and snakeyaml-engine (YAML 1.2, JSON and core schemas). */
  private static List<Object> readers(String yaml) {
    return List.of(
        new Yaml().load(yaml),
        new Load(LoadSettings.builder().build()).loadFromString(yaml),
        new Load(LoadSettings.builder().setSchema(new JsonSchema()).build()).loadFromString(yaml),
        new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml));
  }

  private static Map<?, ?> firstContainer(Object document) {
    Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) document).get("spec");
    return (Map<?, ?>) ((List<?>) spec.get("containers")).get(0);
  }
}
