package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Inputs read and validated on several threads print exactly what one thread prints, in input
 * order, and hand their outcomes over in input order.
 */
class ParallelInputsTest {
  private static final String SERVICE = "---\napiVersion: v1\nkind: Service\nmetadata:\n"
      + "  name: web\n";
  private static final String UNKNOWN_FIELD = ValidateCommandTest.VALID.replace(
      "      image: nginx:1.27", "      image: nginx:1.27\n      madeUp: 1");
  private static final String SIDECAR_ON_1_27 = ValidateCommandTest.VALID;

  @TempDir
  Path dir;

  /** Forty files of every outcome: valid, invalid, unusable, with notices and skipped kinds. */
  private Path manyFiles() throws IOException {
    Path many = Files.createDirectories(dir.resolve("many"));
    List<String> contents = List.of(ValidateCommandTest.VALID, ValidateCommandTest.INVALID,
        "kind: [", ValidateCommandTest.INVALID + SERVICE, UNKNOWN_FIELD, SIDECAR_ON_1_27,
        ValidateCommandTest.VALID + "---\n" + ValidateCommandTest.INVALID, "");
    for (int i = 0; i < 40; i++) {
      Files.writeString(many.resolve(String.format("pod-%02d.yaml", i)),
          contents.get(i % contents.size()));
    }
    return many;
  }

  /** Runs every input through {@code eachInParallel} on {@code threads}, recording all. */
  private static Run each(int threads, List<String> args, List<String> taken) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = PodwrightCommand.commandLine(InputStream.nullInputStream());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    PodwrightCommand root = new PodwrightCommand(InputStream.nullInputStream(), Terminal.PLAIN);
    Console console = root.console(commandLine);
    int exit = new ManifestInputs(root, console).eachInParallel(args, "reads",
        new ManifestInputs.ParallelHandler<String>() {
          @Override
          public String read(ManifestInputs.Loaded loaded, Console console) {
            int documents = loaded.manifest().documents().size();
            console.problem(loaded.label(), documents + " documents");
            console.notice(loaded.label(), "read on some thread");
            return loaded.label() + " " + documents;
          }

          @Override
          public String unusable(ManifestInputs.Input input, ManifestInputs.Unusable problem,
              Console console) {
            console.unusable(input.label(), problem.getMessage());
            return input.label() + " unusable";
          }

          @Override
          public int take(String outcome) {
            taken.add(outcome);
            return outcome.endsWith("unusable") ? PodwrightCommand.UNUSABLE
                : PodwrightCommand.VALID;
          }
        }, threads);
    console.flush();
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void severalThreadsPrintAndTakeAsOne() throws IOException {
    List<String> args = List.of(manyFiles().toString(), dir.resolve("missing.yaml").toString());
    List<String> one = new ArrayList<>();
    Run sequential = each(1, args, one);

    for (int threads : new int[] {2, 3, 8}) {
      List<String> taken = new ArrayList<>();
      Run parallel = each(threads, args, taken);

      assertThat(parallel).as(threads + " threads").isEqualTo(sequential);
      assertThat(taken).as(threads + " threads").isEqualTo(one);
    }
    assertThat(one).hasSize(41).endsWith(dir.resolve("missing.yaml") + " unusable");
    assertThat(sequential.exit()).isEqualTo(PodwrightCommand.UNUSABLE);
    assertThat(sequential.err()).contains("skipping Service \"web\": not a workload Podwright "
        + "reads");
  }

  @Test
  void whatAThreadThrowsIsThrownAsIs() throws IOException {
    List<String> args = List.of(manyFiles().toString());
    PodwrightCommand root = new PodwrightCommand(InputStream.nullInputStream(), Terminal.PLAIN);
    Console console = root.console(PodwrightCommand.commandLine(InputStream.nullInputStream()));

    assertThatThrownBy(() -> new ManifestInputs(root, console).eachInParallel(args, "reads",
        new ManifestInputs.ParallelHandler<String>() {
          @Override
          public String read(ManifestInputs.Loaded loaded, Console console) {
            throw new IllegalStateException("bug in " + loaded.label());
          }

          @Override
          public String unusable(ManifestInputs.Input input, ManifestInputs.Unusable problem,
              Console console) {
            return "";
          }

          @Override
          public int take(String outcome) {
            return 0;
          }
        }, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug in " + dir.resolve("many/pod-00.yaml"));
  }

  /** validate over a directory prints, file by file, what validate of each file alone prints. */
  @Test
  void validateOfADirectoryPrintsWhatEachFileAlonePrints() throws IOException {
    Path many = manyFiles();
    for (String version : List.of("1.27", "1.33")) {
      Run all = ValidateCommandTest.run("validate", "--kubernetes-version", version,
          many.toString());
      StringBuilder out = new StringBuilder();
      StringBuilder err = new StringBuilder();
      int exit = 0;
      try (var files = Files.list(many)) {
        for (Path file : files.sorted().toList()) {
          Run alone = ValidateCommandTest.run("validate", "--kubernetes-version", version,
              file.toString());
          out.append(alone.out());
          err.append(alone.err());
          exit = Math.max(exit, alone.exit());
        }
      }

      assertThat(all).as(version).isEqualTo(new Run(exit, out.toString(), err.toString()));
      assertThat(all.out()).as(version).contains("Required value");
    }
  }
}
