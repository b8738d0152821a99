package dev.podwright.yaml;

import java.util.List;

/**
 * A whole YAML stream as read by {@link ManifestReader#readManifest(java.nio.file.Path,
 * UnknownKinds)}: the documents Podwright models, and the ones it left out, each in document
 * order.
 *
 * <pre>{@code
 * Manifest manifest = ManifestReader.readManifest(Path.of("app.yaml"), UnknownKinds.SKIP);
 * manifest.skipped().forEach(s -> System.err.println("skipping " + s));
 * for (ManifestDocument document : manifest.documents()) { ... }
 * }</pre>
 */
public final class Manifest {
  private final List<ManifestDocument> documents;
  private final List<SkippedDocument> skipped;

  Manifest(List<ManifestDocument> documents, List<SkippedDocument> skipped) {
    this.documents = List.copyOf(documents);
    this.skipped = List.copyOf(skipped);
  }

  /** Returns the documents read into the model, in document order. */
  public List<ManifestDocument> documents() {
    return documents;
  }

  /** Returns the documents left out for their kind, in document order; never with FAIL. */
  public List<SkippedDocument> skipped() {
    return skipped;
  }

  @Override
  public String toString() {
    return "Manifest" + documents + (skipped.isEmpty() ? "" : " skipped " + skipped);
  }
}
