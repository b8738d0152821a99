package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

/**
 * A document that {@link ManifestReader} left out because the model does not know its kind; see
 * {@link UnknownKinds#SKIP}. Only its identity is read: nothing in it is checked.
 */
public final class SkippedDocument {
  private final String apiVersion;
  private final String kind;
  private final String name;
  private final int line;

  SkippedDocument(String apiVersion, String kind, String name, int line) {
    this.apiVersion = requireNonNull(apiVersion, "apiVersion == null");
    this.kind = requireNonNull(kind, "kind == null");
    this.name = requireNonNull(name, "name == null");
    this.line = line;
  }

  /** Returns the {@code apiVersion} as written; empty when missing or not a string. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Returns the {@code kind}, e.g. {@code Service}. */
  public String kind() {
    return kind;
  }

  /** Returns {@code metadata.name}; empty when missing or not a string. */
  public String name() {
    return name;
  }

  /** Returns the 1-based line where the document's content starts. */
  public int line() {
    return line;
  }

  /** Returns e.g. {@code Service "web"}, the way tools should name the document to users. */
  @Override
  public String toString() {
    return name.isEmpty() ? kind : kind + " " + Values.quote(name);
  }
}
