package dev.podwright.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Where commands print: problems with the inputs on standard output, one per line as
 * {@code FILE: <field path>: <error type>: <detail>}; unusable input and notices on standard
 * error, each as {@code FILE: <message>}. On a terminal the file names are bold and problems
 * red; a run over many inputs that takes more than a second shows a progress line on standard
 * error, erased before anything else is printed there.
 */
final class Console {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";
  private static final long PROGRESS_AFTER = TimeUnit.SECONDS.toNanos(1);

  private final PrintWriter out;
  private final PrintWriter err;
  private final Terminal terminal;
  private final long started;
  private boolean progressShown;

  Console(CommandLine commandLine, Terminal terminal) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.terminal = terminal;
    this.started = terminal.nanoTime().getAsLong();
  }

  /** Prints a problem of an input, e.g. a validation error, on standard output. */
  void problem(String file, Object problem) {
    clearProgress();
    out.println(terminal.colour() ? BOLD + file + RESET + ": " + RED + problem + RESET
        : file + ": " + problem);
  }

  /** Prints a report (several lines) on standard output. */
  void report(String text) {
    clearProgress();
    out.println(text);
  }

  /** Prints text as it is (a file, a diff) on standard output. */
  void print(String text) {
    clearProgress();
    out.print(text);
  }

  /** Prints why an input cannot be used, on standard error. */
  void unusable(String file, String message) {
    clearProgress();
    err.println(file + ": " + message);
  }

  /** Prints something worth knowing that is not a problem, on standard error. */
  void notice(String file, String message) {
    clearProgress();
    err.println(file + ": " + message);
  }

  /** Prints a warning (not a problem: the exit code stays) on standard error. */
  void warning(String file, String message) {
    clearProgress();
    err.println(terminal.colour() ? file + ": " + YELLOW + "warning: " + RESET + message
        : file + ": warning: " + message);
  }

  /**
   * Says that input {@code done} of {@code total} is being read; shown on a terminal once the run
   * has taken more than a second, and only for runs over several inputs.
   */
  void progress(int done, int total, String file) {
    if (!terminal.progress() || total < 2
        || terminal.nanoTime().getAsLong() - started < PROGRESS_AFTER) {
      return;
    }
    err.print("\r\u001b[2K[" + done + "/" + total + "] " + file);
    err.flush();
    progressShown = true;
  }

  private void clearProgress() {
    if (progressShown) {
      err.print("\r\u001b[2K");
      err.flush();
      progressShown = false;
    }
  }

  void flush() {
    clearProgress();
    out.flush();
    err.flush();
  }
}
