package dev.podwright.yaml;

import dev.podwright.model.Extensible;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The plain-scalar resolution of Go's {@code gopkg.in/yaml.v2} (which {@code sigs.k8s.io/yaml},
 * and so kubectl, client-go and Helm, decode manifests with) and {@code gopkg.in/yaml.v3}, as in
 * their {@code resolve.go}: a scalar whose first character is a letter of {@code yYnNtTfFoO~} is
 * looked up in a fixed set; one starting with {@code .} is tried with {@code strconv.ParseFloat};
 * one starting with a digit or a sign is tried as a timestamp, then, with every underscore removed,
 * with {@code strconv.ParseInt(s, 0, 64)}, {@code strconv.ParseUint(s, 0, 64)}, the float pattern
 * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} with {@code ParseFloat}, and the
 * explicit {@code 0b} (and, in v3, {@code 0o}) branches. Everything else is a string.
 *
 * <p>The parsers are Go's, rewritten to scan the string in place: base prefixes in either case,
 * 64-bit ranges (a hex number beyond {@code 2^64-1} stays a string), floats that overflow to
 * infinity (a string too), {@code 0b-1} (the explicit branch passes a sign on to
 * {@code ParseInt}), Go's underscore rule for {@code .}-floats and the range checks of
 * {@code time.Parse}.
 */
final class GoYamlResolver {
  private GoYamlResolver() {}

  /** Returns whether go-yaml v2 resolves the plain scalar {@code s} to something else than a string. */
  static boolean v2NonString(String s) {
    return nonString(s, false);
  }

  /** Returns whether go-yaml v3 resolves the plain scalar {@code s} to something else than a string. */
  static boolean v3NonString(String s) {
    return nonString(s, true);
  }

