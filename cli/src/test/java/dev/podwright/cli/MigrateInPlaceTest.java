package dev.podwright.cli;

import static dev.podwright.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.cli.ValidateCommandTest.Run;
import dev.podwright.model.KubernetesObject;
import dev.podwright.sidecar.SidecarMigration;
import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.UnknownKinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} edits text: hand-written messy files with their exact expected output, the
 * refusals, and generated files of many shapes checked against the model migration.
 */
class MigrateInPlaceTest {
  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  static final String MESSY = """
      # Application manifests
      ---
      apiVersion: v1
      kind: Service   # the front door
      metadata:
        name: web
      spec:
        ports: [{port: 80, targetPort: 8080}]
      --- # the deployment
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: "web"
        labels: {app: web}
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            # main containers
            containers:
            - name: "app"
              image: 'nginx:1.27'   # pinned
              ports:
              - containerPort: 8080
            # the log shipper
            - name: "shipper"
              image: fluent/fluent-bit:4.0.3
              args:
                - --config
                - |
                  [INPUT]
                    Name tail
              #  resources: {}
            volumes:
            - name: logs
              emptyDir: {}
      ...
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: cfg}
      data:
        a: 'b'
      """;

  @Test
  void movesOnlyTheBlockAndKeepsEverythingElse() throws IOException {
    Run run = run("migrate", file("app.yaml", MESSY).toString(), "--sidecar", "shipper");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(MESSY.replace("""
              # main containers
              containers:
              - name: "app"
                image: 'nginx:1.27'   # pinned
                ports:
                - containerPort: 8080
              # the log shipper
              - name: "shipper"
                image: fluent/fluent-bit:4.0.3
                args:
                  - --config
                  - |
                    [INPUT]
                      Name tail
                #  resources: {}
        """, """
              initContainers:
              # the log shipper
              - name: "shipper"
                image: fluent/fluent-bit:4.0.3
                restartPolicy: "Always"
                args:
                  - --config
                  - |
                    [INPUT]
                      Name tail
                #  resources: {}
              # main containers
              containers:
              - name: "app"
                image: 'nginx:1.27'   # pinned
                ports:
                - containerPort: 8080
        """));
    assertThat(run.err()).contains("Deployment/web (line 10): moved "
        + "spec.template.spec.containers[1] (shipper) to spec.template.spec.initContainers[0]");
  }

  @Test
  void keepsCrlfAndByteOrderMarkAndReindentsIntoExistingInitContainers() throws IOException {
    String pod = "\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n"
        + "  containers:\r\n"
        + "      - name: app\r\n"
        + "        image: app:1\r\n"
        + "      - name: proxy\r\n"
        + "        image: envoy:1\r\n"
        + "  initContainers:\r\n"
        + "  - name: setup\r\n"
        + "    image: setup:1\r\n";
    Path file = Files.write(dir.resolve("pod.yaml"), pod.getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    Run run = run("migrate", file.toString(), "--sidecar", "proxy", "--write");

    assertThat(run.exit()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file); // no temporary file left behind
    }
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(
        "\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n"
            + "  containers:\r\n"
            + "      - name: app\r\n"
            + "        image: app:1\r\n"
            + "  initContainers:\r\n"
            + "  - name: proxy\r\n"
            + "    image: envoy:1\r\n"
            + "    restartPolicy: Always\r\n"
            + "  - name: setup\r\n"
            + "    image: setup:1\r\n");
  }

