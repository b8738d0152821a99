package dev.podwright.yaml;

/**
 * Builds field paths as the API server prints them: {@code spec.containers[0].env[1].name}.
 *
 * <p>With a {@code StringBuilder}, not {@code +}: javac compiles {@code +} to an invokedynamic
 * call site, and the first run of each spins method handle classes at start-up (about 20 for
 * these three, on every read of a manifest).
 */
final class FieldPaths {
  private FieldPaths() {}

  /** Returns the path of field {@code name} of the object at {@code path}. */
  static String child(String path, String name) {
    return path.isEmpty() ? name
        : new StringBuilder(path.length() + 1 + name.length()).append(path).append('.')
            .append(name).toString();
  }

  /** Returns the path of item {@code index} of the list at {@code path}. */
  static String index(String path, int index) {
    return new StringBuilder(path.length() + 4).append(path).append('[').append(index)
        .append(']').toString();
  }

  /** Returns the path of entry {@code key} of the map at {@code path}. */
  static String key(String path, String key) {
    return new StringBuilder(path.length() + 2 + key.length()).append(path).append('[')
        .append(key).append(']').toString();
  }
}
