package dev.podwright.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.podwright.model.Extensible;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the token stream of Jackson's YAML parser into {@link YamlNode} trees, one per document,
 * with positions. Plain scalars get the types kubectl's decoder gives them (go-yaml v2, not
 * SnakeYAML's YAML 1.1 resolver: {@code y} is true, {@code 0o17} is 15, {@code key:} is null).
 * It also does what the streaming parser leaves to its caller: it resolves aliases (bounded, see
 * {@link Limits}), applies {@code <<} merge keys and rejects duplicate keys, over-long scalars
 * and numbers that JSON cannot hold. It reads any other Jackson token stream too (a
 * {@code TokenBuffer} another library wrote), which has no anchors or aliases and may have no
 * positions.
 */
final class TreeBuilder {
  private final JsonParser parser;
  private final GuardedYamlFactory.@Nullable GuardedParser yaml;
  private final Limits limits;
  /** The parser of a stream of JSON objects, whose character offsets bound each document. */
  private final @Nullable ParserBase json;
  /** Where the current JSON document starts, in characters; negative outside one. */
  private long documentStart = -1;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private int aliases;
  private long aliasNodes;

  TreeBuilder(JsonParser parser, Limits limits) {
    this.parser = parser;
    this.yaml = parser instanceof GuardedYamlFactory.GuardedParser
        ? (GuardedYamlFactory.GuardedParser) parser
        : null;
    this.json = parser instanceof ParserBase && yaml == null ? (ParserBase) parser : null;
    this.limits = limits;
  }

  /** Returns the root of the next document, or null at the end of the stream. */
  @Nullable YamlNode next() throws IOException {
    anchors.clear(); // anchors are scoped to their document
    aliases = 0;
    aliasNodes = 0;
    documentStart = -1;
    JsonToken token = advance("");
    ParserBase stream = json;
    if (token != null && stream != null) {
      documentStart = stream.getTokenCharacterOffset();
    }
    return token == null ? null : node(token, "");
  }

  /** Returns the value that starts at {@code token}, the parser's current token. */
  YamlNode value(JsonToken token) throws IOException {
    return node(token, "");
  }

  /** Returns where the parser is, for errors raised by Jackson or the reader's own limits. */
  JsonLocation location() {
    return parser.currentLocation();
  }

  /** Moves to the next token; problems found by the guarded parser get the field path. */
  private JsonToken advance(String path) throws IOException {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (ManifestException e) {
      throw e.atField(path);
    }
    ParserBase stream = json;
    if (stream != null && documentStart >= 0) {
      checkDocumentLength(stream);
    }
    return token;
  }

  /**
   * The per-document limit on a stream of JSON objects, which SnakeYAML's code point limit does
   * not cover: checked at each token, so a document fails as soon as a token starts past the
   * limit (a long last string is caught at the token after it), with the YAML path's words.
   * Jackson counts UTF-16 units, never more than the UTF-8 bytes the API server limits.
   */
  private void checkDocumentLength(ParserBase stream) {
    if (stream.getTokenCharacterOffset() - documentStart > limits.maxDocumentCodePoints()) {
      throw new ManifestException(stream.getTokenLineNr(), stream.getTokenColumnNr(), "",
          "the incoming YAML document exceeds the limit: " + limits.maxDocumentCodePoints()
              + " code points.");
    }
  }

  private YamlNode node(JsonToken token, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    String anchor = yaml != null ? yaml.anchor() : null;
    String plain = yaml != null ? yaml.plainScalar() : null;
    YamlNode node;
    if (plain != null && token.isScalarValue() && !yaml.isCurrentAlias()) {
      node = plain(plain, path, line, column);
    } else {
      node = tokenNode(token, path, line, column);
      if (node == null) {
        return alias(parser.getText(), path, line, column);
      }
    }
    if (anchor != null) {
      anchors.put(anchor, node); // registered when complete: no recursive aliases
    }
    return node;
  }

  /**
   * A plain, untagged scalar, resolved as go-yaml v2 resolves it for kubectl (see
   * {@link GoYamlResolver#v2Value}): {@code yes} and {@code on} are booleans, {@code 0o17} and
   * {@code 1_000} integers, {@code 08} and {@code 1e3} numbers, {@code key:} null.
   */
  private YamlNode plain(String text, String path, int line, int column) {
    Object value = GoYamlResolver.v2Value(text);
    if (value == null) {
      checkLength(text, path, line, column);
      return new YamlNode.Scalar(text, text, line, column);
    }
    if (value instanceof Number && text.length() > limits.maxNumberLength()) {
      throw new ManifestException(line, column, path, "number of " + text.length()
          + " characters exceeds the limit of " + limits.maxNumberLength());
    }
    if (value instanceof Double) {
      // .inf and .nan: YAML has them, JSON (and so the API server) does not
      throw new ManifestException(line, column, path, "unsupported number " + text);
    }
    return new YamlNode.Scalar(value, text, line, column);
  }