  @Test
  void placesAfterTheNamedInitContainerAndHandlesFlowItemsAndLists() throws IOException {
    String list = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: batch/v1
          kind: CronJob
          metadata: {name: nightly}
          spec:
            schedule: "0 3 * * *"
            jobTemplate:
              spec:
                template:
                  spec:
                    restartPolicy: Never
                    initContainers: [{name: istio-init, image: 'istio/proxyv2:1.28.0'}]
                    containers:
                    - {name: work, image: 'acme/etl:3'}
                    - {name: 'istio-proxy', image: 'istio/proxyv2:1.28.0'}
        """;

    Run refused = run("migrate", file("list.yaml", list).toString(), "--sidecar", "istio-proxy",
        "--place-after", "istio-init");
    String blockInit = list.replace(
        "initContainers: [{name: istio-init, image: 'istio/proxyv2:1.28.0'}]",
        "initContainers:\n              - {name: istio-init, image: 'istio/proxyv2:1.28.0'}");
    Run run = run("migrate", file("list2.yaml", blockInit).toString(), "--sidecar",
        "istio-proxy", "--place-after", "istio-init");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("cannot edit in place: document 1 (CronJob \"nightly\"): "
        + "initContainers is in flow style ([...]); --rewrite rewrites");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(blockInit
        .replace("            - {name: 'istio-proxy', image: 'istio/proxyv2:1.28.0'}\n", "")
        .replace("- {name: istio-init, image: 'istio/proxyv2:1.28.0'}\n",
            "- {name: istio-init, image: 'istio/proxyv2:1.28.0'}\n"
                + "              - {name: 'istio-proxy', image: 'istio/proxyv2:1.28.0', "
                + "restartPolicy: 'Always'}\n"));
  }

  @Test
  void refusesUnsafeEditsUnlessRewriteIsAllowed() throws IOException {
    String anchors = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - &app {name: app, image: app:1}
          - name: proxy
            image: envoy:1
            env: [{name: A, value: &a "1"}, {name: B, value: *a}]
        """;
    String anchorsElsewhere = anchors.replace("&a \"1\"}, {name: B, value: *a}", "\"1\"}")
        .replace("- &app {name: app", "- {name: app")
        .replace("metadata: {name: p}", "metadata: {name: p, labels: {a: &l x, b: *l}}");
    String flow = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"
        + "spec: {containers: [{name: app, image: app:1}, {name: proxy, image: envoy:1}]}\n";
    String tabs = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
        + "  - name: app\n    image: app:1\n  - name: proxy\n \timage: envoy:1\n";
    String json = """
        {
        \t"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
        \t"spec": {"containers": [{"name": "app", "image": "app:1"},
        \t  {"name": "proxy", "image": "envoy:1"}]}
        }
        """;
    String service = "# keep me\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n";

    assertThat(run("migrate", file("a.yaml", anchors).toString(), "--sidecar", "proxy").err())
        .contains("containers defines an anchor (&app)");
    String sharedMount = anchors.replace("- &app {name: app, image: app:1}",
        "- {name: app, image: app:1, volumeMounts: [&m {name: d, mountPath: /d}]}")
        .replace("env: [{name: A, value: &a \"1\"}, {name: B, value: *a}]", "volumeMounts: [*m]");
    assertThat(run("migrate", file("m.yaml", sharedMount).toString(), "--sidecar", "proxy")
        .err()).contains("containers defines an anchor (&m)");
    Run elsewhere = run("migrate", file("e.yaml", anchorsElsewhere).toString(), "--sidecar",
        "proxy");
    assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
    assertThat(elsewhere.out()).contains("- {name: app, image: app:1}", "{a: &l x, b: *l}",
        "  - name: proxy\n    image: envoy:1\n    restartPolicy: Always\n");
    assertThat(run("migrate", file("f.yaml", flow).toString(), "--sidecar", "proxy").err())
        .contains("containers is in flow style ([...], as in JSON)");
    Run tab = run("migrate", file("t.yaml", tabs).toString(), "--sidecar", "proxy");
    assertThat(tab.exit()).isEqualTo(2);
    Run jsonRun = run("migrate", file("p.json", json).toString(), "--sidecar", "proxy");
    assertThat(jsonRun.exit()).isEqualTo(2);
    assertThat(jsonRun.err()).contains("cannot edit in place: JSON input is not edited in place");

    Run rewritten = run("migrate", file("r.yaml", service + flow).toString(), "--sidecar",
        "proxy", "--rewrite");
    assertThat(rewritten.exit()).isZero();
    assertThat(rewritten.out()).startsWith(service + "apiVersion: v1\nkind: Pod\n")
        .contains("  initContainers:\n    - name: proxy\n      image: envoy:1\n"
            + "      restartPolicy: Always\n");
    Run jsonRewritten = run("migrate", dir.resolve("p.json").toString(), "--sidecar", "proxy",
        "--rewrite");
    assertThat(jsonRewritten.exit()).isZero();
    assertThat(jsonRewritten.out()).startsWith("{\n  \"apiVersion\": \"v1\",")
        .contains("\"restartPolicy\": \"Always\"");
    assertThat(ManifestReader.read(jsonRewritten.out()).get(0)).isEqualTo(migrate(
        ManifestReader.read(JsonText.forYamlReader(json)).get(0), List.of("proxy")));
  }

