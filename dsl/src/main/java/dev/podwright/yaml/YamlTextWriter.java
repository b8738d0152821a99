package dev.podwright.yaml;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The text side of {@link BlockYamlEmitter}: SnakeYAML's emitter writers (indicators,
 * indentation, plain, single-quoted, double-quoted and literal scalars, line folding at 80
 * columns), with the same bookkeeping of the column and of the last character written, over a
 * character buffer that is recycled per thread and, for a {@link Writer}, flushed when full.
 */
final class YamlTextWriter {
  static final int BEST_INDENT = 2;
  static final int NO_INDENT = -1; // SnakeYAML's null indent, before the root node
  private static final int BEST_WIDTH = 80;

  /** A buffer per thread, reused from document to document; big ones are not kept. */
  private static final ThreadLocal<char @Nullable []> BUFFERS = new ThreadLocal<>();
  private static final int KEPT_BUFFER = 64 * 1024;

  private final @Nullable Writer out;
  private char[] buf;
  private int len;

  // SnakeYAML's emitter state: where the last character went and what it was.
  private int column;
  private boolean whitespace = true;
  boolean indention = true;
  int indent = NO_INDENT;

  YamlTextWriter(@Nullable Writer out) {
    this.out = out;
    char[] kept = BUFFERS.get();
    BUFFERS.set(null);
    this.buf = kept != null ? kept : new char[4096];
  }

  /** The text written so far, for a writer without a target. */
  String text() {
    return new String(buf, 0, len);
  }

  /** Hands what is buffered to the target, if there is one; returns whether there is. */
  boolean drain() throws IOException {
    if (out == null) {
      return false;
    }
    out.write(buf, 0, len);
    len = 0;
    return true;
  }

  /** Gives the buffer to the next document on this thread; nothing may be written after. */
  void recycle() {
    if (buf.length <= KEPT_BUFFER) {
      BUFFERS.set(buf);
    }
  }

  void writeIndicator(char indicator, boolean needWhitespace, boolean whitespace,
      boolean indentation) throws IOException {
    if (!this.whitespace && needWhitespace) {
      column++;
      append(' ');
    }
    this.whitespace = whitespace;
    this.indention = this.indention && indentation;
    column++;
    append(indicator);
  }

  void writeIndent() throws IOException {
    int indent = Math.max(this.indent, 0);
    if (!indention || column > indent || (column == indent && !whitespace)) {
      writeLineBreak();
    }
    writeWhitespace(indent - column);
  }

  void writeWhitespace(int length) throws IOException {
    if (length <= 0) {
      return;
    }
    whitespace = true;
    column += length;
    ensure(length);
    Arrays.fill(buf, len, len + length, ' ');
    len += length;
  }

  private void writeLineBreak() throws IOException {
    writeLineBreak('\n');
  }

  private void writeLineBreak(char lineBreak) throws IOException {
    whitespace = true;
    indention = true;
    column = 0;
    append(lineBreak);
  }

  /** Writes the line breaks in {@code text[start, end)}, each as itself. */
  private void writeBreaks(String text, int start, int end) throws IOException {
    for (int i = start; i < end; i++) {
      writeLineBreak(text.charAt(i));
    }
  }

  /** Starts a plain scalar: a space after what the line holds, unless it ends in one. */
  private void startPlain() throws IOException {
    if (!whitespace) {
      column++;
      append(' ');
    }
    whitespace = false;
    indention = false;
  }

  /**
   * {@link #writePlain} of a one-word scalar ({@link ScalarStyle#simple}, a number, a boolean):
   * no space or break, so nothing to fold.
   */
  void writeSimplePlain(String text) throws IOException {
    startPlain();
    column += text.length();
    append(text, 0, text.length());
  }

