package dev.podwright.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings.TrimSpace} and {@code strings.Fields}, which the server's checks use where
 * Java's {@code strip()}, {@code trim()} and {@code \s} would disagree: Go's white space is
 * {@code unicode.IsSpace} (ASCII space, tab, newline, vertical tab, form feed, carriage return,
 * U+0085, U+00A0 and Unicode's other White_Space characters), so it trims a no-break space and
 * keeps U+001C to U+001F and other control characters, which {@code strip()} and
 * {@code trim()} respectively treat the other way.
 */
final class GoStrings {
  private GoStrings() {}

  /** {@code unicode.IsSpace}. */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  /** {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code strings.Fields}: the runs of non-space characters, in order. */
  static List<String> fields(String s) {
    List<String> fields = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      boolean space = isSpace(s.codePointAt(i));
      if (space && start >= 0) {
        fields.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      fields.add(s.substring(start));
    }
    return fields;
  }
}
