package dev.podwright.yaml;

/**
 * How {@link BlockYamlEmitter} writes a scalar: SnakeYAML's scalar analysis and style choice
 * ({@code Emitter.analyzeScalar} and {@code chooseScalarStyle} of SnakeYAML 2.x), ported for the
 * cases Podwright's output reaches, block context only (no flow collection ever holds a scalar)
 * and Unicode allowed. Analyses are bit sets, so that nothing is allocated per scalar.
 */
final class ScalarStyle {
  static final int PLAIN = 0;
  static final int SINGLE_QUOTED = 1;
  static final int DOUBLE_QUOTED = 2;
  static final int LITERAL = 3;

  static final int EMPTY = 1;
  static final int MULTILINE = 1 << 1;
  static final int ALLOW_BLOCK_PLAIN = 1 << 2;
  static final int ALLOW_SINGLE_QUOTED = 1 << 3;
  static final int ALLOW_BLOCK = 1 << 4;

  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",?[]{}";

  private ScalarStyle() {}

  /** YAML 1.1 line breaks, as SnakeYAML's {@code Constant.LINEBR}; {@code \r} is not one. */
  static boolean isLineBreak(int c) {
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBlankOrNul(int c) {
    return c == ' ' || c == '\t' || c == 0;
  }

  private static boolean isBlankOrBreak(int c) {
    return isBlankOrNul(c) || c == '\r' || isLineBreak(c);
  }

  /** Returns the style SnakeYAML chooses for a scalar requested in {@code requested}. */
  static int choose(int requested, int analysis, boolean simpleKey) {
    if (requested == DOUBLE_QUOTED) {
      return DOUBLE_QUOTED;
    }
    boolean multiline = (analysis & MULTILINE) != 0;
    if (requested == PLAIN && (analysis & ALLOW_BLOCK_PLAIN) != 0
        && !(simpleKey && ((analysis & EMPTY) != 0 || multiline))) {
      return PLAIN;
    }
    if (requested == LITERAL) {
      // A literal request that cannot be met falls through to double quotes, never single.
      return !simpleKey && (analysis & ALLOW_BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    if ((analysis & ALLOW_SINGLE_QUOTED) != 0 && !(simpleKey && multiline)) {
      return SINGLE_QUOTED;
    }
    return DOUBLE_QUOTED;
  }

  /** What {@link #analyze} returns for a {@link #simple} scalar. */
  static final int SIMPLE = ALLOW_BLOCK_PLAIN | ALLOW_SINGLE_QUOTED | ALLOW_BLOCK;

  /**
   * Returns whether {@code s} is the common kind of scalar that needs no analysis: shorter than
   * a simple key's limit, starting with an ASCII letter or {@code /}, and made only of ASCII
   * letters, digits, {@code . _ / -}. Such a scalar has no indicator, space, break or special
   * character, so {@link #analyze} gives {@link #SIMPLE} and YAML syntax lets it stay plain; only
   * what a reader resolves it to ({@link SafeQuoting#resolvesToNonString}) can still quote it.
   * Most keys and values of a manifest are like this.
   */
  static boolean simple(String s) {
    int n = s.length();
    if (n == 0 || n >= 128) {
      return false;
    }
    char first = s.charAt(0);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '/')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '/' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** SnakeYAML's {@code analyzeScalar}, keeping only what block output needs. */
  static int analyze(String scalar) {
    int length = scalar.length();
    if (length == 0) {
      return EMPTY | ALLOW_BLOCK_PLAIN | ALLOW_SINGLE_QUOTED;
    }
    boolean blockIndicators = scalar.startsWith("---") || scalar.startsWith("...");
    boolean lineBreaks = false;
    boolean specialCharacters = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;

    boolean precededByWhitespace = true;
    boolean followedByWhitespace = length == 1 || isBlankOrBreak(scalar.codePointAt(1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int index = 0;
    while (index < length) {
      int c = scalar.codePointAt(index);
      if (index == 0) {
        if (LEADING_INDICATORS.indexOf(c) != -1) {
          blockIndicators = true;
        }
        if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
          blockIndicators = true;
        }
      } else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace)) {
        blockIndicators = true;
      }
      boolean isLineBreak = isLineBreak(c);
      if (isLineBreak) {
        lineBreaks = true;
      }
      if (!(c == '\n' || (0x20 <= c && c <= 0x7E))) {
        boolean unicode = c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
        if (!unicode) {
          specialCharacters = true;
        }
      }
      if (c == ' ') {
        if (index == 0) {
          leadingSpace = true;
        }
        if (index == length - 1) {
          trailingSpace = true;
        }
        if (previousBreak) {
          breakSpace = true;
        }
        previousSpace = true;
        previousBreak = false;
      } else if (isLineBreak) {
        if (index == 0) {
          leadingBreak = true;
        }
        if (index == length - 1) {
          trailingBreak = true;
        }
        if (previousSpace) {
          spaceBreak = true;
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      index += Character.charCount(c);
      precededByWhitespace = isBlankOrNul(c) || isLineBreak;
      followedByWhitespace = true;
      if (index + 1 < length) {
        int nextIndex = index + Character.charCount(scalar.codePointAt(index));
        if (nextIndex < length) {
          followedByWhitespace = isBlankOrNul(scalar.codePointAt(nextIndex)) || isLineBreak;
        }
      }
    }
    boolean allowBlockPlain = true;
    boolean allowSingleQuoted = true;
    boolean allowBlock = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak
        || hasLeadingZero(scalar)) {
      allowBlockPlain = false;
    }
    if (trailingSpace) {
      allowBlock = false;
    }
    if (breakSpace) {
      allowBlockPlain = allowSingleQuoted = false;
    }
    if (spaceBreak || specialCharacters) {
      allowBlockPlain = allowSingleQuoted = allowBlock = false;
    }
    if (blockIndicators) {
      allowBlockPlain = false;
    }
    return (lineBreaks ? MULTILINE : 0) | (allowBlockPlain ? ALLOW_BLOCK_PLAIN : 0)
        | (allowSingleQuoted ? ALLOW_SINGLE_QUOTED : 0) | (allowBlock ? ALLOW_BLOCK : 0);
  }

  private static boolean hasLeadingZero(String scalar) {
    if (scalar.length() < 2 || scalar.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < scalar.length(); i++) {
      char ch = scalar.charAt(i);
      if (!((ch >= '0' && ch <= '9') || ch == '_')) {
        return false;
      }
    }
    return true;
  }
}
