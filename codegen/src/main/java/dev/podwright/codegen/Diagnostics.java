package dev.podwright.codegen;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Reports compile errors, each with a stable tag such as {@code [PodwrightInitProbe]}, the rule
 * and a fix hint, on the narrowest location known. Reporting never throws, so that one pass reports
 * every mistake of a class, not only the first.
 */
final class Diagnostics {
  private final Messager messager;
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports the error {@code [tag] message; hint} at {@code loc}. */
  void error(Loc loc, String tag, String message, String hint) {
    errors++;
    print(Diagnostic.Kind.ERROR, loc, tag, message, hint);
  }

  /** Reports the warning {@code [tag] message; hint} at {@code loc}; it fails no build. */
  void warning(Loc loc, String tag, String message, String hint) {
    print(Diagnostic.Kind.WARNING, loc, tag, message, hint);
  }

  private void print(Diagnostic.Kind kind, Loc loc, String tag, String message, String hint) {
    String text = "[" + tag + "] " + message + (hint.isEmpty() ? "" : "; " + hint);
    if (loc.element() == null) {
      messager.printMessage(kind, text);
    } else if (loc.value() != null && loc.mirror() != null) {
      messager.printMessage(kind, text, loc.element(), loc.mirror(), loc.value());
    } else if (loc.mirror() != null) {
      messager.printMessage(kind, text, loc.element(), loc.mirror());
    } else {
      messager.printMessage(kind, text, loc.element());
    }
  }

  /** Returns how many errors were reported so far. */
  int errorCount() {
    return errors;
  }
}