  private static boolean nonString(String s, boolean v3) {
    if (s.isEmpty()) {
      return true; // null
    }
    char first = s.charAt(0);
    switch (first) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~':
        return v3 ? inV3Map(s) : inV2Map(s);
      case '.':
        return inV2Map(s) || parseFloat(s);
      case '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return inV2Map(s) || timestamp(s) || integer(s) || styleFloat(s)
            || signedAfterPrefix(s, 'b', 2) || v3 && signedAfterPrefix(s, 'o', 8);
      default:
        return false;
    }
  }

  /**
   * Returns what go-yaml v2 decodes the plain scalar {@code s} to, as {@code sigs.k8s.io/yaml}
   * passes it on: {@code Boolean}, {@code Long}, {@code BigInteger} (beyond 64-bit signed),
   * {@code BigDecimal}, {@code Double} (infinities and NaN) or {@link Extensible#NULL}; null if
   * it is a string (timestamps too, which v2 leaves as strings when decoding into interface{}).
   */
  static @Nullable Object v2Value(String s) {
    if (!v2NonString(s) || timestamp(s)) {
      return null;
    }
    switch (s) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
        return Boolean.TRUE;
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
        return Boolean.FALSE;
      case "", "~", "null", "Null", "NULL":
        return Extensible.NULL;
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF":
        return Double.NEGATIVE_INFINITY;
      case "<<":
        return null;
      default:
        break;
    }
    String plain = s.replace("_", "");
    if (s.charAt(0) == '.') {
      return new BigDecimal(plain);
    }
    if (integer(s)) {
      return integerValue(plain, 0);
    }
    if (styleFloat(s)) {
      // digits only (08, or beyond 64 bits): a float64 for Go; kept exact, as an integer, here
      if (plain.matches("[-+]?[0-9]+")) {
        BigInteger value = new BigInteger(plain);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
      }
      return new BigDecimal(plain);
    }
    return integerValue(plain, 2); // 0b-1: the explicit branch passes the sign on
  }

  /** The value of an integer ParseInt/ParseUint accepted, from {@code from} on. */
  private static Object integerValue(String plain, int from) {
    int i = from;
    boolean negative = false;
    if (plain.charAt(i) == '+' || plain.charAt(i) == '-') {
      negative = plain.charAt(i) == '-';
      i++;
    }
    int radix = from == 2 ? 2 : 10;
    if (from == 0 && plain.charAt(i) == '0' && plain.length() - i > 1) {
      char prefix = (char) (plain.charAt(i + 1) | 0x20);
      if (plain.length() - i >= 3 && (prefix == 'b' || prefix == 'o' || prefix == 'x')) {
        radix = prefix == 'b' ? 2 : prefix == 'o' ? 8 : 16;
        i += 2;
      } else {
        radix = 8;
        i += 1;
      }
    }
    BigInteger value = i == plain.length() ? BigInteger.ZERO
        : new BigInteger(plain.substring(i), radix);
    value = negative ? value.negate() : value;
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  /** The resolve map of v2: YAML 1.1 booleans, nulls, infinities, NaN and the merge key. */
  private static boolean inV2Map(String s) {
    switch (s) {
      case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
          "n", "N", "no", "No", "NO", "off", "Off", "OFF":
        return true;
      default:
        return inV3Map(s);
    }
  }

  /** The resolve map of v3: only {@code true} and {@code false} remain of the booleans. */
  private static boolean inV3Map(String s) {
    switch (s) {
      case "true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL",
          ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF", "<<":
        return true;
      default:
        return false;
    }
  }

  /** Returns the index of the first character at or after {@code i} that is not {@code _}. */
  private static int skip(String s, int i) {
    while (i < s.length() && s.charAt(i) == '_') {
      i++;
    }
    return i;
  }

  /** Returns the number of characters of {@code s} from {@code i} on, underscores not counted. */
  private static int plainLength(String s, int i) {
    int n = 0;
    for (; i < s.length(); i++) {
      if (s.charAt(i) != '_') {
        n++;
      }
    }
    return n;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
  }

  /**
   * {@code ParseInt(plain, 0, 64)} or {@code ParseUint(plain, 0, 64)} succeeds, {@code plain}
   * being {@code s} without underscores.
   */
  private static boolean integer(String s) {
    return signed(s, skip(s, 0), 0);
  }

  /**
   * An optional sign, then digits of {@code base} from {@code i}, as ParseInt reads them; base 0
   * is Go's: a {@code 0b}, {@code 0o} or {@code 0x} prefix in either case, or {@code 0} for octal,
   * and an unsigned 64-bit value without a sign, which ParseUint then reads.
   */
  private static boolean signed(String s, int i, int base) {
    int n = s.length();
    char sign = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      sign = s.charAt(i);
      i = skip(s, i + 1);
    }
    if (i >= n) {
      return false;
    }
    if (base != 0) {
      return fits(s, i, base, sign == 0 ? '+' : sign);
    }
    base = 10;
    if (s.charAt(i) == '0') {
      int next = skip(s, i + 1);
      char prefix = next < n ? (char) (s.charAt(next) | 0x20) : 0;
      if (plainLength(s, i) >= 3 && (prefix == 'b' || prefix == 'o' || prefix == 'x')) {
        base = prefix == 'b' ? 2 : prefix == 'o' ? 8 : 16;
        i = skip(s, next + 1);
      } else {
        base = 8; // "0" alone is 0; "08" is a syntax error (and then a float)
        i = next;
      }
    }
    return fits(s, i, base, sign);
  }

  /**
   * The digits of {@code s} from {@code i} on (underscores skipped) are all of {@code base} and
   * their value fits: in {@code int64} with a sign, in {@code uint64} without.
   */
  private static boolean fits(String s, int i, int base, char sign) {
    long value = 0;
    boolean overflow = false;
    for (int n = s.length(); i < n; i = skip(s, i + 1)) {
      int d = digit(s.charAt(i));
      if (d >= base) {
        return false;
      }
      if (!overflow) {
        long limit = Long.divideUnsigned(-1L - d, base);
        if (Long.compareUnsigned(value, limit) > 0) {
          overflow = true;
        } else {
          value = value * base + d;
        }
      }
    }
    if (overflow) {
      return false;
    }
    if (sign == '-') {
      return Long.compareUnsigned(value, Long.MIN_VALUE) <= 0;
    }
    return sign == 0 || value >= 0;
  }

  /**
   * The explicit branches after ParseInt: {@code plain} starts with {@code 0b} (or {@code 0o}) and
   * {@code ParseInt(plain[2:], base, 64)} succeeds, which also takes a sign: {@code 0b-1} is -1.
   * (The {@code -0b} branch adds nothing that ParseInt with base 0 does not read already.)
   */
  private static boolean signedAfterPrefix(String s, char prefix, int base) {
    int n = s.length();
    int zero = skip(s, 0);
    if (zero >= n || s.charAt(zero) != '0') {
      return false;
    }
    int p = skip(s, zero + 1);
    if (p >= n || s.charAt(p) != prefix) {
      return false;
    }
    // ParseUint(plain[2:], base) adds unsigned values only without a sign, which
    // ParseInt(plain, 0, 64) has read already
    return signed(s, skip(s, p + 1), base);
  }

  /**
   * {@code plain} (underscores removed) matches go-yaml's {@code yamlStyleFloat} and
   * {@code ParseFloat} does not overflow.
   */
  private static boolean styleFloat(String s) {
    int n = s.length();
    int i = skip(s, 0);
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i = skip(s, i + 1);
    }
    int digits = 0;
    for (; i < n && isDigit(s.charAt(i)); i = skip(s, i + 1)) {
      digits++;
    }
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      for (i = skip(s, i + 1); i < n && isDigit(s.charAt(i)); i = skip(s, i + 1)) {
        fraction++;
      }
      if (digits == 0 && fraction == 0) {
        return false;
      }
    } else if (digits == 0) {
      return false;
    }
    boolean exponent = false;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      exponent = true;
      i = skip(s, i + 1);
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i = skip(s, i + 1);
      }
      int expDigits = 0;
      for (; i < n && isDigit(s.charAt(i)); i = skip(s, i + 1)) {
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n && !overflows(s, exponent);
  }

  /**
   * Go's {@code ParseFloat(s, 64)} for a scalar starting with {@code .}: digits with underscores
   * only between digits, an optional exponent, no overflow.
   */
  private static boolean parseFloat(String s) {
    int n = s.length();
    int i = 1;
    boolean mantissa = false;
    boolean exponent = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        mantissa = true;
      } else if (c == '_') {
        if (!isDigit(s.charAt(i - 1)) || i + 1 >= n || !isDigit(s.charAt(i + 1))) {
          return false;
        }
      } else {
        break;
      }
    }
    if (!mantissa) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      exponent = true;
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (i >= n || !isDigit(s.charAt(i))) {
        return false;
      }
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c == '_') {
          if (i + 1 >= n || !isDigit(s.charAt(i + 1))) {
            return false;
          }
        } else if (!isDigit(c)) {
          break;
        }
      }
    }
    return i == n && !overflows(s, exponent);
  }

  /**
   * Whether a number that has the float syntax overflows a float64 (ParseFloat then fails with
   * ErrRange; underflow to zero does not fail). Only long numbers or ones with an exponent can;
   * for those, Java's correctly rounded parser decides, on the number without underscores.
   */
  private static boolean overflows(String s, boolean exponent) {
    if (!exponent && s.length() < 300) {
      return false;
    }
    StringBuilder plain = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '_') {
        plain.append(s.charAt(i));
      }
    }
    return Double.isInfinite(Double.parseDouble(plain.toString()));
  }

  /**
   * go-yaml's {@code parseTimestamp}: four digits and a dash, then one of the layouts
   * {@code 2006-1-2T15:4:5.999999999Z07:00} (also with {@code t}), {@code 2006-1-2 15:4:5.999999999}
   * or {@code 2006-1-2}, with the range checks of Go's {@code time.Parse}.
   */
  static boolean timestamp(String s) {
    int n = s.length();
    if (n < 8 || s.charAt(4) != '-') {
      return false;
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
      year = year * 10 + s.charAt(i) - '0';
    }
    int i = 5;
    int month = number(s, i);
    i = end(s, i);
    if (month < 1 || month > 12 || i >= n || s.charAt(i) != '-') {
      return false;
    }
    int day = number(s, ++i);
    i = end(s, i);
    if (day < 1 || day > daysIn(month, year)) {
      return false;
    }
    if (i == n) {
      return true;
    }
    char separator = s.charAt(i);
    if (separator == ' ') {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
    } else if (separator == 'T' || separator == 't') {
      i++;
    } else {
      return false;
    }
    for (int field = 0; field < 3; field++) { // hour < 24, minute < 60, second < 60
      if (field > 0) {
        if (i >= n || s.charAt(i) != ':') {
          return false;
        }
        i++;
      }
      int value = number(s, i);
      if (value < 0 || value >= (field == 0 ? 24 : 60)) {
        return false;
      }
      i = end(s, i);
    }
    if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',') && isDigit(s.charAt(i + 1))) {
      for (i += 2; i < n && isDigit(s.charAt(i)); i++) {
        // fractional seconds: any number of digits
      }
    }
    if (separator == ' ') {
      return i == n;
    }
    if (i < n && s.charAt(i) == 'Z') {
      return i + 1 == n;
    }
    // Z07:00: sign, two characters, a colon, two characters, each read with time's atoi
    return i + 6 == n && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':'
        && atoi2(s, i + 1) && atoi2(s, i + 4);
  }

  /** Go's getnum(s, false): one or two digits (greedy); -1 if there is no digit. */
  private static int number(String s, int i) {
    if (i >= s.length() || !isDigit(s.charAt(i))) {
      return -1;
    }
    int value = s.charAt(i) - '0';
    return i + 1 < s.length() && isDigit(s.charAt(i + 1)) ? value * 10 + s.charAt(i + 1) - '0'
        : value;
  }

  private static int end(String s, int i) {
    return i + 1 < s.length() && isDigit(s.charAt(i + 1)) ? i + 2 : i + 1;
  }

  /** time's atoi on two characters: two digits, or a sign and a digit. */
  private static boolean atoi2(String s, int i) {
    char a = s.charAt(i);
    return (isDigit(a) || a == '+' || a == '-') && isDigit(s.charAt(i + 1));
  }

  private static int daysIn(int month, int year) {
    if (month == 2) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
