package dev.podwright.validation;

import dev.podwright.model.Quantity;
import java.util.Collection;
import java.util.Map;

/** Prints values as the API server's Go code does in error messages ({@code %q}, {@code %v}). */
final class GoValues {
  private GoValues() {}

  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof Quantity) {
      return quote(((Quantity) value).canonical());
    }
    if (value instanceof Collection || value instanceof Map) {
      return value.toString();
    }
    return String.valueOf(value);
  }

  /** A value Go prints bare, such as a {@code fmt.Stringer} or a struct rendered with %#v. */
  static Object bare(String text) {
    return new Object() {
      @Override
      public String toString() {
        return text;
      }
    };
  }

  /** Quotes like Go's {@code strconv.Quote}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\t': sb.append("\\t"); break;
        case '\r': sb.append("\\r"); break;
        default:
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
