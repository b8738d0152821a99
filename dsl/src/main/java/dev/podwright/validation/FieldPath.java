package dev.podwright.validation;

import org.jspecify.annotations.Nullable;

/**
 * A field path as the API server's {@code field.Path} builds it: {@code child} adds
 * {@code .name}, {@code index} adds {@code [i]}, {@code key} adds {@code [k]}.
 *
 * <p>The text is made only when asked for: the rules build a path for every field they visit,
 * and nearly all of them are never printed.
 */
final class FieldPath {
  private static final int ROOT = 0;
  private static final int CHILD = 1;
  private static final int INDEX = 2;
  private static final int KEY = 3;

  private final @Nullable FieldPath parent;
  private final int kind;
  private final @Nullable String name;
  private final int index;
  private final boolean empty;
  private @Nullable String text;

  private FieldPath(@Nullable FieldPath parent, int kind, @Nullable String name, int index,
      boolean empty) {
    this.parent = parent;
    this.kind = kind;
    this.name = name;
    this.index = index;
    this.empty = empty;
  }

  static FieldPath root(String name) {
    FieldPath root = new FieldPath(null, ROOT, name, 0, name.isEmpty());
    root.text = name;
    return root;
  }

  FieldPath child(String name) {
    return new FieldPath(this, CHILD, name, 0, empty && name.isEmpty());
  }

  FieldPath index(int i) {
    return new FieldPath(this, INDEX, null, i, false);
  }

  FieldPath key(String key) {
    return new FieldPath(this, KEY, key, 0, false);
  }

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = append(new StringBuilder()).toString();
      text = t;
    }
    return t;
  }

  private StringBuilder append(StringBuilder out) {
    if (text != null) {
      return out.append(text);
    }
    FieldPath p = parent;
    if (p != null) {
      p.append(out);
    }
    switch (kind) {
      case CHILD -> {
        if (p != null && !p.empty) {
          out.append('.');
        }
        out.append(name);
      }
      case INDEX -> out.append('[').append(index).append(']');
      case KEY -> out.append('[').append(name).append(']');
      default -> out.append(name);
    }
    return out;
  }
}
