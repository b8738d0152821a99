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
import java.util.Optional;
import java.util.Map;

/**
 * Typed access to {@link YamlNode} values with the API server's strictness: a string where an
 * integer belongs is an error, not a conversion. Null, explicit ({@code null}, {@code ~}) or
 * implicit ({@code key:} with nothing after it), reads as Go's decoder reads it: a field set to
 * null is not set, known or unknown, so {@link #fieldsSet} leaves it out; a null list item or map
 * value is the zero value (an empty string or object, a quantity of 0). Unknown fields are kept
 * verbatim and their paths recorded.
 *
 * <p>The generated {@code ApiReader} calls the typed getters below on the fields of
 * {@link #fieldsSet} and hands the values to the builders itself: no lambda or method reference,
 * each of which would be a call site and a class spun at run time.
 */
class NodeReader {
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
    return fields(node, path, true);
  }

  /**
   * Returns the fields of the mapping at {@code path} that are set, in document order: a field
   * set to null is left out, as Go's decoder leaves it unset whatever its type.
   */
  final List<Field> fieldsSet(YamlNode node, String path) {
    return fields(node, path, false);
  }

  private static List<Field> fields(YamlNode node, String path, boolean nulls) {
    if (!(node instanceof YamlNode.Mapping)) {
      throw expected("a mapping", node, path);
    }
    List<Field> fields = new ArrayList<>();
    for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
      if (nulls || !isNull(e.value())) {
        fields.add(new Field(e.key(), e.value(), FieldPaths.child(path, e.key())));
      }
    }
    return fields;
  }

  /** Returns the string value of {@code f}; empty for null. */
  final String text(Field f) {
    return isNull(f.value()) ? "" : string(f.value(), f.path());
  }

  final String string(Field f) {
    return string(f.value(), f.path());
  }

  /**
   * A {@code metav1.Time}: a string {@code time.Parse(time.RFC3339, ...)} takes, as the server's
   * decoder requires; on failure Go's message ({@link GoTime}).
   */
  final String time(Field f) {
    String s = string(f);
    Optional<String> error = GoTime.parseError(s);
    if (error.isPresent()) {
      throw new ManifestException(f.value().line(), f.value().column(), f.path(), error.get());
    }
    return s;
  }

  final boolean bool(Field f) {
    Object value = scalarValue(f.value());
    if (!(value instanceof Boolean)) {
      throw expected("a boolean", f.value(), f.path());
    }
    return (Boolean) value;
  }

  final int int32(Field f) {
    return int32(f.value(), f.path());
  }

  final long int64(Field f) {
    return integer(f.value(), f.path(), "a 64-bit integer");
  }

  final Quantity quantity(Field f) {
    return quantity(f.value(), f.path());
  }

  final IntOrString intOrString(Field f) {
    Object value = scalarValue(f.value());
    if (value instanceof String) {
      return IntOrString.of((String) value);
    }
    if (value instanceof Long && (Long) value >= Integer.MIN_VALUE
        && (Long) value <= Integer.MAX_VALUE) {
      return IntOrString.of(((Long) value).intValue());
    }
    throw expected("an integer or a string", f.value(), f.path());
  }

  final List<String> strings(Field f) {
    List<YamlNode> items = items(f);
    List<String> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      values.add(isNull(item) ? "" : string(item, FieldPaths.index(f.path(), i)));
    }
    return values;
  }

  final List<Integer> int32s(Field f) {
    List<YamlNode> items = items(f);
    List<Integer> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      values.add(isNull(item) ? 0 : int32(item, FieldPaths.index(f.path(), i)));
    }
    return values;
  }

  final List<Long> int64s(Field f) {
    List<YamlNode> items = items(f);
    List<Long> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      values.add(isNull(item) ? 0L
          : integer(item, FieldPaths.index(f.path(), i), "a 64-bit integer"));
    }
    return values;
  }

  final Map<String, String> stringMap(Field f) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field e : fields(f.value(), f.path())) {
      String path = FieldPaths.key(f.path(), e.name());
      // Go decodes a null map value as the empty string: "app:" is label app="".
      values.put(e.name(), isNull(e.value()) ? "" : string(e.value(), path));
    }
    return values;
  }

  final Map<String, Quantity> quantities(Field f) {
    Map<String, Quantity> values = new LinkedHashMap<>();
    for (Field e : fields(f.value(), f.path())) {
      // A null map value is Go's zero Quantity ("0"): encoding/json's literalStore hands the
      // null to the element's Unmarshaler, and apimachinery's Quantity.UnmarshalJSON turns
      // "null" into the zero value, so `limits: {cpu: null}` is a cpu limit of 0.
      values.put(e.name(), isNull(e.value()) ? Quantity.ZERO
          : quantity(e.value(), FieldPaths.key(f.path(), e.name())));
    }
    return values;
  }

  /** Returns the items of the list {@code f}. */
  final List<YamlNode> items(Field f) {
    if (!(f.value() instanceof YamlNode.Sequence)) {
      throw expected("a list", f.value(), f.path());
    }
    return ((YamlNode.Sequence) f.value()).items();
  }

  /**
   * Returns item {@code i}, an empty mapping for a null item: Go decodes a null object as its
   * zero value. (Lists of strings and integers turn a null item into {@code ""} and 0 themselves.)
   */
  static YamlNode item(List<YamlNode> items, int i) {
    YamlNode item = items.get(i);
    return isNull(item) ? new YamlNode.Mapping(Map.of(), item.line(), item.column(), 1) : item;
  }

  /** Returns the value of {@code f} as plain Java, for a field of untyped JSON. */
  final Object tree(Field f) {
    return raw(f.value());
  }

  /**
   * Returns the value of a field the model does not know, verbatim, and records its path. (Nulls
   * inside the value are kept: in a map of strings, a null is an empty string, not an absent
   * key.)
   */
  final Object unknown(Field f) {
    unknownFieldPaths.add(f.path());
    return raw(f.value());
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

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).value() == Extensible.NULL;
  }

  private static Object scalarValue(YamlNode node) {
    return node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : node;
  }

  private static int int32(YamlNode node, String path) {
    long value = integer(node, path, "a 32-bit integer");
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw expected("a 32-bit integer", node, path);
    }
    return (int) value;
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
