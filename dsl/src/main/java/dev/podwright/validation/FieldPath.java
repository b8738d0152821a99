package dev.podwright.validation;

/**
 * A field path as the API server's {@code field.Path} builds it: {@code child} adds
 * {@code .name}, {@code index} adds {@code [i]}, {@code key} adds {@code [k]}.
 */
final class FieldPath {
  private final String path;

  private FieldPath(String path) {
    this.path = path;
  }

  static FieldPath root(String name) {
    return new FieldPath(name);
  }

  FieldPath child(String name) {
    return new FieldPath(path.isEmpty() ? name : path + "." + name);
  }

  FieldPath index(int i) {
    return new FieldPath(path + "[" + i + "]");
  }

  FieldPath key(String key) {
    return new FieldPath(path + "[" + key + "]");
  }

  @Override
  public String toString() {
    return path;
  }
}
