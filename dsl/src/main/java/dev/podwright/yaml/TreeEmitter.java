package dev.podwright.yaml;

import dev.podwright.model.Extensible;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Emits a plain Java tree, as {@link NodeReader#raw} builds from YAML: ordered maps, lists,
 * {@code String}, {@code Long}, {@code Boolean}, {@link Extensible#NULL}.
 */
final class TreeEmitter implements Emitter {
  private final Deque<Object> open = new ArrayDeque<>();
  private final Deque<String> names = new ArrayDeque<>();
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
    push(new LinkedHashMap<String, Object>());
  }

  @Override
  public void endObject() {
    pop(m -> Collections.unmodifiableMap((Map<?, ?>) m));
  }

  @Override
  public void fieldName(String name) {
    this.name = name;
  }

  @Override
  public void startArray() {
    push(new ArrayList<Object>());
  }

  @Override
  public void endArray() {
    pop(l -> Collections.unmodifiableList((List<?>) l));
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

  private void push(Object container) {
    names.push(name == null ? "" : name);
    name = null;
    open.push(container);
  }

  private void pop(java.util.function.UnaryOperator<Object> freeze) {
    Object done = freeze.apply(open.pop());
    name = names.pop();
    add(done);
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    if (open.isEmpty()) {
      result = value;
    } else if (open.peek() instanceof List) {
      ((List<Object>) open.peek()).add(value);
    } else {
      ((Map<String, Object>) open.peek()).put(name == null ? "" : name, value);
    }
    name = null;
  }
}
