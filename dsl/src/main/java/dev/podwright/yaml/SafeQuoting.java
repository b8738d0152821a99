package dev.podwright.yaml;

/**
 * Decides, for every string the writer emits (keys too), whether it may be written as a plain
 * scalar: only when every reader that users' tools use reads it back as the same string.
 * Those readers are go-yaml v2 as used by {@code sigs.k8s.io/yaml} (kubectl, client-go, Helm),
 * go-yaml v3, SnakeYAML 1.1 (Jackson, fabric8) and the YAML 1.2 core schema; their resolvers are
 * implemented faithfully in {@link GoYamlResolver} and {@link SnakeYamlResolver}. A string that
 * any of them resolves to a boolean, null, number, timestamp or merge key is quoted
 * ({@code "yes"}, {@code "0x1F"}, {@code "1e1_0"}, {@code "0b-1"}, {@code "2001-1-2"}), and so is
 * one that plain YAML syntax cannot carry: indicators, {@code ": "}, {@code " #"}, leading or
 * trailing white space, control and line-break characters.
 *
 * <p>{@link #needsQuotes(String)} is the one entry point; it scans the string once and allocates
 * nothing on the common path. It is no Jackson {@code StringQuotingChecker} (the tests adapt it
 * to one, for the reference output through Jackson): loading that class on the writer's path
 * made a fresh JVM look for it in every jar before jackson-dataformat-yaml on the class path,
 * opening each.
 */
final class SafeQuoting {
  private SafeQuoting() {}

  /** Returns whether {@code s} must be quoted rather than written as a plain scalar. */
  static boolean needsQuotes(String s) {
    return s.isEmpty() || !plainSyntax(s) || resolvesToNonString(s);
  }

  /** Returns whether some reader resolves the plain scalar {@code s} to something else than it. */
  static boolean resolvesToNonString(String s) {
    return SnakeYamlResolver.coreNonString(s) || SnakeYamlResolver.yaml11NonString(s)
        || GoYamlResolver.v2NonString(s) || GoYamlResolver.v3NonString(s);
  }

  /**
   * Returns whether {@code s} (not empty) reads back as itself in plain style, in block and flow
   * context, for YAML 1.1 and 1.2 parsers alike. Flow indicators are refused too, so that keys
   * and values stay plain in either context.
   */
  static boolean plainSyntax(String s) {
    int n = s.length();
    char first = s.charAt(0);
    switch (first) {
      case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?',
          ':':
        return false;
      case '-':
        if (n == 1 || blank(s.charAt(1)) || s.startsWith("---")) {
          return false;
        }
        break;
      case '.':
        if (s.startsWith("...")) {
          return false;
        }
        break;
      default:
        break;
    }
    if (isWhite(first) || isWhite(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case ',', '[', ']', '{', '}':
          return false;
        case ':':
          if (i + 1 == n || blank(s.charAt(i + 1))) {
            return false;
          }
          break;
        case '#':
          if (blank(s.charAt(i - 1))) {
            return false;
          }
          break;
        default:
          if (!printable(s, i, c)) {
            return false;
          }
          if (Character.isHighSurrogate(c)) {
            i++; // the pair was checked
          }
      }
    }
    return true;
  }

  /**
   * Returns whether a string with line feeds reads back as itself from a literal block
   * ({@code |}): every character is printable (see {@link #needsQuotes}), a line feed or a TAB.
   * A carriage return, NEL, U+2028 or U+2029 would be read as (or folded into) a line feed.
   */
  static boolean literalSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && c != '\t' && !printable(s, i, c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  /**
   * Printable in the sense of both YAML versions and no line break: no C0 or C1 control
   * (so no TAB, NEL), no U+2028/U+2029, no BOM or non-character, no lone surrogate.
   */
  private static boolean printable(String s, int i, char c) {
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    if (c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return !Character.isLowSurrogate(c);
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  /** White space that a reader might trim or fold: ASCII blanks and Unicode spaces. */
  private static boolean isWhite(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
