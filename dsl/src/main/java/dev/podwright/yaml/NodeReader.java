package dev.podwright.yaml;

import dev.podwright.model.Extensible;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Quantity;
import dev.podwright.model.QuantityFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Typed access to {@link YamlNode} values with the API server's strictness: a string where an
 * integer belongs is an error, not a conversion. Null, explicit ({@code null}, {@code ~}) or
 * implicit ({@code key:} with nothing after it), reads as Go's decoder reads it: a field set to
 * null is not set, known or unknown; a null list item or map value is the zero value (an empty
 * string or object). Unknown fields are kept verbatim and their paths recorded.
 */
class NodeReader {
  /** Reads one model value from the node at a path. */
  @FunctionalInterface
  interface Read<T> {
    T read(NodeReader r, YamlNode node, String path);
  }

  /** One field of a mapping: its key, value and path. */
  record Field(String name, YamlNode value, String path) {}

  private static final BigDecimal JSON_INTEGRAL_FLOATS = new BigDecimal("1e21");

  private final List<String> unknownFieldPaths = new ArrayList<>();

  /** Returns the paths of the unknown fields kept so far, in document order. */
  final List<String> unknownFieldPaths() {
    return Collections.unmodifiableList(unknownFieldPaths);
  }

  /** Returns the fields of the mapping at {@code path}, in document order. */
  final List<Field> fields(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Mapping)) {
      throw expected("a mapping", node, path);
    }
    List<Field> fields = new ArrayList<>();
    for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
      fields.add(new Field(e.key(), e.value(), FieldPaths.child(path, e.key())));
    }
    return fields;
  }

  /** Returns the string value of {@code f}; empty for null. */
  final String text(Field f) {
    return isNull(f.value()) ? "" : string(f.value(), f.path());
  }

  final void str(Field f, Consumer<String> set) {
    if (!isNull(f.value())) {
      set.accept(string(f.value(), f.path()));
    }
  }

  final void bool(Field f, Consumer<Boolean> set) {
    if (!isNull(f.value())) {
      Object value = scalarValue(f.value());
      if (!(value instanceof Boolean)) {
        throw expected("a boolean", f.value(), f.path());
      }
      set.accept((Boolean) value);
    }
  }

  final void int32(Field f, Consumer<Integer> set) {
    if (!isNull(f.value())) {
      long value = integer(f.value(), f.path(), "a 32-bit integer");
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw expected("a 32-bit integer", f.value(), f.path());
      }
      set.accept((int) value);
    }
  }

  final void int64(Field f, Consumer<Long> set) {
    if (!isNull(f.value())) {
      set.accept(integer(f.value(), f.path(), "a 64-bit integer"));
    }
  }

  final void quantity(Field f, Consumer<Quantity> set) {
    if (!isNull(f.value())) {
      set.accept(quantity(f.value(), f.path()));
    }
  }

  final void intOrString(Field f, Consumer<IntOrString> set) {
    if (isNull(f.value())) {
      return;
    }
    Object value = scalarValue(f.value());
    if (value instanceof String) {
      set.accept(IntOrString.of((String) value));
    } else if (value instanceof Long && (Long) value >= Integer.MIN_VALUE
        && (Long) value <= Integer.MAX_VALUE) {
      set.accept(IntOrString.of(((Long) value).intValue()));
    } else {
      throw expected("an integer or a string", f.value(), f.path());
    }
  }

  final void strings(Field f, Consumer<List<String>> set) {
    if (!isNull(f.value())) {
      List<String> values = new ArrayList<>();
      List<YamlNode> items = items(f);
      for (int i = 0; i < items.size(); i++) {
        YamlNode item = items.get(i);
        values.add(isNull(item) ? "" : string(item, FieldPaths.index(f.path(), i)));
      }
      set.accept(values);
    }
  }

  final void stringMap(Field f, Consumer<Map<String, String>> set) {
    if (!isNull(f.value())) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Field e : fields(f.value(), f.path())) {
        String path = FieldPaths.key(f.path(), e.name());
        // Go decodes a null map value as the empty string: "app:" is label app="".
        values.put(e.name(), isNull(e.value()) ? "" : string(e.value(), path));
      }
      set.accept(values);
    }
  }

  final void quantities(Field f, Consumer<Map<String, Quantity>> set) {
    if (!isNull(f.value())) {
      Map<String, Quantity> values = new LinkedHashMap<>();
      for (Field e : fields(f.value(), f.path())) {
        values.put(e.name(), quantity(e.value(), FieldPaths.key(f.path(), e.name())));
      }
      set.accept(values);
    }
  }

  final <T> void obj(Field f, Read<T> read, Consumer<T> set) {
    if (!isNull(f.value())) {
      set.accept(read.read(this, f.value(), f.path()));
    }
  }

  final <T> void list(Field f, Read<T> read, Consumer<List<T>> set) {
    if (!isNull(f.value())) {
      List<T> values = new ArrayList<>();
      List<YamlNode> items = items(f);
      for (int i = 0; i < items.size(); i++) {
        YamlNode item = items.get(i);
        values.add(read.read(this, isNull(item) ? emptyMapping(item) : item,
            FieldPaths.index(f.path(), i)));
      }
      set.accept(values);
    }
  }

  /**
   * Keeps a field the model does not know, verbatim, and records its path; a field set to null
   * is left out, as Go's decoder leaves it unset whatever its type. (Nulls inside the value are
   * kept: in a map of strings, a null is an empty string, not an absent key.)
   */
  final void unknown(Field f, BiConsumer<String, Object> put) {
    if (isNull(f.value())) {
      return;
    }
    put.accept(f.name(), raw(f.value()));
    unknownFieldPaths.add(f.path());
  }

  /** Returns the node as plain Java: scalars, ordered maps and lists, {@code NULL} for null. */
  static Object raw(YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      return ((YamlNode.Scalar) node).value();
    }
    if (node instanceof YamlNode.Sequence) {
      List<Object> list = new ArrayList<>();
      for (YamlNode item : ((YamlNode.Sequence) node).items()) {
        list.add(raw(item));
      }
      return Collections.unmodifiableList(list);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
      map.put(e.key(), raw(e.value()));
    }
    return Collections.unmodifiableMap(map);
  }

  static ManifestException expected(String what, YamlNode node, String path) {
    return new ManifestException(node.line(), node.column(), path,
        "expected " + what + ", found " + Values.describe(node));
  }

  private List<YamlNode> items(Field f) {
    if (!(f.value() instanceof YamlNode.Sequence)) {
      throw expected("a list", f.value(), f.path());
    }
    return ((YamlNode.Sequence) f.value()).items();
  }

  /** An empty mapping where a null stands for an object: Go decodes it as the zero value. */
  private static YamlNode emptyMapping(YamlNode at) {
    return new YamlNode.Mapping(Map.of(), at.line(), at.column(), 1);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).value() == Extensible.NULL;
  }

  private static Object scalarValue(YamlNode node) {
    return node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : node;
  }

  private static String string(YamlNode node, String path) {
    Object value = scalarValue(node);
    if (!(value instanceof String)) {
      throw expected("a string", node, path);
    }
    return (String) value;
  }

  private static long integer(YamlNode node, String path, String what) {
    Object value = scalarValue(node);
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof BigDecimal && ((BigDecimal) value).stripTrailingZeros().scale() <= 0
        && ((BigDecimal) value).abs().compareTo(JSON_INTEGRAL_FLOATS) < 0) {
      // 1e3 or 08 (a float for go-yaml): JSON prints a float64 below 1e21 without a fraction,
      // which the API server decodes into an integer field
      try {
        return ((BigDecimal) value).longValueExact();
      } catch (ArithmeticException e) {
        throw expected(what, node, path);
      }
    }
    if (value instanceof BigInteger || value instanceof BigDecimal
        && ((BigDecimal) value).stripTrailingZeros().scale() <= 0) {
      throw expected(what, node, path); // integral, but out of range
    }
    throw expected("an integer", node, path);
  }

  /**
   * Parses a quantity as the API server's decoder does: a string, or a bare number such as
   * {@code cpu: 1} or {@code cpu: 0.5}; on failure the message is the server's.
   */
  private static Quantity quantity(YamlNode node, String path) {
    Object value = scalarValue(node);
    if (!(value instanceof String || value instanceof Number)) {
      throw expected("a quantity (a string or a number)", node, path);
    }
    String text = value instanceof String ? (String) value : ((YamlNode.Scalar) node).text();
    try {
      return Quantity.parse(text);
    } catch (QuantityFormatException e) {
      if (value instanceof Number) {
        // YAML spellings JSON does not have (1_000, 0x10): the server sees the decoded number.
        try {
          return Quantity.parse(value instanceof BigDecimal
              ? ((BigDecimal) value).toPlainString() : value.toString());
        } catch (QuantityFormatException ignored) {
          // fall through to the message for the text as written
        }
      }
      throw new ManifestException(node.line(), node.column(), path, e.getMessage());
    }
  }
}
