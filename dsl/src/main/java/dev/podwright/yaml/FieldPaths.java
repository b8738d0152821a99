package dev.podwright.yaml;

/** Builds field paths as the API server prints them: {@code spec.containers[0].env[1].name}. */
final class FieldPaths {
  private FieldPaths() {}

  /** Returns the path of field {@code name} of the object at {@code path}. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Returns the path of item {@code index} of the list at {@code path}. */
  static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Returns the path of entry {@code key} of the map at {@code path}. */
  static String key(String path, String key) {
    return path + "[" + key + "]";
  }
}
