package dev.podwright.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Where commands print: problems with the inputs on standard output, one per line as
 * {@code FILE: <field path>: <error type>: <detail>}; unusable input and notices on standard
 * error, each as {@code FILE: <message>}.
 */
final class Console {
  private final PrintWriter out;
  private final PrintWriter err;

  Console(CommandLine commandLine) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
  }

  /** Prints a problem of an input, e.g. a validation error, on standard output. */
  void problem(String file, Object problem) {
    out.println(file + ": " + problem);
  }

  /** Prints a report (several lines) on standard output. */
  void report(String text) {
    out.println(text);
  }

  /** Prints why an input cannot be used, on standard error. */
  void unusable(String file, String message) {
    err.println(file + ": " + message);
  }

  /** Prints something worth knowing that is not a problem, on standard error. */
  void notice(String file, String message) {
    err.println(file + ": " + message);
  }

  void flush() {
    out.flush();
    err.flush();
  }
}
