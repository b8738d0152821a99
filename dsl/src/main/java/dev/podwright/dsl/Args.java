package dev.podwright.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null checks for varargs, in the house style: {@code args == null}, {@code args[1] == null}. */
final class Args {
  private Args() {}

  /** Returns the values as an immutable list, rejecting a null array or element by name. */
  static <T> List<T> list(T[] values, String name) {
    if (values == null) {
      throw new NullPointerException(name + " == null");
    }
    List<T> list = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
      list.add(values[i]);
    }
    return Collections.unmodifiableList(list);
  }
}
