package dev.podwright.validation;

import dev.podwright.model.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the deprecated {@code scheduler.alpha.kubernetes.io/tolerations} pod annotation as
 * {@code GetTolerationsFromPodAnnotations} does: Go's {@code json.Unmarshal} into
 * {@code []core.Toleration}. A syntax error is found before any value is decoded (the scanner
 * checks the whole text first); a value of the wrong type is reported after decoding, first one
 * only, in {@code encoding/json}'s words. Field names match case-insensitively and unknown fields
 * are ignored, as Go does.
 */
final class TolerationsAnnotation {
  static final String KEY = "scheduler.alpha.kubernetes.io/tolerations";

  private final String text;
  private int pos;
  private String typeError;

  private TolerationsAnnotation(String text) {
    this.text = text;
  }

  /**
   * Returns the tolerations the annotation holds.
   *
   * @throws IllegalArgumentException with Go's error text if the server could not decode it
   */
  static List<Toleration> parse(String json) {
    TolerationsAnnotation reader = new TolerationsAnnotation(json);
    Object value = reader.document();
    List<Toleration> tolerations = reader.tolerations(value);
    if (reader.typeError != null) {
      throw new IllegalArgumentException(reader.typeError);
    }
    return tolerations;
  }

  // Decoding: JSON values (Map-free: objects are lists of name/value pairs) into tolerations.

