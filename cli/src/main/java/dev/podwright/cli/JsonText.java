package dev.podwright.cli;

/**
 * Lets the YAML reader read JSON manifests. JSON is nearly a subset of the YAML the reader
 * speaks; the two differences real files hit are tabs between tokens (YAML forbids tabs as
 * indentation) and the {@code \/} escape (JSON only). Both are rewritten outside and inside
 * strings respectively; every line keeps its number, and only a {@code \/} shifts the columns
 * after it on its line by one.
 */
final class JsonText {
  private JsonText() {}

  /** Returns {@code text} ready for the YAML reader if it is JSON, else {@code text} itself. */
  static String forYamlReader(String text) {
    if (!looksLikeJson(text) || text.indexOf('\t') < 0 && !text.contains("\\/")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\' && i + 1 < text.length()) {
          char next = text.charAt(++i);
          if (next == '/') {
            out.append('/');
          } else {
            out.append(c).append(next);
          }
          continue;
        }
        inString = c != '"';
        out.append(c);
      } else {
        inString = c == '"';
        out.append(c == '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A JSON manifest starts with an object or array, after an optional BOM and whitespace. */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return true;
      }
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
