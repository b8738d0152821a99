package dev.podwright.yaml;

import static dev.podwright.yaml.ScalarStyle.DOUBLE_QUOTED;
import static dev.podwright.yaml.ScalarStyle.LITERAL;
import static dev.podwright.yaml.ScalarStyle.PLAIN;
import static dev.podwright.yaml.ScalarStyle.SINGLE_QUOTED;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.IOContext;
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
 * ({@link YamlTextWriter}) port SnakeYAML's, column bookkeeping included, so lines fold where
 * SnakeYAML folds them.
 *
 * <p>One document per generator. Binary data, raw output, type and object ids are not supported:
 * the model writer needs none of them.
 */
final class BlockYamlGenerator extends GeneratorBase {
  private static final int INDICATOR_INDENT = 2;
  private static final int MAX_SIMPLE_KEY_LENGTH = 128;

  private static final int FEATURES = JsonGenerator.Feature.collectDefaults()
      & ~JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask();

  private static final int NONE = 0;
  private static final int MAPPING = 1;
  private static final int SEQUENCE = 2;

  private final StringQuotingChecker quoting;
  private final @Nullable Writer out;
  private final YamlTextWriter w;

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
    super(FEATURES, null, (IOContext) null);
    this.quoting = quoting;
    this.out = out;
    this.w = new YamlTextWriter(out);
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
    String text = w.text();
    w.recycle();
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
      w.writeIndicator(open, true, true, false);
      w.writeIndicator(close, false, false, false);
    } else {
      depth--;
      w.indent = outerIndents[depth];
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
    boolean indentless = pending == SEQUENCE && pendingInMapping && !w.indention;
    kinds[depth] = pending;
    outerIndents[depth] = w.indent;
    firstItems[depth] = true;
    depth++;
    if (w.indent == YamlTextWriter.NO_INDENT) {
      w.indent = 0;
    } else if (!indentless) {
      w.indent += YamlTextWriter.BEST_INDENT;
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
        w.writeIndicator(':', false, false, false);
      } else {
        w.writeIndent();
        w.writeIndicator(':', true, false, true);
      }
      return true;
    }
    w.writeIndent();
    if (firstItems[top]) {
      w.writeWhitespace(INDICATOR_INDENT);
    }
    w.writeIndicator('-', true, false, true);
    if (firstItems[top]) {
      w.indent += INDICATOR_INDENT;
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
    w.writeIndent();
    int analysis = ScalarStyle.analyze(name);
    boolean simple = name.length() < MAX_SIMPLE_KEY_LENGTH
        && (analysis & (ScalarStyle.EMPTY | ScalarStyle.MULTILINE)) == 0;
    simpleKeys[depth - 1] = simple;
    if (!simple) {
      w.writeIndicator('?', true, false, true);
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
    int outer = w.indent;
    w.indent = outer == YamlTextWriter.NO_INDENT
        ? YamlTextWriter.BEST_INDENT
        : outer + YamlTextWriter.BEST_INDENT;
    switch (style) {
      case PLAIN -> w.writePlain(text, split);
      case SINGLE_QUOTED -> w.writeSingleQuoted(text, split);
      case DOUBLE_QUOTED -> w.writeDoubleQuoted(text, split);
      default -> w.writeLiteral(text);
    }
    w.indent = outer;
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
    if (w.drain() && out != null && isEnabled(Feature.FLUSH_PASSED_TO_STREAM)) {
      out.flush();
    }
  }

  /** Ends the document (SnakeYAML's document end: the last line is terminated) and flushes. */
  @Override
  public void close() throws IOException {
    if (isClosed()) {
      return;
    }
    if (rootWritten) {
      w.indent = YamlTextWriter.NO_INDENT;
      w.writeIndent();
    }
    flush();
    if (out != null) {
      if (isEnabled(Feature.AUTO_CLOSE_TARGET)) {
        out.close();
      }
      w.recycle();
    }
    super.close();
  }

  @Override
  protected void _releaseBuffers() {
    // the buffer is recycled by close() or finish(), once its content is out
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
