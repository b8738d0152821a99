package dev.podwright.yaml;

/**
 * The implicit resolvers of SnakeYAML 1.1 ({@code org.yaml.snakeyaml.resolver.Resolver}, which
 * Jackson and fabric8 read YAML with) and of the YAML 1.2 core schema, as hand-written scanners:
 * the same languages as the regular expressions, without a matcher per scalar.
 *
 * <p>SnakeYAML's patterns, for reference: booleans {@code yes|no|true|false|on|off} in three
 * capitalizations (no {@code y}/{@code n}); integers {@code [-+]?0b_*[0-1][0-1_]*},
 * {@code [-+]?0_*[0-7][0-7_]*}, {@code [-+]?(0|[1-9][0-9_]*)}, {@code [-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*}
 * and sexagesimal {@code [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+}; floats {@code [-+]?[0-9][0-9_]*\.[0-9_]*(exp)?},
 * {@code [-+]?[0-9][0-9_]*exp}, {@code [-+]?\.[0-9_]+(exp)?}, sexagesimal
 * {@code [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*}, infinities and NaN, where exp is
 * {@code [eE][-+]?[0-9]+}; nulls {@code ~|null|Null|NULL} and the empty string; the merge key
 * {@code <<}; timestamps; and {@code !}, {@code &}, {@code *}. SnakeYAML only tries booleans,
 * nulls and merge keys of up to 10 characters and timestamps of up to 50; this scanner has no
 * such limits, which only ever quotes more.
 */
final class SnakeYamlResolver {
  private SnakeYamlResolver() {}