  @Test
  void diffShowsOnlyTheMoveAndWriteIsAllOrNothing() throws IOException {
    Path app = file("app.yaml", MESSY);
    Path broken = file("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [}\n");

    Run diff = run("migrate", app.toString(), "--sidecar", "shipper", "--diff");
    Run both = run("migrate", app.toString(), broken.toString(), "--sidecar", "shipper",
        "--write");
    Run several = run("migrate", app.toString(), app.toString(), "--sidecar", "shipper");

    assertThat(diff.exit()).isZero();
    assertThat(diff.out()).startsWith("--- a/" + app + "\n+++ b/" + app + "\n@@ ")
        .contains("+        restartPolicy: \"Always\"\n", "+      initContainers:\n");
    assertThat(diff.out().lines().filter(l -> l.startsWith("+") || l.startsWith("-"))
        .filter(l -> !l.startsWith("+++") && !l.startsWith("---")))
        .allMatch(l -> !l.contains("Service") && !l.contains("ConfigMap"));
    assertThat(both.exit()).isEqualTo(2);
    assertThat(Files.readString(app)).isEqualTo(MESSY);
    assertThat(several.exit()).isEqualTo(2);
    assertThat(several.err()).contains("several files: use --diff");
    Run proposals = run("migrate", app.toString(), app.toString(), "--auto");
    assertThat(proposals.exit()).isZero();
    assertThat(proposals.err()).contains("proposal: spec.template.spec.containers[1] (shipper)");
  }

  // ---- generated shapes ------------------------------------------------------------------

  /** How many files the generated test writes; the seed is fixed, -Dpodwright.seed changes it. */
  private static final int FILES = 200;

