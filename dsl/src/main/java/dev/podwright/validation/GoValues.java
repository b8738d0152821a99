package dev.podwright.validation;

import dev.podwright.model.Quantity;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Prints values as the API server's Go code does in error messages ({@code %q}, {@code %v}). */
final class GoValues {
  /** What {@code strconv.ParseInt(s, 10, 64)} and {@code Atoi} read, range aside: ASCII digits. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

  private GoValues() {}

  /** Whether {@code s} is an optional sign and ASCII decimal digits, as Go's parsers read them. */
  static boolean isDecimal(String s) {
    return DECIMAL.matcher(s).matches();
  }

  /** Go's {@code strconv.ParseInt(s, 10, 64)}: the value, or empty when it fails. */
  static Optional<Long> parseInt(String s) {
    if (!isDecimal(s)) {
      return Optional.empty(); // Long.parseLong would also take non-ASCII digits
    }
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The error {@code strconv.ParseInt(s, 10, 64)} returns, as it prints:
   * {@code strconv.ParseInt: parsing "s": invalid syntax} (or {@code value out of range}), or
   * empty when {@code s} parses.
   */
  static Optional<String> parseIntError(String s) {
    if (parseInt(s).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("strconv.ParseInt: parsing " + quote(s) + ": "
        + (isDecimal(s) ? "value out of range" : "invalid syntax"));
  }

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
