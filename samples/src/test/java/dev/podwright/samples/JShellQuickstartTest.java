package dev.podwright.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** Runs samples/jshell/quickstart.jsh through the JShell API, so the README's script cannot rot. */
class JShellQuickstartTest {
  private static final Path SCRIPT = Path.of("jshell", "quickstart.jsh");

  @Test
  void quickstartScriptPrintsASidecarPod() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().out(print).err(print).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      for (String snippet : snippets(shell, Files.readString(SCRIPT))) {
        for (SnippetEvent event : shell.eval(snippet)) {
          if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
            problems.add(snippet + " -> " + event.status() + " "
                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null))
                    .collect(Collectors.joining("; "))
                + (event.exception() != null ? " " + event.exception() : ""));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("kind: Pod")
        .contains("name: quickstart")
        .contains("restartPolicy: Always")
        .contains("emptyDir: {}");
  }

  /** Splits a script into complete snippets as the jshell tool does, skipping /commands. */
  private static List<String> snippets(JShell shell, String script) {
    String source = script.lines()
        .filter(line -> !line.startsWith("/"))
        .collect(Collectors.joining("\n"));
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> snippets = new ArrayList<>();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      assertThat(info.completeness().isComplete())
          .as("incomplete snippet: %s", remaining).isTrue();
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }
}
