package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile input through the command line, one case each: refused, or read, in bounded time and
 * memory, with one clear line on standard error and exit code 2, never a stack trace or a hang.
 * Big inputs are generated as streams while they are read, not built in memory or committed.
 */
class HostileInputTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

  @Test
  void hundredMegabyteDocumentIsRefusedAtTheDocumentLimit() {
    InputStream huge = new GeneratedInput("apiVersion: v1\nkind: Pod\nmetadata:\n"
        + "  annotations:\n", i -> "    note-" + i + ": \"" + "v".repeat(100) + "\"\n",
        100L << 20);

    ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(huge, "validate", "-"));

    // The CLI buffers standard input (for the document index and field lines) up to the reader's
    // 64 MiB stream limit and refuses there, before parsing: bounded memory, one line.
    assertThat(run.err()).isEqualTo("<stdin>: cannot read: larger than 64 MiB\n");
    assertThat(((GeneratedInput) huge).produced()).isLessThan(66L << 20); // stopped reading early
  }

  @Test
  void tenThousandDocumentsInOneStreamAreRead() {
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      stream.append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p").append(i)
          .append("\nspec:\n  containers:\n    - name: app\n      image: nginx\n");
    }
    stream.append("---\n").append(POD).append("spec:\n  containers:\n    - name: app\n");

    ValidateCommandTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> ValidateCommandTest.run(stdin(stream.toString()), "validate", "-"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("<stdin>:90008: spec.containers[0].image: Required value "
        + "(document 10001, Pod \"web\")\n");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = (POD + "  labels:\n    app: x\u00e9\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xff;

    ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(
        new ByteArrayInputStream(bytes), "validate", "-"));

    assertThat(run.err()).isEqualTo("<stdin>: line 6, column 11: input is not valid UTF-8\n");
  }

  @Test
  void deepNesting() {
    ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(
        stdin(POD + "x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"), "validate", "-"));

    assertThat(run.err()).contains("document nesting depth (101) exceeds the maximum allowed "
        + "(100)");
  }

  @Test
  void aliasBomb() {
    StringBuilder yaml = new StringBuilder(POD + "x:\n  a: &a [lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      yaml.append("  ").append(c).append(": &").append(c).append(" [*").append((char) (c - 1))
          .append(", *").append((char) (c - 1)).append(", *").append((char) (c - 1))
          .append(", *").append((char) (c - 1)).append(", *").append((char) (c - 1))
          .append("]\n");
    }

    ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(stdin(yaml.toString()),
        "validate", "-"));

    assertThat(run.err()).contains("aliases expand to more than 100000 nodes");
  }

  @Test
  void javaAndOtherNonStandardTags() {
    for (String tag : new String[] {"!!java.net.URL", "!!javax.script.ScriptEngineManager",
        "!!binary", "!foo", "!<tag:example.com,2000:x>"}) {
      ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(
          stdin(POD + "  labels:\n    app: " + tag + " x\n"), "validate", "-"));

      assertThat(run.err()).as(tag).startsWith("<stdin>: line 6, column 10: metadata.labels.app: tag ")
          .contains("is not allowed; only the standard tags");
    }
  }

  @Test
  void duplicateKey() {
    ValidateCommandTest.Run run = refused(() -> ValidateCommandTest.run(
        stdin(POD + "  name: again\n"), "validate", "-"));

    assertThat(run.err()).isEqualTo("<stdin>: line 5, column 3: metadata: duplicate key \"name\"\n");
  }

  /** Runs within a hang guard and checks the common shape: exit 2, one line, no stack trace. */
  private static ValidateCommandTest.Run refused(Supplier<ValidateCommandTest.Run> command) {
    ValidateCommandTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), command::get);
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).hasLineCount(1).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A stream of a header and then numbered lines, made while it is read, up to a size. */
  private static final class GeneratedInput extends InputStream {
    private final java.util.function.IntFunction<String> line;
    private final long size;
    private byte[] chunk;
    private int at;
    private int next;
    private long produced;

    GeneratedInput(String header, java.util.function.IntFunction<String> line, long size) {
      this.line = line;
      this.size = size;
      this.chunk = header.getBytes(StandardCharsets.UTF_8);
    }

    long produced() {
      return produced;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (at == chunk.length) {
        if (produced >= size) {
          return -1;
        }
        chunk = line.apply(next++).getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(length, chunk.length - at);
      System.arraycopy(chunk, at, buffer, offset, n);
      at += n;
      produced += n;
      return n;
    }
  }
}
