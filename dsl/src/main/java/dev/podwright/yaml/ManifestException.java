package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a manifest cannot be read: malformed YAML, an unknown kind, a value of the wrong
 * type, a bad quantity, or input that exceeds the reader's limits. The message is one line,
 * {@code line L, column C: <field path>: <what is wrong>}, for example
 * {@code line 12, column 24: spec.containers[0].ports[0].containerPort: expected an integer, found
 * "http"}; the field path is left out when there is none, and the position when the input had
 * none (a token stream read with {@link ManifestReader#readTokens(com.fasterxml.jackson.core.JsonParser)}).
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  ManifestException(int line, int column, String field, String problem) {
    super(render(line, column, field, problem));
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.field = requireNonNull(field, "field == null");
    this.problem = requireNonNull(problem, "problem == null");
  }

  private static String render(int line, int column, String field, String problem) {
    String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
    return where + (field.isEmpty() ? "" : field + ": ") + oneLine(problem);
  }

  /** Collapses line breaks so that the message always fits on one line. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Returns the 1-based line of the problem, or 0 if the input had no positions. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the problem, or 0 if the input had no positions. */
  public int column() {
    return column;
  }

  /** Returns the field path, e.g. {@code spec.containers[0].image}; empty when not known. */
  public String field() {
    return field;
  }

  /** Returns what is wrong, without location or field path. */
  public String problem() {
    return oneLine(problem);
  }

  /** Returns this problem at {@code field}, unless it already names a field. */
  ManifestException atField(String field) {
    return this.field.isEmpty() && !field.isEmpty()
        ? new ManifestException(line, column, field, problem)
        : this;
  }
}
