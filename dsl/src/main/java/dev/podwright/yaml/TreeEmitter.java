package dev.podwright.yaml;

import dev.podwright.model.Extensible;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Emits a plain Java tree, as {@link NodeReader#raw} builds from YAML: ordered maps, lists,
 * {@code String}, {@code Long}, {@code Boolean}, {@link Extensible#NULL}. Maps and lists are
 * unmodifiable; a map is a {@link FieldMap}, its keys and values in one array.
 *
 * <p>What an open collection holds so far sits on one stack (keys and values alternating in an
 * object), so that finishing it is one array copy.
 */
final class TreeEmitter implements Emitter {
  private Object[] stack = new Object[64];
  private int top;
  // Per open collection: where its content starts on the stack, and whether it is an object.
  private int[] starts = new int[16];
  private boolean[] objects = new boolean[16];
  private int depth;
  private @Nullable String name;
  private @Nullable Object result;

  /** Returns the finished tree. */
  Object result() {
    if (result == null) {
      throw new IllegalStateException("nothing emitted");
    }
    return result;
  }

  @Override
  public void startObject() {
    open(true);
  }

  @Override
  public void endObject() {
    int start = close();
    FieldMap done = new FieldMap(Arrays.copyOfRange(stack, start, top));
    pop(start);
    add(done);
  }

  @Override
  public void fieldName(String name) {
    this.name = name;
  }

  @Override
  public void startArray() {
    open(false);
  }

  @Override
  public void endArray() {
    int start = close();
    List<Object> done = Collections.unmodifiableList(
        Arrays.asList(Arrays.copyOfRange(stack, start, top)));
    pop(start);
    add(done);
  }

  @Override
  public void string(String value) {
    add(value);
  }

  @Override
  public void number(long value) {
    add(value);
  }

  @Override
  public void number(double value) {
    add(value);
  }

  @Override
  public void number(BigDecimal value) {
    add(value);
  }

  @Override
  public void number(BigInteger value) {
    add(value);
  }

  @Override
  public void bool(boolean value) {
    add(value);
  }

  @Override
  public void nullValue() {
    add(Extensible.NULL);
  }

  /** Opens a collection; its key in the enclosing object waits on the stack. */
  private void open(boolean object) {
    if (depth > 0 && objects[depth - 1]) {
      push(name == null ? "" : name);
    }
    name = null;
    if (depth == starts.length) {
      starts = Arrays.copyOf(starts, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
    }
    starts[depth] = top;
    objects[depth] = object;
    depth++;
  }

  /** Closes the innermost collection and returns where its content starts on the stack. */
  private int close() {
    if (depth == 0) {
      throw new IllegalStateException("nothing to end");
    }
    depth--;
    return starts[depth];
  }

  /** Drops a finished collection's content, and its key, which {@link #add} pushes again. */
  private void pop(int start) {
    Arrays.fill(stack, start, top, null);
    top = start;
    if (depth > 0 && objects[depth - 1]) {
      top--;
      name = (String) stack[top];
      stack[top] = null;
    }
  }

  private void add(Object value) {
    if (depth == 0) {
      result = value;
    } else {
      if (objects[depth - 1]) {
        push(name == null ? "" : name);
      }
      push(value);
    }
    name = null;
  }

  private void push(Object o) {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, top * 2);
    }
    stack[top++] = o;
  }
}
