package dev.podwright.yaml;

import static dev.podwright.yaml.ScalarStyle.DOUBLE_QUOTED;
import static dev.podwright.yaml.ScalarStyle.LITERAL;
import static dev.podwright.yaml.ScalarStyle.PLAIN;
import static dev.podwright.yaml.ScalarStyle.SINGLE_QUOTED;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson generator that writes block-style YAML straight into a character buffer: the bytes
 * Jackson's {@code YAMLGenerator} and SnakeYAML's emitter write with Podwright's settings
 * ({@code MINIMIZE_QUOTES}, {@code LITERAL_BLOCK_STYLE}, {@code INDENT_ARRAYS_WITH_INDICATOR},
 * lines split at 80 columns, no document marker), without their event objects, queue and state
 * objects. Jackson chooses the requested style ({@link SafeQuoting} for quotes, literal blocks
 * for line breaks); SnakeYAML's analysis ({@link ScalarStyle}) may overrule it; the writers below
 * port SnakeYAML's, column bookkeeping included, so lines fold where SnakeYAML folds them.
 *
 * <p>One document per generator. Binary data, raw output, type and object ids are not supported:
 * the model writer needs none of them.
 */
final class BlockYamlGenerator extends GeneratorBase {
  private static final int BEST_WIDTH = 80;
  private static final int BEST_INDENT = 2;
  private static final int INDICATOR_INDENT = 2;
  private static final int MAX_SIMPLE_KEY_LENGTH = 128;
  private static final int NO_INDENT = -1; // SnakeYAML's null indent, before the root node

  private static final int FEATURES = JsonGenerator.Feature.collectDefaults()
      & ~JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask();

  private static final int NONE = 0;
  private static final int MAPPING = 1;
  private static final int SEQUENCE = 2;

  /** A buffer per thread, reused from document to document; big ones are not kept. */
  private static final ThreadLocal<char @Nullable []> BUFFERS = new ThreadLocal<>();
  private static final int KEPT_BUFFER = 64 * 1024;

  private final StringQuotingChecker quoting;
  private final @Nullable Writer out;
  private char[] buf;
  private int len;

  // SnakeYAML's emitter state: where the last character went and what it was.
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  private int indent = NO_INDENT;

  // Open block collections, innermost last.
  private int depth;
  private int[] kinds = new int[16];
  private int[] outerIndents = new int[16];
  private boolean[] firstItems = new boolean[16];
  private boolean[] simpleKeys = new boolean[16];
  // A collection just started: block or flow ("{}") depends on whether anything comes next.
  private int pending = NONE;
  private boolean pendingInMapping;
  private boolean rootWritten;

  private BlockYamlGenerator(StringQuotingChecker quoting, @Nullable Writer out) {
    super(FEATURES, null);
    this.quoting = quoting;
    this.out = out;
    char[] kept = BUFFERS.get();
    BUFFERS.set(null);
    this.buf = kept != null ? kept : new char[4096];
  }

  /** A generator whose document {@link #finish()} returns. */
  static BlockYamlGenerator toText(StringQuotingChecker quoting) {
    return new BlockYamlGenerator(quoting, null);
  }

  /** A generator that writes to {@code out} and flushes it, but does not close it. */
  static BlockYamlGenerator to(Writer out, StringQuotingChecker quoting) {
    return new BlockYamlGenerator(quoting, out);
  }