  @Test
  void generatedFilesChangeOnlyTheMovedBlocksAndReadBackAsTheModelMigration()
      throws IOException {
    Random random = new Random(Long.getLong("podwright.seed", 13L));
    for (int n = 0; n < FILES; n++) {
      Generated g = generate(random);
      Path file = file("gen-" + n + ".yaml", g.text);
      String[] args = {"migrate", file.toString(), "--sidecar", String.join(",", g.moved)};

      Run run = run(args);

      assertThat(run.exit()).as("%s\n%s\n%s", run.err(), g.text, String.join(" ", args))
          .isZero();
      String out = run.out();
      // Read back, it is exactly the model migration of the original.
      List<ManifestDocument> before = ManifestReader.readManifest(g.text, UnknownKinds.SKIP)
          .documents();
      List<ManifestDocument> after = ManifestReader.readManifest(out, UnknownKinds.SKIP)
          .documents();
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        assertThat(after.get(i).object()).as(g.text)
            .isEqualTo(migrate(before.get(i).object(), g.moved));
      }
      // Other documents stay byte for byte.
      assertThat(out).as(g.text).startsWith(g.prefix).endsWith(g.suffix);
      // Line by line (indentation aside), only restartPolicy and a new initContainers key are
      // added, and only an empty initContainers line goes.
      Map<String, Integer> delta = new HashMap<>();
      String inFlow = ", restartPolicy: " + g.quote("Always") + "}";
      out.lines().forEach(l -> {
        if (l.endsWith(inFlow)) { // a flow-style container: the policy goes inside its braces
          delta.merge("restartPolicy: " + g.quote("Always"), 1, Integer::sum);
          l = l.replace(inFlow, "}");
        }
        delta.merge(l.strip(), 1, Integer::sum);
      });
      g.text.lines().forEach(l -> delta.merge(l.strip(), -1, Integer::sum));
      delta.values().removeIf(v -> v == 0);
      Map<String, Integer> expected = new HashMap<>();
      expected.put("restartPolicy: " + g.quote("Always"), g.moved.size());
      if (g.init != Init.BEFORE && g.init != Init.AFTER) {
        expected.put("initContainers:", 1);
      }
      if (g.init == Init.EMPTY) {
        expected.put("initContainers: []", -1);
      }
      assertThat(delta).as(g.text + "\n=>\n" + out).isEqualTo(expected);
      if (g.crlf) {
        assertThat(out.replace("\r\n", "")).as(out).doesNotContain("\n");
      }
    }
  }

  private static KubernetesObject migrate(KubernetesObject object, List<String> names) {
    return SidecarMigration.builder().sidecar(names.toArray(String[]::new)).skipMissing(true)
        .build().migrate(object).object();
  }

  enum Init { NONE, EMPTY, BEFORE, AFTER }

  /** A generated file, and what the test needs to know about it. */
  static final class Generated {
    String text;
    String prefix;
    String suffix;
    List<String> moved = new ArrayList<>();
    Init init;
    boolean crlf;
    int quoting;

    String quote(String s) {
      return switch (quoting) {
        case 1 -> "'" + s + "'";
        case 2 -> "\"" + s + "\"";
        default -> s;
      };
    }
  }

  private static Generated generate(Random r) {
    Generated g = new Generated();
    g.crlf = r.nextInt(4) == 0;
    g.quoting = r.nextInt(3);
    g.init = Init.values()[r.nextInt(4)];
    int unit = r.nextBoolean() ? 2 : 4;
    boolean indentedSeq = r.nextBoolean();
    boolean comments = r.nextBoolean();
    String kind = List.of("Pod", "Deployment", "CronJob", "Job").get(r.nextInt(4));
    StringBuilder pre = new StringBuilder(r.nextInt(5) == 0 ? "\uFEFF" : "");
    if (r.nextBoolean()) {
      pre.append("# generated\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n")
          .append("spec:\n  ports: [{port: 80}]\n");
      pre.append(r.nextBoolean() ? "---\n" : "--- # the workload\n");
    } else if (r.nextBoolean()) {
      pre.append("---\n");
    }
    String suffix = r.nextBoolean() ? "---\napiVersion: v1\nkind: ConfigMap\nmetadata: "
        + "{name: c}\ndata:\n  k: \"v\"  # note\n" : "";
    StringBuilder doc = new StringBuilder();
    String api = switch (kind) {
      case "Pod" -> "v1";
      case "Deployment" -> "apps/v1";
      default -> "batch/v1";
    };
    doc.append("apiVersion: ").append(api).append("\nkind: ").append(kind).append('\n');
    doc.append("metadata:\n").append(" ".repeat(unit)).append("name: ")
        .append(g.quote("w")).append('\n');
    doc.append("spec:\n");
    int depth = unit;
    switch (kind) {
      case "Deployment" -> {
        doc.append(pad(depth)).append("selector: {matchLabels: {app: w}}\n");
        doc.append(pad(depth)).append("template:\n");
        doc.append(pad(depth + unit)).append("metadata: {labels: {app: w}}\n");
        doc.append(pad(depth + unit)).append("spec:\n");
        depth += 2 * unit;
      }
      case "Job" -> {
        doc.append(pad(depth)).append("template:\n");
        doc.append(pad(depth + unit)).append("spec:\n");
        depth += 2 * unit;
        doc.append(pad(depth)).append("restartPolicy: Never\n");
      }
      case "CronJob" -> {
        doc.append(pad(depth)).append("schedule: '*/5 * * * *'\n");
        doc.append(pad(depth)).append("jobTemplate:\n");
        doc.append(pad(depth + unit)).append("spec:\n");
        doc.append(pad(depth + 2 * unit)).append("template:\n");
        doc.append(pad(depth + 3 * unit)).append("spec:\n");
        depth += 4 * unit;
        doc.append(pad(depth)).append("restartPolicy: OnFailure\n");
      }
      default -> { }
    }
    int dash = depth + (indentedSeq ? unit : 0);
    int containers = 2 + r.nextInt(3);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < containers; i++) {
      names.add("c" + i);
    }
    // Any but the first container may move; the model keeps the start order given.
    for (int i = 1; i < containers; i++) {
      if (r.nextInt(3) == 0 || i == containers - 1 && g.moved.isEmpty()) {
        g.moved.add(names.get(i));
      }
    }
    String initBlock = initContainers(g, depth, dash, comments);
    if (g.init == Init.BEFORE || g.init == Init.EMPTY) {
      doc.append(initBlock);
    }
    if (comments) {
      doc.append(pad(depth)).append("# the containers\n");
    }
    doc.append(pad(depth)).append("containers:").append(comments ? "  # main first\n" : "\n");
    for (String name : names) {
      container(doc, g, r, name, dash, comments);
    }
    if (g.init == Init.AFTER) {
      doc.append(initBlock);
    }
    if (r.nextBoolean()) {
      doc.append(pad(depth)).append("volumes:\n").append(pad(dash)).append("- name: v\n")
          .append(pad(dash + 2)).append("emptyDir: {}\n");
    }
    String text = pre + doc.toString() + suffix;
    String prefix = pre.toString();
    if (g.crlf) {
      text = text.replace("\n", "\r\n");
      prefix = prefix.replace("\n", "\r\n");
      suffix = suffix.replace("\n", "\r\n");
    }
    g.text = text;
    g.prefix = prefix;
    g.suffix = suffix;
    return g;
  }

  private static String initContainers(Generated g, int depth, int dash, boolean comments) {
    if (g.init == Init.NONE) {
      return "";
    }
    if (g.init == Init.EMPTY) {
      return pad(depth) + "initContainers: []\n";
    }
    String s = pad(depth) + "initContainers:\n";
    if (comments) {
      s += pad(dash) + "# setup first\n";
    }
    return s + pad(dash) + "- name: " + g.quote("setup") + "\n" + pad(dash + 2) + "image: "
        + g.quote("busybox:1.37") + "\n" + pad(dash + 2) + "command: [\"sh\", \"-c\", "
        + "\"true\"]\n";
  }

  private static void container(StringBuilder doc, Generated g, Random r, String name,
      int dash, boolean comments) {
    int key = dash + 2;
    if (comments && r.nextBoolean()) {
      doc.append(pad(dash)).append("# container ").append(name).append('\n');
    }
    if (r.nextInt(6) == 0) {
      doc.append(pad(dash)).append("- {name: ").append(g.quote(name)).append(", image: ")
          .append(g.quote("img/" + name + ":1")).append("}\n");
      return;
    }
    doc.append(pad(dash)).append("- name: ").append(g.quote(name)).append('\n');
    doc.append(pad(key)).append("image: ").append(g.quote("img/" + name + ":1"))
        .append(comments ? "   # pinned\n" : "\n");
    switch (r.nextInt(5)) {
      case 0 -> doc.append(pad(key)).append("ports:\n").append(pad(key)).append("- ")
          .append("containerPort: 80").append('\n');
      case 1 -> doc.append(pad(key)).append("env: [{name: A, value: 'x: y'}]\n");
      case 2 -> doc.append(pad(key)).append("args:\n").append(pad(key + 2)).append("- |\n")
          .append(pad(key + 4)).append("line one\n\n").append(pad(key + 4)).append("line three\n");
      case 3 -> doc.append(pad(key)).append("resources:\n").append(pad(key + 2))
          .append("requests: {cpu: 10m}\n").append(comments ? pad(key + 2) + "# limits: {}\n"
              : "");
      default -> { }
    }
    if (r.nextInt(4) == 0) {
      doc.append('\n');
    }
  }

  private static String pad(int n) {
    return " ".repeat(n);
  }
}
