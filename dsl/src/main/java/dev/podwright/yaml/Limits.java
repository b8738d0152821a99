package dev.podwright.yaml;

/**
 * What the reader accepts before it gives up, so that hostile input fails in bounded time and
 * memory. SnakeYAML and Jackson enforce the size and depth limits while scanning; the reader
 * enforces those that Jackson's streaming YAML parser leaves to its caller (aliases, string and
 * number length).
 *
 * @param maxInputChars the longest stream, all documents together
 * @param maxDocumentCodePoints the longest single document (SnakeYAML's code point limit)
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxAliases the most aliases ({@code *name}) in one document
 * @param maxAliasNodes the most nodes that the aliases of one document may expand to
 * @param maxStringLength the longest scalar
 * @param maxRunLength the longest run of characters without a space or line break
 * @param maxNumberLength the longest number, in characters
 */
record Limits(long maxInputChars, int maxDocumentCodePoints, int maxDepth, int maxAliases,
    long maxAliasNodes, int maxStringLength, int maxRunLength, int maxNumberLength) {

  /**
   * The defaults. A document may be as large as the API server's request limit (3 MiB), a
   * stream many of them; Kubernetes objects nest about 20 levels deep; all annotations of an
   * object together may have 256 KiB, so no word of a valid pod is longer.
   */
  static final Limits DEFAULTS =
      new Limits(64L << 20, 3 << 20, 100, 50, 100_000, 1 << 20, 256 << 10, 100);
}
