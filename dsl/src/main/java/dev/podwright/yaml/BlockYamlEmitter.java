package dev.podwright.yaml;

import static dev.podwright.yaml.ScalarStyle.DOUBLE_QUOTED;
import static dev.podwright.yaml.ScalarStyle.LITERAL;
import static dev.podwright.yaml.ScalarStyle.PLAIN;
import static dev.podwright.yaml.ScalarStyle.SINGLE_QUOTED;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes block-style YAML straight into a character buffer: the bytes that Jackson's
 * {@code YAMLGenerator} over SnakeYAML's emitter wrote for {@link PodYaml} (the settings
 * {@code MINIMIZE_QUOTES}, {@code LITERAL_BLOCK_STYLE}, {@code INDENT_ARRAYS_WITH_INDICATOR}, no
 * document marker, lines split at 80 columns, and {@code SafeYamlFactory}'s rule that a multi-line
 * string a literal block would change is double-quoted), without their event objects, queue and
 * state objects. The requested style comes from {@link SafeQuoting}; SnakeYAML's analysis
 * ({@link ScalarStyle}) may overrule it, as it did; the writers ({@link YamlTextWriter}) port
 * SnakeYAML's, column bookkeeping included, so lines fold where SnakeYAML folded them.
 *
 * <p>One document per emitter.
 */
final class BlockYamlEmitter implements Emitter, AutoCloseable {
  private static final int INDICATOR_INDENT = 2;
  private static final int MAX_SIMPLE_KEY_LENGTH = 128;

  private static final int NONE = 0;
  private static final int MAPPING = 1;
  private static final int SEQUENCE = 2;

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
  // Whether the innermost mapping has a key waiting for its value.
  private boolean keyWritten;
  private boolean rootWritten;
  private boolean closed;

  private BlockYamlEmitter(@Nullable Writer out) {
    this.out = out;
    this.w = new YamlTextWriter(out);
  }

  /** An emitter whose document {@link #finish()} returns. */
  static BlockYamlEmitter toText() {
    return new BlockYamlEmitter(null);
  }

  /** An emitter that writes to {@code out} and, on {@link #close()}, flushes it, not closes it. */
  static BlockYamlEmitter to(Writer out) {
    return new BlockYamlEmitter(out);
  }

  /** Ends the document and returns it; only for {@link #toText}. */
  String finish() throws IOException {
    endDocument();
    String text = w.text();
    w.recycle();
    return text;
  }

  /** Ends the document, hands it to the writer and flushes the writer; only for {@link #to}. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    endDocument();
    w.drain();
    w.recycle();
    if (out != null) {
      out.flush();
    }
  }

  /** SnakeYAML's document end: the last line is terminated. */
  private void endDocument() throws IOException {
    if (closed) {
      throw new IllegalStateException("the document is finished");
    }
    closed = true;
    if (depth > 0 || pending != NONE) {
      throw new IllegalStateException("a collection is still open");
    }
    if (rootWritten) {
      w.indent = YamlTextWriter.NO_INDENT;
      w.writeIndent();
    }
  }

  // Structure

  @Override
  public void startObject() throws IOException {
    start(MAPPING);
  }

  @Override
  public void endObject() throws IOException {
    end(MAPPING, '{', '}');
  }

  @Override
  public void startArray() throws IOException {
    start(SEQUENCE);
  }

  @Override
  public void endArray() throws IOException {
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
    } else if (pending == NONE && depth > 0 && kinds[depth - 1] == kind && !keyWritten) {
      depth--;
      w.indent = outerIndents[depth];
    } else {
      throw new IllegalStateException("no " + (kind == MAPPING ? "object" : "array")
          + " to end here");
    }
    keyWritten = false;
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
      if (rootWritten || closed) {
        throw new IllegalStateException("one document per emitter");
      }
      rootWritten = true;
      return false;
    }
    int top = depth - 1;
    if (kinds[top] == MAPPING) {
      if (!keyWritten) {
        throw new IllegalStateException("a value in an object needs a field name first");
      }
      keyWritten = false;
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
  public void fieldName(String name) throws IOException {
    openPending();
    if (depth == 0 || kinds[depth - 1] != MAPPING || keyWritten) {
      throw new IllegalStateException("a field name belongs in an object, before its value");
    }
    keyWritten = true;
    w.writeIndent();
    if (ScalarStyle.simple(name) && !SafeQuoting.resolvesToNonString(name)) {
      simpleKeys[depth - 1] = true;
      w.writeSimplePlain(name); // what analysis and style choice would come to, skipped
      return;
    }
    int analysis = ScalarStyle.analyze(name);
    boolean simple = name.length() < MAX_SIMPLE_KEY_LENGTH
        && (analysis & (ScalarStyle.EMPTY | ScalarStyle.MULTILINE)) == 0;
    simpleKeys[depth - 1] = simple;
    if (!simple) {
      w.writeIndicator('?', true, false, true);
    }
    int requested = SafeQuoting.needsQuotes(name) ? DOUBLE_QUOTED : PLAIN;
    scalar(name, ScalarStyle.choose(requested, analysis, simple), !simple);
  }

  /**
   * Writes a string: double-quoted when empty or when {@link SafeQuoting} says so, in a literal
   * block when it has a line feed and a literal block reads back as the same string.
   */
  @Override
  public void string(String text) throws IOException {
    if (ScalarStyle.simple(text) && !SafeQuoting.resolvesToNonString(text)) {
      beginNode();
      w.writeSimplePlain(text);
      return;
    }
    int requested;
    if (text.isEmpty()) {
      requested = DOUBLE_QUOTED;
    } else if (text.indexOf('\n') >= 0) {
      requested = SafeQuoting.literalSafe(text) ? LITERAL : DOUBLE_QUOTED;
    } else {
      requested = SafeQuoting.needsQuotes(text) ? DOUBLE_QUOTED : PLAIN;
    }
    value(text, requested);
  }

  // Booleans, null and integers are one plain word that SnakeYAML's analysis never quotes.

  @Override
  public void bool(boolean value) throws IOException {
    beginNode();
    w.writeSimplePlain(value ? "true" : "false");
  }

  @Override
  public void nullValue() throws IOException {
    beginNode();
    w.writeSimplePlain("null");
  }

  @Override
  public void number(long value) throws IOException {
    beginNode();
    w.writeSimplePlain(value);
  }

  @Override
  public void number(double value) throws IOException {
    value(Double.toString(value), PLAIN);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    value(value.toString(), PLAIN);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    value(value.toString(), PLAIN);
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
}
