package dev.podwright.validation;

import org.jspecify.annotations.Nullable;

/**
 * A field path as the API server's {@code field.Path} builds it: {@code child} adds
 * {@code .name}, {@code index} adds {@code [i]}, {@code key} adds {@code [k]}.
 *
 * <p>The text is made only when asked for, and not kept: the rules build a path for every field
 * they visit, and nearly all of them are never printed. For the same reason a path is three
 * fields (24 bytes with compressed references): what kind of step it is and whether its text is
 * empty are negative values of {@code index}.
 */
final class FieldPath {
  // index >= 0: an index step; otherwise one of these
  private static final int ROOT = -1;
  private static final int EMPTY_ROOT = -2;
  private static final int CHILD = -3;
  private static final int EMPTY_CHILD = -4; // a child whose whole text is empty
  private static final int KEY = -5;

  private final @Nullable FieldPath parent;
  private final @Nullable String name;
  private final int index;

  private FieldPath(@Nullable FieldPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  static FieldPath root(String name) {
    return new FieldPath(null, name, name.isEmpty() ? EMPTY_ROOT : ROOT);
  }

  FieldPath child(String name) {
    return new FieldPath(this, name, isEmpty() && name.isEmpty() ? EMPTY_CHILD : CHILD);
  }

  FieldPath index(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("index < 0: " + i);
    }
    return new FieldPath(this, null, i);
  }

  FieldPath key(String key) {
    return new FieldPath(this, key, KEY);
  }

  private boolean isEmpty() {
    return index == EMPTY_ROOT || index == EMPTY_CHILD;
  }

  @Override
  public String toString() {
    return parent == null ? name : append(new StringBuilder()).toString();
  }

  private StringBuilder append(StringBuilder out) {
    FieldPath p = parent;
    if (p != null) {
      p.append(out);
    }
    if (index >= 0) {
      out.append('[').append(index).append(']');
    } else if (index == CHILD || index == EMPTY_CHILD) {
      if (p != null && !p.isEmpty()) {
        out.append('.');
      }
      out.append(name);
    } else if (index == KEY) {
      out.append('[').append(name).append(']');
    } else {
      out.append(name);
    }
    return out;
  }
}
