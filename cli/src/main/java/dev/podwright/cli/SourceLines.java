package dev.podwright.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines, each with its own line break, so an edit can drop, insert and shift
 * lines and leave every other byte alone. Converts SnakeYAML's marks, which count code points,
 * to line numbers.
 */
final class SourceLines {
  private final String text;
  private final List<String> lines = new ArrayList<>();
  /** The char offset where each line starts. */
  private final List<Integer> starts = new ArrayList<>();
  private final String lineBreak;
  private final boolean bmp;

  SourceLines(String text) {
    this.text = text;
    this.bmp = text.length() == text.codePointCount(0, text.length());
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(start);
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      starts.add(start);
      lines.add(text.substring(start));
    }
    int lf = text.indexOf('\n');
    this.lineBreak = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  /** The file's own line break: {@code \r\n} if its first line ends so, else {@code \n}. */
  String lineBreak() {
    return lineBreak;
  }

  int size() {
    return lines.size();
  }

  /** Returns line {@code i} (0-based) with its line break. */
  String line(int i) {
    return lines.get(i);
  }

  /** Returns line {@code i} without its line break. */
  String content(int i) {
    String line = lines.get(i);
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** Returns the char offset of a code point index, as SnakeYAML's marks give them. */
  int charIndex(int codePointIndex) {
    // Nearly every manifest is all BMP: code points and chars agree.
    if (bmp) {
      return codePointIndex;
    }
    return text.offsetByCodePoints(0, Math.min(codePointIndex,
        text.codePointCount(0, text.length())));
  }

  /** Returns the 0-based line holding the char at {@code charIndex}. */
  int lineOf(int charIndex) {
    int low = 0;
    int high = starts.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts.get(mid) <= charIndex) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Returns the char offset where line {@code i} starts. */
  int start(int i) {
    return i < starts.size() ? starts.get(i) : text.length();
  }

  /** Returns the number of leading spaces of line {@code i}. */
  int indent(int i) {
    String line = lines.get(i);
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** Returns whether line {@code i} holds nothing but whitespace. */
  boolean isBlank(int i) {
    return content(i).isBlank();
  }

  /** Returns whether line {@code i} holds only a comment. */
  boolean isComment(int i) {
    return content(i).stripLeading().startsWith("#");
  }

  /** Returns whether the indentation of line {@code i} holds a tab. */
  boolean tabIndented(int i) {
    String line = lines.get(i);
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '\t') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return false;
  }
}