  /** {@link #writeSimplePlain(String)} of {@code Long.toString(value)}, without the string. */
  void writeSimplePlain(long value) throws IOException {
    if (value == Long.MIN_VALUE) { // no positive counterpart to print digits of
      writeSimplePlain(Long.toString(value));
      return;
    }
    startPlain();
    int digits = 1;
    for (long v = Math.abs(value); v >= 10; v /= 10) {
      digits++;
    }
    int count = value < 0 ? digits + 1 : digits;
    column += count;
    ensure(count);
    int at = len + count;
    for (long v = Math.abs(value); at > len + count - digits; v /= 10) {
      buf[--at] = (char) ('0' + v % 10);
    }
    if (value < 0) {
      buf[len] = '-';
    }
    len += count;
  }

  void writePlain(String text, boolean split) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    startPlain();
    boolean spaces = false;
    boolean breaks = false;
    int start = 0;
    int end = 0;
    while (end <= text.length()) {
      char ch = end < text.length() ? text.charAt(end) : 0;
      if (spaces) {
        if (ch != ' ') {
          if (start + 1 == end && column > BEST_WIDTH && split) {
            writeIndent();
            whitespace = false;
            indention = false;
          } else {
            column += end - start;
            append(text, start, end);
          }
          start = end;
        }
      } else if (breaks) {
        if (!ScalarStyle.isLineBreak(ch)) {
          if (text.charAt(start) == '\n') {
            writeLineBreak();
          }
          writeBreaks(text, start, end);
          writeIndent();
          whitespace = false;
          indention = false;
          start = end;
        }
      } else if (ScalarStyle.isLineBreak(ch) || ch == 0 || ch == ' ') {
        column += end - start;
        append(text, start, end);
        start = end;
      }
      if (ch != 0) {
        spaces = ch == ' ';
        breaks = ScalarStyle.isLineBreak(ch);
      }
      end++;
    }
  }

  void writeSingleQuoted(String text, boolean split) throws IOException {
    writeIndicator('\'', true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    int start = 0;
    int end = 0;
    while (end <= text.length()) {
      char ch = end < text.length() ? text.charAt(end) : 0;
      if (spaces) {
        if (ch == 0 || ch != ' ') {
          if (start + 1 == end && column > BEST_WIDTH && split && start != 0
              && end != text.length()) {
            writeIndent();
          } else {
            column += end - start;
            append(text, start, end);
          }
          start = end;
        }
      } else if (breaks) {
        if (ch == 0 || !ScalarStyle.isLineBreak(ch)) {
          if (text.charAt(start) == '\n') {
            writeLineBreak();
          }
          writeBreaks(text, start, end);
          writeIndent();
          start = end;
        }
      } else if (ScalarStyle.isLineBreak(ch) || ch == 0 || ch == ' ' || ch == '\'') {
        if (start < end) {
          column += end - start;
          append(text, start, end);
          start = end;
        }
      }
      if (ch == '\'') {
        column += 2;
        append('\'');
        append('\'');
        start = end + 1;
      }
      if (ch != 0) {
        spaces = ch == ' ';
        breaks = ScalarStyle.isLineBreak(ch);
      }
      end++;
    }
    writeIndicator('\'', false, false, false);
  }

  void writeDoubleQuoted(String text, boolean split) throws IOException {
    writeIndicator('"', true, false, false);
    int start = 0;
    int end = 0;
    int length = text.length();
    while (end <= length) {
      boolean atEnd = end == length;
      char ch = atEnd ? 0 : text.charAt(end);
      if (atEnd || ch == '"' || ch == '\\' || ch < 0x20 || ch > 0x7E) {
        if (start < end) {
          column += end - start;
          append(text, start, end);
          start = end;
        }
        if (!atEnd) {
          end = writeEscaped(text, end, ch);
          start = end + 1;
        }
      }
      if (0 < end && end < length - 1 && (ch == ' ' || start >= end)
          && column + (end - start) > BEST_WIDTH && split) {
        if (start < end) {
          column += end - start + 1;
          append(text, start, end);
          append('\\');
          start = end;
        } else {
          column++;
          append('\\');
        }
        writeIndent();
        whitespace = false;
        indention = false;
        if (text.charAt(start) == ' ') {
          column++;
          append('\\');
        }
      }
      end++;
    }
    writeIndicator('"', false, false, false);
  }

  /** Writes the character at {@code end} as a double-quoted scalar does; returns its last index. */
  private int writeEscaped(String text, int end, char ch) throws IOException {
    char escape = switch (ch) {
      case '\0' -> '0';
      case '\u0007' -> 'a';
      case '\b' -> 'b';
      case '\t' -> 't';
      case '\n' -> 'n';
      case '\u000B' -> 'v';
      case '\f' -> 'f';
      case '\r' -> 'r';
      case '\u001B' -> 'e';
      case '"' -> '"';
      case '\\' -> '\\';
      case '\u0085' -> 'N';
      case '\u00A0' -> '_';
      case '\u2028' -> 'L';
      case '\u2029' -> 'P';
      default -> 0;
    };
    if (escape != 0) {
      column += 2;
      append('\\');
      append(escape);
      return end;
    }
    // SnakeYAML pairs a high surrogate with any next character, turning "\ud800a" into another
    // character; here a lone surrogate is escaped, as SnakeYAML does at the end of a string.
    int codePoint = Character.isHighSurrogate(ch) && end + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(end + 1))
        ? Character.toCodePoint(ch, text.charAt(end + 1))
        : ch;
    if (isPrintable(codePoint)) {
      int count = Character.charCount(codePoint);
      column += count;
      append(text, end, end + count);
      return end + count - 1;
    }
    String hex;
    int last = end;
    if (ch <= '\u00FF') {
      hex = "\\x" + hex(ch, 2);
    } else if (Character.charCount(codePoint) == 2) {
      last = end + 1;
      hex = "\\U" + hex(codePoint, 8);
    } else {
      hex = "\\u" + hex(ch, 4);
    }
    column += hex.length();
    append(hex, 0, hex.length());
    return last;
  }

  private static String hex(int value, int digits) {
    String s = "0000000" + Integer.toHexString(value);
    return s.substring(s.length() - digits);
  }

  /** SnakeYAML's {@code StreamReader.isPrintable}. */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  void writeLiteral(String text) throws IOException {
    writeIndicator('|', true, false, false);
    if (ScalarStyle.isLineBreak(text.charAt(0)) || text.charAt(0) == ' ') {
      append((char) ('0' + BEST_INDENT));
    }
    char last = text.charAt(text.length() - 1);
    if (!ScalarStyle.isLineBreak(last)) {
      append('-');
    } else if (text.length() == 1 || ScalarStyle.isLineBreak(text.charAt(text.length() - 2))) {
      append('+');
    }
    writeLineBreak();
    boolean breaks = true;
    int start = 0;
    int end = 0;
    while (end <= text.length()) {
      char ch = end < text.length() ? text.charAt(end) : 0;
      if (breaks) {
        if (ch == 0 || !ScalarStyle.isLineBreak(ch)) {
          writeBreaks(text, start, end);
          if (ch != 0) {
            writeIndent();
          }
          start = end;
        }
      } else if (ch == 0 || ScalarStyle.isLineBreak(ch)) {
        append(text, start, end); // SnakeYAML does not count these columns either
        if (ch == 0) {
          writeLineBreak();
        }
        start = end;
      }
      if (ch != 0) {
        breaks = ScalarStyle.isLineBreak(ch);
      }
      end++;
    }
  }

  private void ensure(int more) throws IOException {
    if (len + more <= buf.length) {
      return;
    }
    if (out != null) {
      out.write(buf, 0, len);
      len = 0;
      if (more <= buf.length) {
        return;
      }
    }
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
  }

  private void append(char c) throws IOException {
    if (len == buf.length) {
      ensure(1);
    }
    buf[len++] = c;
  }

  private void append(String text, int start, int end) throws IOException {
    int count = end - start;
    ensure(count);
    text.getChars(start, end, buf, len);
    len += count;
  }
}