  private List<Toleration> tolerations(Object value) {
    List<Toleration> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof JsonArray)) {
      mismatch(value, "Go value of type []core.Toleration");
      return result;
    }
    for (Object element : ((JsonArray) value).values) {
      if (element == null) {
        result.add(Toleration.builder().build());
      } else if (element instanceof JsonObject) {
        result.add(toleration((JsonObject) element));
      } else {
        mismatch(element, "Go value of type core.Toleration");
      }
    }
    return result;
  }

  private Toleration toleration(JsonObject object) {
    Toleration.Builder b = Toleration.builder();
    for (int i = 0; i < object.names.size(); i++) {
      Object v = object.values.get(i);
      switch (object.names.get(i).toLowerCase(Locale.ROOT)) {
        case "key":
          text(v, "Key", "string").ifPresent(b::key);
          break;
        case "operator":
          text(v, "Operator", "core.TolerationOperator").ifPresent(b::operator);
          break;
        case "value":
          text(v, "Value", "string").ifPresent(b::value);
          break;
        case "effect":
          text(v, "Effect", "core.TaintEffect").ifPresent(b::effect);
          break;
        case "tolerationseconds":
          seconds(v).ifPresent(b::tolerationSeconds);
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  /**
   * A string field of the internal {@code core.Toleration}, which has no json tags: Go's error
   * names the Go field and its type ({@code Toleration.Operator of type core.TolerationOperator}),
   * as the v1.31.2 and v1.32.5 GetTolerationsFromPodAnnotations, built from their vendor trees,
   * print it.
   */
  private Optional<String> text(Object v, String field, String goType) {
    if (v instanceof String) {
      return Optional.of((String) v);
    }
    if (v != null) {
      mismatch(v, "Go struct field Toleration." + field + " of type " + goType);
    }
    return Optional.empty();
  }

  /** An int64 takes only a plain integer literal ({@code strconv.ParseInt}): not 1.0 or 1e3. */
  private Optional<Long> seconds(Object v) {
    if (v instanceof JsonNumber) {
      String literal = ((JsonNumber) v).literal;
      try {
        return Optional.of(Long.parseLong(literal));
      } catch (NumberFormatException e) {
        typeError("number " + literal,
            "Go struct field Toleration.TolerationSeconds of type int64");
        return Optional.empty();
      }
    }
    if (v != null) {
      mismatch(v, "Go struct field Toleration.TolerationSeconds of type int64");
    }
    return Optional.empty();
  }

  private void mismatch(Object value, String target) {
    typeError(kind(value), target);
  }

  private void typeError(String value, String target) {
    if (typeError == null) {
      typeError = "json: cannot unmarshal " + value + " into " + target;
    }
  }

  private static String kind(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof JsonNumber) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    return value instanceof JsonArray ? "array" : "object";
  }

  // Scanning: a recursive-descent reader with the scanner's error contexts.

  private Object document() {
    skipSpace();
    Object value = value();
    skipSpace();
    if (pos < text.length()) {
      throw invalid("after top-level value");
    }
    return value;
  }

  private Object value() {
    if (pos >= text.length()) {
      throw endOfInput();
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw invalid("looking for beginning of value");
    }
  }

  private JsonObject object() {
    JsonObject object = new JsonObject();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return object;
    }
    while (true) {
      if (peek() != '"') {
        throw invalid("looking for beginning of object key string");
      }
      object.names.add(string());
      skipSpace();
      if (peek() != ':') {
        throw invalid("after object key");
      }
      pos++;
      skipSpace();
      object.values.add(value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        pos--;
        throw invalid("after object key:value pair");
      }
      skipSpace();
    }
  }

  private JsonArray array() {
    JsonArray array = new JsonArray();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return array;
    }
    while (true) {
      array.values.add(value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return array;
      }
      if (c != ',') {
        pos--;
        throw invalid("after array element");
      }
      skipSpace();
    }
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw endOfInput();
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw invalid("in string literal");
      }
      if (c == '\\') {
        pos++;
        escape(sb);
      } else {
        sb.append(c);
        pos++;
      }
    }
  }

  private void escape(StringBuilder sb) {
    if (pos >= text.length()) {
      throw endOfInput();
    }
    char c = text.charAt(pos);
    String simple = "\"\\/bfnrt";
    String meant = "\"\\/\b\f\n\r\t";
    int i = simple.indexOf(c);
    if (i >= 0) {
      sb.append(meant.charAt(i));
      pos++;
    } else if (c == 'u') {
      pos++;
      int code = 0;
      for (int k = 0; k < 4; k++) {
        if (pos >= text.length()) {
          throw endOfInput();
        }
        int digit = Character.digit(text.charAt(pos), 16);
        if (digit < 0) {
          throw invalid("in \\u hexadecimal character escape");
        }
        code = code * 16 + digit;
        pos++;
      }
      sb.append((char) code);
    } else {
      throw invalid("in string escape code");
    }
  }

  private Object literal(String word, Object value) {
    for (int i = 0; i < word.length(); i++, pos++) {
      if (pos >= text.length()) {
        throw endOfInput();
      }
      if (text.charAt(pos) != word.charAt(i)) {
        throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
      }
    }
    return value;
  }

  private JsonNumber number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw pos >= text.length() ? endOfInput() : invalid("in numeric literal");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw pos >= text.length() ? endOfInput()
            : invalid("after decimal point in numeric literal");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw pos >= text.length() ? endOfInput() : invalid("in exponent of numeric literal");
      }
      digits();
    }
    return new JsonNumber(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private IllegalArgumentException endOfInput() {
    return new IllegalArgumentException("unexpected end of JSON input");
  }

  /** The scanner's {@code SyntaxError}: {@code invalid character 'c' <context>}. */
  private IllegalArgumentException invalid(String context) {
    if (pos >= text.length()) {
      return endOfInput();
    }
    return new IllegalArgumentException("invalid character " + quoteChar(text.charAt(pos)) + " "
        + context);
  }

  /** Go's {@code quoteChar}: {@code '\''}, {@code '"'}, else the strconv-quoted character. */
  private static String quoteChar(char c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String quoted = GoValues.quote(String.valueOf(c));
    return "'" + quoted.substring(1, quoted.length() - 1) + "'";
  }

  private static final class JsonNumber {
    final String literal;

    JsonNumber(String literal) {
      this.literal = literal;
    }
  }

  private static final class JsonArray {
    final List<Object> values = new ArrayList<>();
  }

  private static final class JsonObject {
    final List<String> names = new ArrayList<>();
    final List<Object> values = new ArrayList<>();
  }
}
