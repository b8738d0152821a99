package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManifestReaderErrorsTest {
  /**
   * Catches a hang (an alias bomb that is not refused would run for minutes), not a speed target:
   * loaded CI machines took over 10 s for the huge-document cases, so the guard is generous.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n";

  /** Reads {@code yaml}, expecting a failure within a generous hang guard; returns the error. */
  private static ManifestException failure(String yaml) {
    ManifestException[] caught = new ManifestException[1];
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      ThrowingCallable read = () -> ManifestReader.read(yaml);
      assertThatThrownBy(read).isInstanceOf(ManifestException.class)
          .satisfies(e -> caught[0] = (ManifestException) e);
    });
    assertThat(caught[0].getMessage()).doesNotContain("\n").startsWith("line ");
    return caught[0];
  }

  @Test
  void wrongScalarTypeNamesLineColumnAndFieldPath() {
    ManifestException e = failure(POD
        + "  containers:\n"
        + "  - name: app\n"
        + "    image: nginx\n"
        + "    ports:\n"
        + "    - containerPort: http\n");

    assertThat(e).hasMessage("line 10, column 22: spec.containers[0].ports[0].containerPort: "
        + "expected an integer, found \"http\"");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.column()).isEqualTo(22);
    assertThat(e.field()).isEqualTo("spec.containers[0].ports[0].containerPort");
  }

  @Test
  void quotedNumberIsNotAnInteger() {
    assertThat(failure(POD + "  terminationGracePeriodSeconds: \"30\"\n"))
        .hasMessage("line 6, column 34: spec.terminationGracePeriodSeconds: "
            + "expected an integer, found \"30\"");
  }

  @Test
  void unquotedNumberIsNotAString() {
    assertThat(failure(POD + "  containers:\n  - name: app\n    env:\n    - name: PORT\n"
        + "      value: 8080\n"))
        .hasMessage("line 10, column 14: spec.containers[0].env[0].value: "
            + "expected a string, found 8080");
  }

  @Test
  void booleansMustBeBooleans() {
    assertThat(failure(POD + "  hostNetwork: \"true\"\n"))
        .hasMessage("line 6, column 16: spec.hostNetwork: expected a boolean, found \"true\"");
  }

  @Test
  void outOfRangeIntegers() {
    assertThat(failure(POD + "  containers:\n  - ports:\n    - containerPort: 3000000000\n"))
        .hasMessage("line 8, column 22: spec.containers[0].ports[0].containerPort: "
            + "expected a 32-bit integer, found 3000000000");
    assertThat(failure(POD + "  activeDeadlineSeconds: 1.5\n"))
        .hasMessage("line 6, column 26: spec.activeDeadlineSeconds: "
            + "expected an integer, found 1.5");
  }

  @Test
  void wrongStructure() {
    assertThat(failure(POD + "  containers:\n    name: app\n"))
        .hasMessage("line 7, column 5: spec.containers: expected a list, found a mapping");
    assertThat(failure(POD + "  nodeSelector: [a]\n"))
        .hasMessage("line 6, column 17: spec.nodeSelector: expected a mapping, found a list");
    assertThat(failure(POD + "  containers:\n  - name: app\n    args: [1]\n"))
        .hasMessage("line 8, column 12: spec.containers[0].args[0]: "
            + "expected a string, found 1");
    assertThat(failure("apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    n: 1\n"))
        .hasMessage("line 5, column 8: metadata.labels[n]: expected a string, found 1");
  }

  @Test
  void badQuantityGetsTheServersDecodeMessage() {
    assertThat(failure(POD + "  containers:\n  - resources:\n      limits:\n        cpu: abc\n"))
        .hasMessage("line 9, column 14: spec.containers[0].resources.limits[cpu]: "
            + "quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    assertThat(failure(POD + "  containers:\n  - resources:\n      requests: {memory: true}\n"))
        .hasMessage("line 8, column 26: spec.containers[0].resources.requests[memory]: "
            + "expected a quantity (a string or a number), found true");
  }

  @Test
  void probePortMustBeIntOrString() {
    assertThat(failure(POD + "  containers:\n  - livenessProbe:\n      tcpSocket: {port: 1.5}\n"))
        .hasMessage("line 8, column 25: spec.containers[0].livenessProbe.tcpSocket.port: "
            + "expected an integer or a string, found 1.5");
  }

  @Test
  void unknownKindListsTheSupportedOnes() {
    assertThat(failure("apiVersion: v1\nkind: Foo\n"))
        .hasMessage("line 2, column 7: unknown kind \"Foo\" (apiVersion \"v1\"); supported: "
            + "CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet");
    assertThat(failure("apiVersion: apps/v1\nkind: Pod\n"))
        .hasMessage("line 2, column 7: kind \"Pod\" needs apiVersion \"v1\", found \"apps/v1\"");
    assertThat(failure("apiVersion: v1\nmetadata: {}\n"))
        .hasMessage("line 1, column 1: missing kind; supported: "
            + "CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet");
    assertThat(failure("- a\n- b\n"))
        .hasMessage("line 1, column 1: expected a Kubernetes object (a mapping), found a list");
  }

  @Test
  void errorsInLaterDocumentsNameTheirLine() {
    assertThat(failure("apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n"))
        .hasMessage("line 5, column 7: unknown kind \"Service\" (apiVersion \"v1\"); "
            + "supported: CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet");
  }

  @Test
  void malformedYaml() {
    assertThat(failure("apiVersion: v1\nkind: Pod\nmetadata: name: web\n"))
        .hasMessage("line 3, column 15: mapping values are not allowed here");
    assertThat(failure("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n"
        + " image: b\n").getMessage())
        .startsWith("line 6, column 2: expected <block end>, but found '<block mapping start>' "
            + "(while parsing a block mapping at line 1, column 1)");
    assertThat(failure("apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n").line())
        .isEqualTo(4);
    assertThat(failure("apiVersion: [v1\n").getMessage()).startsWith("line 2, column 1: ");
  }

  @Test
  void aMappingAsAFieldNameIsNamedInPlainWords() {
    // An unrendered template: {{ .Values.image }} is a flow mapping whose key is a mapping.
    assertThat(failure(POD + "  containers:\n  - name: app\n    image: {{ .Values.image }}\n"))
        .hasMessage("line 8, column 14: a field name must be a string, found a mapping "
            + "(an unrendered template such as {{ .Values.name }}?)");
    assertThat(failure(POD + "  nodeSelector:\n    ? [a, b]\n    : c\n").getMessage())
        .contains("a field name must be a string, found a sequence")
        .doesNotContain("snakeyaml");
  }

  @Test
  void duplicateKeys() {
    assertThat(failure("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n"))
        .hasMessage("line 5, column 3: metadata: duplicate key \"name\"");
  }

  @Test
  void refusesJavaAndCustomTags() {
    assertThat(failure("apiVersion: v1\nkind: Pod\nmetadata:\n  name: !!java.net.URL "
        + "[\"http://example.com\"]\n"))
        .hasMessage("line 4, column 9: metadata.name: tag !!java.net.URL is not allowed; "
            + "only the standard tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are");
    assertThat(failure("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
        + "[[!!java.net.URL [\"http://evil\"]]]]\n").getMessage())
        .startsWith("line 1, column 1: tag !!javax.script.ScriptEngineManager is not allowed");
    assertThat(failure("apiVersion: v1\nkind: Pod\nspec: !foo {}\n"))
        .hasMessageStartingWith("line 3, column 7: spec: tag !foo is not allowed");
    assertThat(failure("apiVersion: v1\n!!java.lang.Runtime kind: Pod\n"))
        .hasMessageStartingWith("line 2, column 1: tag !!java.lang.Runtime is not allowed");
  }

  @Test
  void acceptsStandardTags() {
    assertThat(ManifestReader.read("apiVersion: !!str v1\nkind: Pod\nmetadata: !!map\n"
        + "  name: !!str 123\n")).hasSize(1);
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n");
    yaml.append("    a: &a [").append("\"lol\",".repeat(8)).append("\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append("    ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
      }
      yaml.append("]\n");
    }

    assertThat(failure(yaml.toString()))
        .hasMessage("line 10, column 12: metadata.labels.f[0]: aliases expand to more than "
            + "100000 nodes");
  }

  @Test
  void refusesMoreThanFiftyAliases() {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nx: [&a 1");
    for (int i = 0; i < 51; i++) {
      yaml.append(", *a");
    }
    yaml.append("]\n");

    assertThat(failure(yaml.toString()).getMessage())
        .endsWith("x[51]: too many aliases: a document may use at most 50");
  }

  @Test
  void refusesAliasesThatExpandTooFar() {
    // 2 aliases per level stay under the alias count but double the size at every level.
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nx:\n  l0: &l0 [a, b]\n");
    for (int i = 1; i <= 24; i++) {
      yaml.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(", *l").append(i - 1).append("]\n");
    }

    assertThat(failure(yaml.toString()).getMessage())
        .contains("aliases expand to more than 100000 nodes");
  }

  @Test
  void refusesUndefinedAndRecursiveAliases() {
    assertThat(failure("apiVersion: v1\nkind: Pod\nx: &a [*a]\n"))
        .hasMessage("line 3, column 8: x[0]: found undefined alias *a");
  }

  @Test
  void refusesDeepNesting() {
    String yaml = "apiVersion: v1\nkind: Pod\nx: " + "[".repeat(10_000) + "]".repeat(10_000);

    assertThat(failure(yaml).getMessage())
        .contains("document nesting depth (101) exceeds the maximum allowed (100)");
    StringBuilder block = new StringBuilder("apiVersion: v1\nkind: Pod\nx:\n");
    for (int i = 1; i <= 10_000; i++) {
      block.append(" ".repeat(i)).append("k:\n");
    }
    assertThat(failure(block.toString()).getMessage()).contains("nesting depth");
  }

  @Test
  void refusesHugeDocumentsWordsAndStrings() {
    StringBuilder huge = new StringBuilder("apiVersion: v1\nkind: Pod\nx:\n");
    for (int i = 0; huge.length() < 4 << 20; i++) {
      huge.append("  k").append(i).append(": value\n");
    }
    assertThat(failure(huge.toString()).getMessage())
        .endsWith("the incoming YAML document exceeds the limit: 3145728 code points.");

    String word = "apiVersion: v1\nkind: Pod\nx: \"" + "x".repeat(8 << 20) + "\"\n";
    assertThat(failure(word))
        .hasMessage("line 3, column 262148: x: more than 262144 characters without a space or "
            + "line break");

    String longString = "apiVersion: v1\nkind: Pod\nx: " + "xxxxxxx ".repeat(1 << 17) + "x\n";
    assertThat(failure(longString))
        .hasMessage("line 3, column 4: x: string of 1048577 characters exceeds the limit of "
            + "1048576");

    assertThat(failure("apiVersion: v1\nkind: Pod\nx: " + "9".repeat(200) + "\n"))
        .hasMessage("line 3, column 4: x: number of 200 characters exceeds the limit of 100");
  }

  @Test
  void refusesAJsonObjectLargerThanADocumentAsTheYamlPathDoes() {
    String big = jsonPod("web", 4 << 20);

    assertThat(failure(big).getMessage())
        .matches("line \\d+, column \\d+: the incoming YAML document exceeds the limit: "
            + "3145728 code points\\.");
    // the same when the large object follows a small one in the stream
    assertThat(failure(jsonPod("small", 0) + "\n" + big).getMessage())
        .endsWith("the incoming YAML document exceeds the limit: 3145728 code points.");
  }

  @Test
  void acceptsJsonObjectsUnderTheDocumentLimitWhateverTheirTotal() {
    String stream = jsonPod("a", 2 << 20) + "\n" + jsonPod("b", 2 << 20);

    assertThat(stream.length()).isGreaterThan(3 << 20);
    assertThat(ManifestReader.read(stream)).extracting(o -> o.metadata().name())
        .containsExactly("a", "b");
  }

  /** A pretty-printed JSON Pod with at least {@code size} characters of annotations. */
  private static String jsonPod(String name, int size) {
    StringBuilder json = new StringBuilder("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n"
        + "  \"metadata\": {\n    \"name\": \"" + name + "\",\n    \"annotations\": {\n");
    for (int i = 0; json.length() < size; i++) {
      json.append("      \"k").append(i).append("\": \"value\",\n");
    }
    json.append("      \"last\": \"value\"\n    }\n  },\n  \"spec\": {\"containers\": "
        + "[{\"name\": \"app\", \"image\": \"nginx\"}]}\n}\n");
    return json.toString();
  }

  @Test
  void invalidUtf8NamesThePositionOfTheBadBytes() {
    byte[] yaml = {'a', 'p', 'i', 'V', 'e', 'r', 's', 'i', 'o', 'n', ':', ' ', 'v', '1', '\n',
        'k', 'i', 'n', 'd', ':', ' ', (byte) 0xc3, '\n'};

    assertThatThrownBy(() -> ManifestReader.read(new java.io.ByteArrayInputStream(yaml)))
        .isInstanceOf(ManifestException.class)
        .hasMessage("line 2, column 7: input is not valid UTF-8");
  }

  @Test
  void refusesUnrepresentableNumbers() {
    assertThat(failure("apiVersion: v1\nkind: Pod\nx: .inf\n"))
        .hasMessage("line 3, column 4: x: unsupported number .inf");
  }

  @Test
  void readsAMultiMegabyteDocumentQuickly() {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n"
        + "  name: big\n  annotations:\n");
    for (int i = 0; yaml.length() < 2_500_000; i++) {
      yaml.append("    note-").append(i).append(": \"").append("v".repeat(100)).append("\"\n");
    }

    assertTimeoutPreemptively(HANG_GUARD, () ->
        assertThat(ManifestReader.read(yaml.toString())).hasSize(1));
  }

  @Test
  void manyDocumentsMayTogetherExceedTheDocumentLimit() {
    StringBuilder one = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n");
    for (int i = 0; one.length() < 2_000_000; i++) {
      one.append("    n").append(i).append(": \"").append("v".repeat(100)).append("\"\n");
    }
    String stream = one + "---\n" + one + "---\n" + one;

    assertTimeoutPreemptively(HANG_GUARD, () ->
        assertThat(ManifestReader.read(stream)).hasSize(3));
  }
}
