package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.cli.ValidateCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** FILE arguments (directories, JSON, lists, stdin) and what a terminal changes. */
class InputsAndTerminalTest {
  @TempDir
  Path dir;

  private static Run run(Terminal terminal, InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = PodwrightCommand.commandLine(stdin, terminal, args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content);
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
    Path b = write("k8s/b/pod.yaml", ValidateCommandTest.INVALID);
    Path a = write("k8s/a.YML", ValidateCommandTest.INVALID);
    Path c = write("k8s/c.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", "
        + "\"metadata\": {\"name\": \"c\"}, \"spec\": {\"containers\": [{\"name\": \"x\"}]}}");
    write("k8s/.github/workflow.yaml", "on: push\n");
    write("k8s/README.md", "# not a manifest\n");
    write("k8s/kustomization.yaml.orig", "x");

    Run run = ValidateCommandTest.run("validate", dir.resolve("k8s").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(':'))).distinct())
        .containsExactly(a.toString(), b.toString(), c.toString());
  }

  @Test
  void everyCommandReadsStandardInputListsAndJson() throws IOException {
    String list = "apiVersion: v1\nkind: List\nitems:\n"
        + ValidateCommandTest.VALID.indent(2).replaceFirst("  apiVersion", "- apiVersion")
        + "- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n";
    Path json = write("pod.json", "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n"
        + "\t\"metadata\": {\"name\": \"j\"},\n\t\"spec\": {\"containers\": [\n"
        + "\t\t{\"name\": \"app\", \"image\": \"a:1\"},\n"
        + "\t\t{\"name\": \"envoy\", \"image\": \"envoyproxy\\/envoy:v1.30.1\"}]}\n}\n");

    for (String command : new String[] {"validate", "resources", "explain"}) {
      Run run = run(Terminal.PLAIN, stdin(list), command, "-");
      assertThat(run.exit()).as(command + run.err()).isZero();
      assertThat(run.err()).contains("<stdin>: skipping Service \"s\"");
      assertThat(run(Terminal.PLAIN, stdin(""), command, json.toString()).exit()).isZero();
    }
    assertThat(ValidateCommandTest.run("explain", json.toString()).out()).contains("envoy");
    Run auto = ValidateCommandTest.run("migrate", "--auto", json.toString());
    assertThat(auto.err()).contains("proposal: spec.containers[1] (envoy)");
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    assertThat(Terminal.detect(Map.of(), true).colour()).isTrue();
    assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), true).colour()).isFalse();
    assertThat(Terminal.detect(Map.of("NO_COLOR", ""), true).colour()).isTrue();
    assertThat(Terminal.detect(Map.of("TERM", "dumb"), true).colour()).isFalse();
    assertThat(Terminal.detect(Map.of(), false).colour()).isFalse();
    assertThat(Terminal.detect(Map.of(), false).progress()).isFalse();
    assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), true).progress()).isTrue();
  }

  @Test
  void colouredOutputOnATerminalPlainOtherwise() throws IOException {
    Path pod = write("pod.yaml", ValidateCommandTest.INVALID);
    Terminal colour = new Terminal(true, false, System::nanoTime);

    Run coloured = run(colour, InputStream.nullInputStream(), "validate", pod.toString());
    Run plain = run(Terminal.PLAIN, InputStream.nullInputStream(), "validate", pod.toString());
    Run help = run(colour, InputStream.nullInputStream(), "--help");

    assertThat(coloured.out()).contains("\u001b[1m" + pod + ":7\u001b[0m: \u001b[31mspec.");
    assertThat(plain.out()).doesNotContain("\u001b");
    assertThat(help.out()).contains("\u001b[");
    assertThat(run(Terminal.PLAIN, InputStream.nullInputStream(), "--help").out())
        .doesNotContain("\u001b");
  }

  @Test
  void progressOnlyAfterASecondAndOnlyOnATerminal() throws IOException {
    for (int i = 0; i < 3; i++) {
      write("many/p" + i + ".yaml", ValidateCommandTest.VALID);
    }
    String many = dir.resolve("many").toString();
    AtomicLong now = new AtomicLong();
    // Each reading of the clock moves it on by 0.6 s: the second file is past the second.
    Terminal slow = new Terminal(false, true,
        () -> now.getAndAdd(TimeUnit.MILLISECONDS.toNanos(600)));
    Terminal fast = new Terminal(false, true, () -> 0L);

    Run slowRun = run(slow, InputStream.nullInputStream(), "validate", many);
    Run fastRun = run(fast, InputStream.nullInputStream(), "validate", many);

    assertThat(slowRun.exit()).isZero();
    assertThat(slowRun.err()).contains("\r\u001b[2K[2/3] " + dir.resolve("many/p1.yaml"))
        .doesNotContain("[1/3]").endsWith("\r\u001b[2K");
    assertThat(slowRun.out()).isEmpty();
    assertThat(fastRun.err()).isEmpty();
    assertThat(run(Terminal.PLAIN, InputStream.nullInputStream(), "validate", many).err())
        .isEmpty();
  }
}
