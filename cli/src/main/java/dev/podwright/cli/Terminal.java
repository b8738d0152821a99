package dev.podwright.cli;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the process's terminal allows: colour only when standard output is a terminal, never
 * with {@code NO_COLOR} set (no-color.org) or {@code TERM=dumb}; a progress line only when
 * standard error is a terminal. Tests build one by hand with a fake clock.
 *
 * @param colour whether to colour standard output
 * @param progress whether to print a progress line on standard error
 * @param nanoTime the clock that decides when a run has been slow enough for progress
 */
record Terminal(boolean colour, boolean progress, LongSupplier nanoTime) {
  /** No colour, no progress: pipes, files and CI logs. */
  static final Terminal PLAIN = new Terminal(false, false, System::nanoTime);

  /** Detects the terminal of this process from the environment. */
  static Terminal detect() {
    return detect(System.getenv(), System.console() != null);
  }

  /**
   * Decides from the environment and whether the process has a console (Java 17 gives one only
   * when both standard input and standard output are terminals, the closest to "standard error is
   * a terminal" it can tell).
   */
  static Terminal detect(Map<String, String> env, boolean console) {
    String noColor = env.get("NO_COLOR");
    boolean dumb = "dumb".equals(env.get("TERM"));
    boolean colour = console && !dumb && (noColor == null || noColor.isEmpty());
    return new Terminal(colour, console && !dumb, System::nanoTime);
  }
}
