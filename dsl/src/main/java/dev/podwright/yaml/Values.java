package dev.podwright.yaml;

import dev.podwright.model.Extensible;

/** Renders values in error messages: strings quoted as Go's {@code %q} does, others bare. */
final class Values {
  private Values() {}

  /** Quotes {@code s} like Go's {@code strconv.Quote}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", c));
          } else if (!Character.isDefined(c) || Character.getType(c) == Character.FORMAT) {
            sb.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.append('"').toString();
  }

  /** Describes what a node is, for "expected X, found Y" messages. */
  static String describe(YamlNode node) {
    if (node instanceof YamlNode.Mapping) {
      return "a mapping";
    }
    if (node instanceof YamlNode.Sequence) {
      return "a list";
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    Object value = scalar.value();
    if (value instanceof String) {
      String s = (String) value;
      return quote(s.length() > 60 ? s.substring(0, 57) + "..." : s);
    }
    if (value == Extensible.NULL) {
      return "null";
    }
    return scalar.text().length() > 60 ? scalar.text().substring(0, 57) + "..." : scalar.text();
  }
}
