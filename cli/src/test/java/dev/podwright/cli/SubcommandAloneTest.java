package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The command line built with only the subcommand a run names prints and exits exactly as the
 * whole command line does, for good arguments, bad ones and help alike.
 */
class SubcommandAloneTest {
  @TempDir
  Path dir;

  private static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private List<String[]> argumentLists() throws IOException {
    String valid = Files.writeString(dir.resolve("valid.yaml"), ValidateCommandTest.VALID)
        .toString();
    String invalid = Files.writeString(dir.resolve("invalid.yaml"), ValidateCommandTest.INVALID)
        .toString();
    String missing = dir.resolve("missing.yaml").toString();
    List<String[]> lists = new ArrayList<>();
    for (String help : List.of("-h", "--help", "-V", "--version", "--bogus")) {
      for (String command : List.of("validate", "resources", "explain", "migrate")) {
        lists.add(new String[] {command, help});
      }
    }
    lists.add(new String[] {"validate"});
    lists.add(new String[] {"validate", valid});
    lists.add(new String[] {"validate", valid, invalid, missing});
    lists.add(new String[] {"validate", "--kubernetes-version", "1.28", invalid});
    lists.add(new String[] {"validate", "--kubernetes-version=2.0", invalid});
    lists.add(new String[] {"validate", "-o", "xml", invalid});
    for (String format : List.of("json", "junit", "sarif")) {
      lists.add(new String[] {"validate", "-o", format, valid, invalid});
    }
    lists.add(new String[] {"resources", invalid});
    lists.add(new String[] {"resources", "-o", "json", valid});
    lists.add(new String[] {"explain", valid});
    lists.add(new String[] {"migrate", valid});
    lists.add(new String[] {"migrate", "--write", "-"});
    return lists;
  }

  @Test
  void printsAndExitsAsTheWholeCommandLine() throws IOException {
    for (String[] args : argumentLists()) {
      Run whole = run(PodwrightCommand.commandLine(InputStream.nullInputStream()), args);
      Run alone = run(PodwrightCommand.commandLine(InputStream.nullInputStream(),
          Terminal.PLAIN, args), args);

      assertThat(alone).as(String.join(" ", args)).isEqualTo(whole);
    }
  }

  @Test
  void otherArgumentsGetTheWholeCommandLine() {
    for (String first : List.of("help", "generate-completion", "--help", "-V", "valid")) {
      CommandLine commandLine = PodwrightCommand.commandLine(InputStream.nullInputStream(),
          Terminal.PLAIN, first);

      assertThat(commandLine.getSubcommands()).as(first)
          .containsKeys("validate", "resources", "explain", "migrate", "help");
    }
    assertThat(PodwrightCommand.commandLine(InputStream.nullInputStream(), Terminal.PLAIN,
        "validate", "pod.yaml").getSubcommands()).containsOnlyKeys("validate");
  }
}