  /** Returns whether SnakeYAML 1.1 resolves the plain scalar {@code s} to a non-string. */
  static boolean yaml11NonString(String s) {
    if (s.isEmpty()) {
      return true;
    }
    switch (s.charAt(0)) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~', '<', '!', '&', '*':
        return yaml11Keyword(s);
      case '+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return yaml11Int(s) || yaml11Float(s) || yaml11Timestamp(s);
      case ' ':
        return s.length() == 1; // the null pattern has a single space too
      default:
        return false;
    }
  }

  /** Returns whether the YAML 1.2 core schema resolves the plain scalar {@code s} to a non-string. */
  static boolean coreNonString(String s) {
    switch (s) {
      case "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
          ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF":
        return true;
      default:
        break;
    }
    char first = s.charAt(0);
    if (!(first == '+' || first == '-' || first == '.' || isDigit(first))) {
      return false;
    }
    int n = s.length();
    if (n > 2 && first == '0' && (s.charAt(1) == 'o' || s.charAt(1) == 'x')) {
      int radix = s.charAt(1) == 'o' ? 8 : 16;
      int i = 2;
      while (i < n && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 0x80) {
        i++;
      }
      return i == n;
    }
    // [-+]?[0-9]+ is a special case of the float [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)(exp)?
    int i = first == '+' || first == '-' ? 1 : 0;
    int digits = run(s, i, false);
    boolean number = digits > i;
    i = digits;
    if (i < n && s.charAt(i) == '.') {
      int fraction = run(s, i + 1, false);
      number |= fraction > i + 1;
      i = fraction;
    }
    return number && exponent(s, i, true) == n;
  }

  private static boolean yaml11Keyword(String s) {
    switch (s) {
      case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
          "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<",
          "!", "&", "*":
        return true;
      default:
        return false;
    }
  }

  private static boolean yaml11Int(String s) {
    int n = s.length();
    int i = sign(s);
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '0') {
      if (i + 1 == n) {
        return true;
      }
      char d = s.charAt(i + 1);
      if (d == 'b') {
        return prefixed(s, i + 2, 2);
      }
      if (d == 'x') {
        return prefixed(s, i + 2, 16);
      }
      return prefixed(s, i + 1, 8);
    }
    if (c < '1' || c > '9') {
      return false;
    }
    int j = run(s, i + 1, true);
    return j == n || sexagesimal(s, j) == n;
  }

  /** {@code _*[d][d_]*} to the end, d a digit of {@code radix}. */
  private static boolean prefixed(String s, int i, int radix) {
    int n = s.length();
    while (i < n && s.charAt(i) == '_') {
      i++;
    }
    if (i >= n || !isDigit(s.charAt(i), radix)) {
      return false;
    }
    for (i++; i < n; i++) {
      if (s.charAt(i) != '_' && !isDigit(s.charAt(i), radix)) {
        return false;
      }
    }
    return true;
  }

  private static boolean yaml11Float(String s) {
    int n = s.length();
    int i = sign(s);
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (isDigit(c)) {
      int j = run(s, i + 1, true);
      if (j < n && s.charAt(j) == '.') {
        return exponent(s, run(s, j + 1, true), true) == n;
      }
      if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
        return exponent(s, j, false) == n;
      }
      if (j < n && s.charAt(j) == ':') {
        int k = sexagesimal(s, j);
        return k < n && s.charAt(k) == '.' && run(s, k + 1, true) == n;
      }
      return false;
    }
    if (c != '.') {
      return false;
    }
    if (n == i + 4 && (s.startsWith("inf", i + 1) || s.startsWith("Inf", i + 1)
        || s.startsWith("INF", i + 1)
        || i == 0 && (s.startsWith("nan", 1) || s.startsWith("NaN", 1) || s.startsWith("NAN", 1)))) {
      return true;
    }
    int j = run(s, i + 1, true);
    return j > i + 1 && exponent(s, j, true) == n;
  }

  /**
   * {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, or {@code [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}} then
   * {@code ([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?}.
   */
  private static boolean yaml11Timestamp(String s) {
    int n = s.length();
    if (n < 8 || run(s, 0, false) != 4 || s.charAt(4) != '-') {
      return false;
    }
    int month = run(s, 5, false);
    if (month - 5 < 1 || month - 5 > 2 || month >= n || s.charAt(month) != '-') {
      return false;
    }
    int day = run(s, month + 1, false);
    int dayDigits = day - month - 1;
    if (dayDigits < 1 || dayDigits > 2) {
      return false;
    }
    if (day == n) {
      return month - 5 == 2 && dayDigits == 2;
    }
    int i = day;
    if (s.charAt(i) == 'T' || s.charAt(i) == 't') {
      i++;
    } else if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
      i = blanks(s, i);
    } else {
      return false;
    }
    int hour = run(s, i, false);
    if (hour - i < 1 || hour - i > 2) {
      return false;
    }
    i = hour;
    for (int field = 0; field < 2; field++) {
      if (i + 2 >= n || s.charAt(i) != ':' || !isDigit(s.charAt(i + 1))
          || !isDigit(s.charAt(i + 2))) {
        return false;
      }
      i += 3;
    }
    if (i < n && s.charAt(i) == '.') {
      i = run(s, i + 1, false);
    }
    if (i == n) {
      return true;
    }
    i = blanks(s, i);
    if (i < n && s.charAt(i) == 'Z') {
      return i + 1 == n;
    }
    if (i >= n || s.charAt(i) != '+' && s.charAt(i) != '-') {
      return false;
    }
    int zone = run(s, i + 1, false);
    if (zone - i - 1 < 1 || zone - i - 1 > 2) {
      return false;
    }
    return zone == n
        || zone + 3 == n && s.charAt(zone) == ':' && run(s, zone + 1, false) == n;
  }

  /** {@code (:[0-5]?[0-9])+} from {@code i}; returns the end, or {@code i} if there is none. */
  private static int sexagesimal(String s, int i) {
    int n = s.length();
    int end = i;
    while (end < n && s.charAt(end) == ':') {
      int digits = run(s, end + 1, false);
      int count = digits - end - 1;
      if (count == 1 || count == 2 && s.charAt(end + 1) <= '5') {
        end = digits;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * An exponent {@code [eE][-+]?[0-9]+} at {@code i}, optional if {@code optional}; returns its
   * end, or -1 if it is missing or malformed.
   */
  private static int exponent(String s, int i, boolean optional) {
    int n = s.length();
    if (i >= n || s.charAt(i) != 'e' && s.charAt(i) != 'E') {
      return optional ? i : -1;
    }
    int j = i + 1;
    if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
      j++;
    }
    int end = run(s, j, false);
    return end > j ? end : -1;
  }

  /** Returns the end of the run of digits (and underscores, if allowed) from {@code i}. */
  private static int run(String s, int i, boolean underscores) {
    while (i < s.length() && (isDigit(s.charAt(i)) || underscores && s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  private static int blanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int sign(String s) {
    return s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigit(char c, int radix) {
    return radix == 16 ? isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
        : c >= '0' && c < '0' + radix;
  }
}