  /** Closes the generator and returns its document; only for {@link #toText}. */
  String finish() throws IOException {
    close();
    String text = new String(buf, 0, len);
    recycle();
    return text;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  // Structure

  @Override
  public void writeStartObject() throws IOException {
    _verifyValueWrite("start an object");
    _writeContext = _writeContext.createChildObjectContext();
    start(MAPPING);
  }

  @Override
  public void writeEndObject() throws IOException {
    if (!_writeContext.inObject()) {
      _reportError("Current context not Object but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.getParent();
    end(MAPPING, '{', '}');
  }

  @Override
  public void writeStartArray() throws IOException {
    _verifyValueWrite("start an array");
    _writeContext = _writeContext.createChildArrayContext();
    start(SEQUENCE);
  }

  @Override
  public void writeEndArray() throws IOException {
    if (!_writeContext.inArray()) {
      _reportError("Current context not Array but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.getParent();
    end(SEQUENCE, '[', ']');
  }

  private void start(int kind) throws IOException {
    pendingInMapping = beginNode();
    pending = kind;
  }

  private void end(int kind, char open, char close) throws IOException {
    if (pending == kind) { // empty: SnakeYAML writes an empty collection in flow style
      pending = NONE;
      writeIndicator(open, true, true, false);
      writeIndicator(close, false, false, false);
    } else {
      depth--;
      indent = outerIndents[depth];
    }
  }

  /** The pending collection has content, so it is a block collection (expectBlock*). */
  private void openPending() {
    if (pending == NONE) {
      return;
    }
    if (depth == kinds.length) {
      int size = depth * 2;
      kinds = Arrays.copyOf(kinds, size);
      outerIndents = Arrays.copyOf(outerIndents, size);
      firstItems = Arrays.copyOf(firstItems, size);
      simpleKeys = Arrays.copyOf(simpleKeys, size);
    }
    boolean indentless = pending == SEQUENCE && pendingInMapping && !indention;
    kinds[depth] = pending;
    outerIndents[depth] = indent;
    firstItems[depth] = true;
    depth++;
    if (indent == NO_INDENT) {
      indent = 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
    pending = NONE;
  }

  /**
   * Writes what comes before a node: nothing at the root, {@code ":"} after a key, {@code "-"}
   * for a list item. Returns whether the node is a mapping value (SnakeYAML's mapping context).
   */
  private boolean beginNode() throws IOException {
    openPending();
    if (depth == 0) {
      if (rootWritten) {
        _reportError("Can not write a second document with one generator");
      }
      rootWritten = true;
      return false;
    }
    int top = depth - 1;
    if (kinds[top] == MAPPING) {
      if (simpleKeys[top]) {
        writeIndicator(':', false, false, false);
      } else {
        writeIndent();
        writeIndicator(':', true, false, true);
      }
      return true;
    }
    writeIndent();
    if (firstItems[top]) {
      writeWhitespace(INDICATOR_INDENT);
    }
    writeIndicator('-', true, false, true);
    if (firstItems[top]) {
      indent += INDICATOR_INDENT;
      firstItems[top] = false;
    }
    return false;
  }

  // Keys and scalars

  @Override
  public void writeFieldName(String name) throws IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Can not write a field name, expecting a value");
    }
    openPending();
    writeIndent();
    int analysis = ScalarStyle.analyze(name);
    boolean simple = name.length() < MAX_SIMPLE_KEY_LENGTH
        && (analysis & (ScalarStyle.EMPTY | ScalarStyle.MULTILINE)) == 0;
    simpleKeys[depth - 1] = simple;
    if (!simple) {
      writeIndicator('?', true, false, true);
    }
    int requested = quoting.needToQuoteName(name) ? DOUBLE_QUOTED : PLAIN;
    scalar(name, ScalarStyle.choose(requested, analysis, simple), !simple);
  }

  @Override
  public void writeFieldName(com.fasterxml.jackson.core.SerializableString name)
      throws IOException {
    writeFieldName(name.getValue());
  }

  @Override
  public void writeString(@Nullable String text) throws IOException {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write String value");
    int requested;
    if (text.isEmpty()) {
      requested = DOUBLE_QUOTED;
    } else if (text.indexOf('\n') >= 0) {
      requested = LITERAL;
    } else {
      requested = quoting.needToQuoteValue(text) ? DOUBLE_QUOTED : PLAIN;
    }
    value(text, requested);
  }

  @Override
  public void writeString(char[] text, int offset, int length) throws IOException {
    writeString(new String(text, offset, length));
  }

  @Override
  public void writeString(com.fasterxml.jackson.core.SerializableString text) throws IOException {
    writeString(text.getValue());
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
    writeString(new String(text, offset, length, StandardCharsets.UTF_8));
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    plainValue(state ? "true" : "false");
  }

  @Override
  public void writeNull() throws IOException {
    plainValue("null");
  }

  @Override
  public void writeNumber(int v) throws IOException {
    plainValue(Integer.toString(v));
  }

  @Override
  public void writeNumber(long v) throws IOException {
    plainValue(Long.toString(v));
  }

  @Override
  public void writeNumber(@Nullable BigInteger v) throws IOException {
    if (v == null) {
      writeNull();
    } else {
      plainValue(v.toString());
    }
  }

  @Override
  public void writeNumber(double v) throws IOException {
    plainValue(Double.toString(v));
  }

  @Override
  public void writeNumber(float v) throws IOException {
    plainValue(Float.toString(v));
  }

  @Override
  public void writeNumber(@Nullable BigDecimal v) throws IOException {
    if (v == null) {
      writeNull();
    } else {
      plainValue(isEnabled(Feature.WRITE_BIGDECIMAL_AS_PLAIN) ? v.toPlainString() : v.toString());
    }
  }

  @Override
  public void writeNumber(@Nullable String encodedValue) throws IOException {
    if (encodedValue == null) {
      writeNull();
    } else {
      plainValue(encodedValue);
    }
  }

  private void plainValue(String text) throws IOException {
    _verifyValueWrite("write a scalar");
    value(text, PLAIN);
  }

  private void value(String text, int requested) throws IOException {
    beginNode();
    scalar(text, ScalarStyle.choose(requested, ScalarStyle.analyze(text), false), true);
  }

  /** SnakeYAML's expectScalar: the scalar's continuation lines go one step deeper. */
  private void scalar(String text, int style, boolean split) throws IOException {
    int outer = indent;
    indent = indent == NO_INDENT ? BEST_INDENT : indent + BEST_INDENT;
    switch (style) {
      case PLAIN -> writePlain(text, split);
      case SINGLE_QUOTED -> writeSingleQuoted(text, split);
      case DOUBLE_QUOTED -> writeDoubleQuoted(text, split);
      default -> writeLiteral(text);
    }
    indent = outer;
  }

  // SnakeYAML's writers

  private void writeIndicator(char indicator, boolean needWhitespace, boolean whitespace,
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

  private void writeIndent() throws IOException {
    int indent = Math.max(this.indent, 0);
    if (!indention || column > indent || (column == indent && !whitespace)) {
      writeLineBreak();
    }
    writeWhitespace(indent - column);
  }

  private void writeWhitespace(int length) throws IOException {
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

  private void writePlain(String text, boolean split) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    if (!whitespace) {
      column++;
      append(' ');
    }
    whitespace = false;
    indention = false;
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

  private void writeSingleQuoted(String text, boolean split) throws IOException {
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

  private void writeDoubleQuoted(String text, boolean split) throws IOException {
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

  private void writeLiteral(String text) throws IOException {
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

  // The buffer

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

  // Jackson plumbing

  @Override
  protected void _verifyValueWrite(String typeMsg) throws IOException {
    if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
      _reportError("Can not " + typeMsg + ", expecting field name");
    }
  }

  @Override
  public void flush() throws IOException {
    if (out != null) {
      out.write(buf, 0, len);
      len = 0;
      if (isEnabled(Feature.FLUSH_PASSED_TO_STREAM)) {
        out.flush();
      }
    }
  }

  /** Ends the document (SnakeYAML's document end: the last line is terminated) and flushes. */
  @Override
  public void close() throws IOException {
    if (isClosed()) {
      return;
    }
    if (rootWritten) {
      indent = NO_INDENT;
      writeIndent();
    }
    flush();
    if (out != null) {
      if (isEnabled(Feature.AUTO_CLOSE_TARGET)) {
        out.close();
      }
      recycle();
    }
    super.close();
  }

  @Override
  protected void _releaseBuffers() {
    // the buffer is recycled by close() or finish(), once its content is out
  }

  private void recycle() {
    if (buf.length <= KEPT_BUFFER) {
      BUFFERS.set(buf);
    }
  }

  @Override
  public void writeRaw(String text) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeRaw(String text, int offset, int length) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeRaw(char[] text, int offset, int length) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeRaw(char c) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int length)
      throws IOException {
    _reportUnsupportedOperation();
  }
}
