package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
  static final String VALID = String.join("\n",
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: web",
      "spec:",
      "  initContainers:",
      "    - name: proxy",
      "      image: envoy:1.30",
      "      restartPolicy: Always",
      "  containers:",
      "    - name: app",
      "      image: nginx:1.27",
      "");

  static final String INVALID = String.join("\n",
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: web",
      "spec:",
      "  containers:",
      "    - name: app",
      "      ports:",
      "        - containerPort: 70000",
      "");

  @TempDir
  Path dir;

  /** The outcome of one in-process run. */
  record Run(int exit, String out, String err) {}

  static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = PodwrightCommand.commandLine(stdin, Terminal.PLAIN, args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void validFileExitsZeroAndPrintsNothing() throws IOException {
    Run run = run("validate", file("pod.yaml", VALID).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidFilePrintsOneLinePerProblemAndExitsOne() throws IOException {
    String pod = file("pod.yaml", INVALID).toString();

    Run run = run("validate", pod);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        pod + ":7: spec.containers[0].image: Required value",
        pod + ":9: spec.containers[0].ports[0].containerPort: Invalid value: 70000: "
            + "must be between 1 and 65535, inclusive");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyOutputLineHasTheRequiredShape() throws IOException {
    Run run = run("validate", file("a.yaml", INVALID).toString(),
        file("b.yaml", VALID).toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines())
        .isNotEmpty()
        .allMatch(line -> line.matches(
            "\\S+/a\\.yaml:\\d+: spec\\.[^ :]+: [A-Z][a-z]+ value(: .*)?"));
  }

  @Test
  void readsStandardInputForDash() {
    InputStream stdin = new ByteArrayInputStream(INVALID.getBytes(StandardCharsets.UTF_8));

    Run run = run(stdin, "validate", "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        "<stdin>:7: spec.containers[0].image: Required value",
        "<stdin>:9: spec.containers[0].ports[0].containerPort: Invalid value: 70000: "
            + "must be between 1 and 65535, inclusive");
  }

  @Test
  void multiDocumentFilesReportEachDocument() throws IOException {
    String both = file("both.yaml", VALID + "---\n" + INVALID.replace("name: web", "name: db"))
        .toString();

    Run run = run("validate", both);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        both + ":20: spec.containers[0].image: Required value (document 2, Pod \"db\")",
        both + ":22: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be "
            + "between 1 and 65535, inclusive (document 2, Pod \"db\")");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void unknownFieldsAreNoticesNotErrors() throws IOException {
    // every field of the API is typed; a typo is what stays unknown
    String pod = file("pod.yaml", VALID + "  affinityy: {}\n").toString();

    Run run = run("validate", pod);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        pod + ":13: spec.affinityy: not validated (a field podwright does not model)",
        pod + ":13: warning: spec.affinityy: unknown field: the API server drops it with a warning, "
            + "and kubectl's strict field validation rejects the manifest");
  }

  @Test
  void statusIsNotedAsIgnoredNotAsUnknown() throws IOException {
    // status comes with manifests exported by kubectl get -o yaml; the server ignores it
    String pod = file("pod.yaml", VALID + "status:\n  phase: Running\n").toString();

    Run run = run("validate", pod);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(pod + ":13: status: not validated (status is "
        + "set by the cluster; the API server ignores it on create)");
  }

  @Test
  void malformedYamlExitsTwoWithLineAndColumn() throws IOException {
    String pod = file("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: name: web\n").toString();

    Run run = run("validate", pod);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(pod + ": line 3, column 15: mapping values are not allowed here");
  }

  @Test
  void wrongTypesAndWrongApiVersionsExitTwoWhileUnknownKindsAreSkipped() throws IOException {
    String port = file("port.yaml", INVALID.replace("70000", "http")).toString();
    String svc = file("svc.yaml", "apiVersion: v1\nkind: Service\n").toString();
    String deployment = file("old.yaml", "apiVersion: extensions/v1beta1\nkind: Deployment\n")
        .toString();

    Run run = run("validate", port, svc, deployment);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        port + ": line 9, column 26: spec.containers[0].ports[0].containerPort: "
            + "expected an integer, found \"http\"",
        svc + ": skipping Service: not a workload Podwright validates",
        deployment + ": line 2, column 7: kind \"Deployment\" needs apiVersion \"apps/v1\", "
            + "found \"extensions/v1beta1\"");
    assertThat(run("validate", svc).exit()).isZero();
  }

  @Test
  void missingFileExitsTwoButOtherFilesAreStillChecked() throws IOException {
    String missing = dir.resolve("missing.yaml").toString();
    String invalid = file("pod.yaml", INVALID).toString();

    Run run = run("validate", missing, invalid);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(missing + ": cannot read: no such file");
    assertThat(run.out().lines()).hasSize(2);
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(run("validate", empty.toString()).err())
        .isEqualTo(empty + ": no *.yaml, *.yml or *.json files in this directory\n");
  }

  @Test
  void invalidUtf8IsUnreadable() throws IOException {
    Path bad = Files.write(dir.resolve("bad.yaml"),
        new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, '\n'});

    Run run = run("validate", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(bad + ": line 2, column 4: input is not valid UTF-8\n");
  }

  @Test
  void kubernetesVersionIsChecked() throws IOException {
    String pod = file("pod.yaml", VALID).toString();

    assertThat(run("validate", "--kubernetes-version", "1.29", pod).exit()).isZero();
    Run bad = run("validate", "--kubernetes-version", "2.0", pod);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Invalid value for option '--kubernetes-version': "
        + "kubernetes version must look like 1.33, found '2.0'");
  }

  @Test
  void featureGatesTurnAnAlphaFeatureOnAsKubeApiserverDoes() throws IOException {
    // Lt and Gt tolerations are alpha and off in 1.35 (TaintTolerationComparisonOperators)
    String pod = file("pod.yaml", VALID + "  tolerations:\n    - key: cores\n"
        + "      operator: Gt\n      value: \"8\"\n      effect: NoSchedule\n").toString();

    assertThat(run("validate", "--kubernetes-version", "1.35", pod).exit()).isEqualTo(1);
    Run on = run("validate", "--kubernetes-version", "1.35",
        "--feature-gates", " TaintTolerationComparisonOperators = true,", pod);
    assertThat(on.exit()).isZero();
    assertThat(on.out()).isEmpty();

    Run removed = run("validate", "--kubernetes-version", "1.37",
        "--feature-gates", "SidecarContainers=false", pod);
    assertThat(removed.exit()).isEqualTo(2);
    assertThat(removed.err()).startsWith("--feature-gates=SidecarContainers=false: "
        + "unrecognized feature gate: SidecarContainers");
    Run notBool = run("validate", "--feature-gates", "ImageVolume=yes", pod);
    assertThat(notBool.exit()).isEqualTo(2);
    assertThat(notBool.err()).startsWith("--feature-gates=ImageVolume=yes: invalid value of "
        + "ImageVolume=yes, err: strconv.ParseBool: parsing \"yes\": invalid syntax");
  }

  @Test
  void usageErrorsExitTwo() {
    Run noFiles = run("validate");
    assertThat(noFiles.exit()).isEqualTo(2);
    assertThat(noFiles.err()).startsWith("Missing required parameter: 'FILE'");

    assertThat(run("validate", "--frobnicate", "x").exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    Run nothing = run();
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).startsWith("missing command, e.g. podwright validate pod.yaml");
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: podwright", "validate", "Exit codes:");

    Run validateHelp = run("validate", "--help");
    assertThat(validateHelp.exit()).isZero();
    assertThat(validateHelp.out()).contains("--kubernetes-version=X.Y", "FILE...");

    Run version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).matches("podwright \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"
        + "Kubernetes 1\\.27 to 1\\.37 \\(--kubernetes-version; default 1\\.33\\)\\R");
    assertThat(version.out()).contains("1." + dev.podwright.validation.Profile.MIN_MINOR + " to 1."
        + dev.podwright.validation.Profile.MAX_MINOR);
  }
}
