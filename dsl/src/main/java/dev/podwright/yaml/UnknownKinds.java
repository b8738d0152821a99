package dev.podwright.yaml;

/**
 * What {@link ManifestReader#readManifest(java.nio.file.Path, UnknownKinds)} does with a document
 * whose {@code kind} the model does not know, such as a {@code Service} next to a
 * {@code Deployment}. A document without a kind, or a known kind under the wrong
 * {@code apiVersion}, is an error either way.
 */
public enum UnknownKinds {
  /** Fail with a {@link ManifestException} naming the kind and the supported ones. */
  FAIL,
  /** Leave the document out and list it in {@link Manifest#skipped()}. */
  SKIP
}
