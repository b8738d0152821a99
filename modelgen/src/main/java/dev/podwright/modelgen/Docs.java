package dev.podwright.modelgen;

/** Javadoc text from the Go doc comments of the description. */
final class Docs {
  private Docs() {}

  /** Returns the first paragraph of a Go doc comment, escaped for javadoc. */
  static String firstParagraph(String doc) {
    String text = doc.strip();
    int end = text.indexOf("\n\n");
    return escape(end < 0 ? text : text.substring(0, end));
  }

  /** Returns the version and feature gate lines of an attribute, or an empty string. */
  static String versions(ApiModel model, int since, int until, String gate, int gatedUntil) {
    StringBuilder b = new StringBuilder();
    if (since > model.first()) {
      b.append("\n\n<p>Since Kubernetes 1.").append(since).append('.');
    }
    if (until < model.last()) {
      b.append(b.length() == 0 ? "\n\n<p>" : " ").append("Until Kubernetes 1.").append(until)
          .append('.');
    }
    if (!gate.isEmpty()) {
      b.append(b.length() == 0 ? "\n\n<p>" : " ").append("Feature gate {@code ").append(gate)
          .append('}');
      if (gatedUntil < until) {
        b.append(" (through 1.").append(gatedUntil).append(')');
      }
      b.append('.');
    }
    return b.toString();
  }

  /** Wraps javadoc text to lines of at most 92 characters, paragraph by paragraph. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\n", -1)) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      int column = 0;
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (column > 0 && column + 1 + word.length() > 92) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.append('\n').toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "\\\\u");
  }
}