  private void checkLength(String text, String path, int line, int column) {
    if (text.length() > limits.maxStringLength()) {
      throw new ManifestException(line, column, path, "string of " + text.length()
          + " characters exceeds the limit of " + limits.maxStringLength());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // "\ud800": SnakeYAML keeps the lone surrogate, go-yaml refuses it, UTF-8 cannot hold it
        throw new ManifestException(line, column, path,
            "found invalid Unicode character escape code");
      }
    }
  }

  /** A node from Jackson's token: collections, quoted or tagged scalars; null for an alias. */
  private @Nullable YamlNode tokenNode(JsonToken token, String path, int line, int column)
      throws IOException {
    YamlNode node;
    switch (token) {
      case START_OBJECT:
        node = mapping(path, line, column);
        break;
      case START_ARRAY:
        node = sequence(path, line, column);
        break;
      case VALUE_STRING:
        if (yaml != null && yaml.isCurrentAlias()) {
          return null;
        }
        String text = parser.getText();
        checkLength(text, path, line, column);
        node = new YamlNode.Scalar(text, text, line, column);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node = number(token, path, line, column);
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node = new YamlNode.Scalar(token == JsonToken.VALUE_TRUE, parser.getText(), line, column);
        break;
      case VALUE_NULL:
        node = new YamlNode.Scalar(Extensible.NULL, parser.getText(), line, column);
        break;
      default:
        throw new ManifestException(line, column, path, "unsupported YAML value " + token);
    }
    return node;
  }

  private YamlNode mapping(String path, int line, int column) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    List<YamlNode.Mapping> merges = new ArrayList<>();
    long size = 1;
    for (JsonToken t = advance(path); t == JsonToken.FIELD_NAME; t = advance(path)) {
      String key = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      String childPath = FieldPaths.child(path, key);
      YamlNode value = node(advance(childPath), childPath);
      if (key.equals("<<") && mergeable(value)) {
        addMerges(value, merges);
        continue;
      }
      if (entries.containsKey(key)) {
        throw new ManifestException(at.getLineNr(), at.getColumnNr(), path,
            "duplicate key " + Values.quote(key));
      }
      entries.put(key, new YamlNode.Entry(key, at.getLineNr(), at.getColumnNr(), value));
      size += value.size();
    }
    // YAML merge keys: explicit keys win, then earlier merged mappings over later ones.
    for (YamlNode.Mapping merged : merges) {
      for (YamlNode.Entry e : merged.entries().values()) {
        if (entries.putIfAbsent(e.key(), e) == null) {
          size += e.value().size();
        }
      }
    }
    return new YamlNode.Mapping(entries, line, column, size);
  }

  private static boolean mergeable(YamlNode value) {
    return value instanceof YamlNode.Mapping || value instanceof YamlNode.Sequence
        && ((YamlNode.Sequence) value).items().stream()
            .allMatch(item -> item instanceof YamlNode.Mapping);
  }

  private static void addMerges(YamlNode value, List<YamlNode.Mapping> merges) {
    if (value instanceof YamlNode.Mapping) {
      merges.add((YamlNode.Mapping) value);
    } else {
      for (YamlNode item : ((YamlNode.Sequence) value).items()) {
        merges.add((YamlNode.Mapping) item);
      }
    }
  }

  private YamlNode sequence(String path, int line, int column) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    long size = 1;
    for (JsonToken t = advance(FieldPaths.index(path, 0)); t != JsonToken.END_ARRAY;
        t = advance(FieldPaths.index(path, items.size()))) {
      YamlNode item = node(t, FieldPaths.index(path, items.size()));
      items.add(item);
      size += item.size();
    }
    return new YamlNode.Sequence(items, line, column, size);
  }

  private YamlNode alias(String anchor, String path, int line, int column) {
    YamlNode target = anchors.get(anchor);
    if (target == null) {
      throw new ManifestException(line, column, path, "found undefined alias *" + anchor);
    }
    if (++aliases > limits.maxAliases()) {
      throw new ManifestException(line, column, path,
          "too many aliases: a document may use at most " + limits.maxAliases());
    }
    aliasNodes += target.size();
    if (aliasNodes > limits.maxAliasNodes()) {
      throw new ManifestException(line, column, path, "aliases expand to more than "
          + limits.maxAliasNodes() + " nodes");
    }
    return target;
  }

  private YamlNode number(JsonToken token, String path, int line, int column) throws IOException {
    String text = parser.getText();
    if (text.length() > limits.maxNumberLength()) {
      throw new ManifestException(line, column, path, "number of " + text.length()
          + " characters exceeds the limit of " + limits.maxNumberLength());
    }
    Object value;
    try {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        value = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      } else {
        BigDecimal decimal = parser.getDecimalValue();
        value = decimal;
      }
    } catch (JsonParseException | NumberFormatException e) {
      // .inf, .nan and the like: YAML has them, JSON (and so the API server) does not
      throw new ManifestException(line, column, path, "unsupported number " + text);
    }
    return new YamlNode.Scalar(value, text, line, column);
  }
}
