package dev.podwright.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Where commands print: problems with the inputs on standard output, one per line as
 * {@code FILE: <field path>: <error type>: <detail>}; unusable input and notices on standard
 * error, each as {@code FILE: <message>}. On a terminal the file names are bold and problems
 * red; a run over many inputs that takes more than a second shows a progress line on standard
 * error, erased before anything else is printed there.
 *
 * <p>Work on other threads prints to a {@link #recording()} console, which keeps what it would
 * print until {@link #replay(Console)} prints it here, so that output keeps the order of the
 * inputs.
 */
final class Console {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";
  private static final long PROGRESS_AFTER = TimeUnit.SECONDS.toNanos(1);

  private final @Nullable PrintWriter out;
  private final @Nullable PrintWriter err;
  private final Terminal terminal;
  private final long started;
  /** What a recording console would have printed, in order; null for a printing console. */
  private final @Nullable List<Line> recorded;
  private boolean progressShown;

  Console(CommandLine commandLine, Terminal terminal) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.terminal = terminal;
    this.started = terminal.nanoTime().getAsLong();
    this.recorded = null;
  }

  private Console(Terminal terminal, long started) {
    this.out = null;
    this.err = null;
    this.terminal = terminal;
    this.started = started;
    this.recorded = new ArrayList<>();
  }

  /** A line (or text, without {@code newline}) for standard output or, if {@code err}, error. */
  private record Line(boolean err, String text, boolean newline) {}

  /**
   * Returns a console for another thread that prints nothing itself, with this one's colours,
   * and keeps what it would print for {@link #replay(Console)}.
   */
  Console recording() {
    return new Console(terminal, started);
  }

  /** Prints here what {@code recording} kept, in the order it was given. */
  void replay(Console recording) {
    if (recording.recorded == null) {
      throw new IllegalArgumentException("not a recording console");
    }
    for (Line line : recording.recorded) {
      write(line);
    }
    recording.recorded.clear();
  }

  private void write(Line line) {
    if (recorded != null) {
      recorded.add(line);
      return;
    }
    clearProgress();
    PrintWriter to = line.err() ? err : out;
    if (line.newline()) {
      to.println(line.text());
    } else {
      to.print(line.text());
    }
  }

  private void out(String line) {
    write(new Line(false, line, true));
  }

  private void err(String line) {
    write(new Line(true, line, true));
  }

  /** Prints a problem of an input, e.g. a validation error, on standard output. */
  void problem(String file, Object problem) {
    out(terminal.colour() ? BOLD + file + RESET + ": " + RED + problem + RESET
        : file + ": " + problem);
  }

  /** Prints a report (several lines) on standard output. */
  void report(String text) {
    out(text);
  }

  /** Prints text as it is (a file, a diff) on standard output. */
  void print(String text) {
    write(new Line(false, text, false));
  }

  /** Prints why an input cannot be used, on standard error. */
  void unusable(String file, String message) {
    err(file + ": " + message);
  }

  /** Prints something worth knowing that is not a problem, on standard error. */
  void notice(String file, String message) {
    err(file + ": " + message);
  }

  /** Prints a warning (not a problem: the exit code stays) on standard error. */
  void warning(String file, String message) {
    err(terminal.colour() ? file + ": " + YELLOW + "warning: " + RESET + message
        : file + ": warning: " + message);
  }

  /**
   * Says that input {@code done} of {@code total} is being read; shown on a terminal once the run
   * has taken more than a second, and only for runs over several inputs.
   */
  void progress(int done, int total, String file) {
    if (err == null || !terminal.progress() || total < 2
        || terminal.nanoTime().getAsLong() - started < PROGRESS_AFTER) {
      return;
    }
    err.print("\r\u001b[2K[" + done + "/" + total + "] " + file);
    err.flush();
    progressShown = true;
  }

  private void clearProgress() {
    if (progressShown && err != null) {
      err.print("\r\u001b[2K");
      err.flush();
      progressShown = false;
    }
  }

  void flush() {
    clearProgress();
    if (out != null && err != null) {
      out.flush();
      err.flush();
    }
  }
}
