package dev.podwright.yaml;

import static dev.podwright.yaml.SnakeYamlOutput.block;
import static dev.podwright.yaml.SnakeYamlOutput.snakeYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BlockYamlEmitter} writes byte for byte what Jackson's YAMLGenerator and SnakeYAML wrote
 * through {@link SafeYamlFactory}.
 */
class BlockYamlEmitterTest {
  /** Pieces of nasty strings: breaks of every kind, quotes, indicators, unicode, controls. */
  private static final List<String> PIECES = List.of("a", "b", "word", " ", "  ", "\n", "\n\n",
      "\r", "\r\n", "\t", "\u0085", "\u2028", "\u2029", "'", "\"", "\\", ":", ": ", "-", "- ",
      "#", " #", "?", "? ", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "---",
      "...", "0", "0123", "1_0", "1e1_0", "0b-1", "y", "yes", "null", "\u00e9", "\u4e2d",
      "\ud83d\ude00", "\udc00", "\u0000", "\u0007", "\u001b", "\u00a0", "\ufeff", "\u007f",
      "\u0080", "\ufffe",
      "loremipsumdolorsitamet", "x".repeat(90));

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void trickyStringsAsValuesKeysAndItems(String s) {
    assertSame(gen -> {
      gen.startObject();
      field(gen, "value", s);
      field(gen, s, "key");
      gen.fieldName("items");
      gen.startArray();
      gen.string(s);
      gen.startObject();
      field(gen, s, s);
      gen.endObject();
      gen.endArray();
      gen.endObject();
    });
  }

  static Stream<String> trickyStrings() {
    return PodYamlTest.TRICKY_STRINGS.stream();
  }

  /** Every corpus, sample and CLI test manifest, read and written back, as SnakeYAML wrote it. */
  @ParameterizedTest
  @MethodSource("corpus")
  void corpusManifestsAreWrittenAlike(Path file) {
    List<ManifestDocument> documents;
    try {
      documents = ManifestReader.readManifest(file, UnknownKinds.SKIP).documents();
    } catch (RuntimeException unreadable) {
      return; // a corpus case about malformed YAML: nothing to write
    }
    for (ManifestDocument document : documents) {
      KubernetesObject object = document.object();
      String expected = snakeYaml(object);
      assertThat(block(gen -> new ModelWriter(gen).object(object)))
          .as("%s line %d", file, document.line()).isEqualTo(expected);
      assertThat(PodYaml.toYaml(object)).isEqualTo(expected);
      StringWriter out = new StringWriter();
      PodYaml.write(object, out);
      assertThat(out.toString()).isEqualTo(expected);
    }
  }

  static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("src/test/resources/validation-corpus",
        "../samples/src/test/resources/samples", "../cli/src/test/resources")) {
      files.addAll(GoDecoderDifferentialTest.yamlFiles(Path.of(dir)));
    }
    return files;
  }

  @Test
  void mostOfTheCorpusIsReadable() throws IOException {
    long readable = corpus().stream().filter(file -> {
      try {
        return !ManifestReader.readManifest(file, UnknownKinds.SKIP).documents().isEmpty();
      } catch (RuntimeException unreadable) {
        return false;
      }
    }).count();
    assertThat(readable).isGreaterThan(300);
  }

  /**
   * The one deliberate difference: SnakeYAML joins a lone high surrogate with whatever follows
   * into one code point, so {@code "\ud800a"} comes out as {@code "\u2461a"}, another string.
   * This generator escapes the lone surrogate, as SnakeYAML does for one at the end of a string.
   * (Lone surrogates are not text, so no manifest holds one that survives UTF-8 anyway.)
   */
  @Test
  void loneHighSurrogateIsEscapedNotMerged() {
    SnakeYamlOutput.Content content = gen -> gen.string("\ud800a");
    assertThat(snakeYaml(content)).isEqualTo("\"\u2461a\"\n");
    assertThat(block(content)).isEqualTo("\"\\ud800a\"\n");
    assertSame(gen -> gen.string("a\ud800"));
    assertThat(block(gen -> gen.string("\ud800\ud800"))).isEqualTo("\"\\ud800\\ud800\"\n");
  }

  /**
   * {@code SafeYamlFactory}'s rule: a multi-line string with a character that a literal block
   * would turn into a line feed is double-quoted; one without goes into a literal block.
   */
  @Test
  void multiLineStringsALiteralBlockWouldChangeAreDoubleQuoted() {
    for (String s : List.of("a\n\u0085b", "a\nb\r", "a\n\u2028", "\u2029\nb", "a\n\u0001")) {
      assertSame(gen -> gen.string(s));
      assertThat(block(gen -> gen.string(s))).startsWith("\"");
    }
    assertSame(gen -> gen.string("a\nb\n"));
    assertThat(block(gen -> gen.string("a\nb\n"))).isEqualTo("|\n  a\n  b\n");
  }

  @Test
  void emptyCollectionsAreFlowStyle() {
    assertSame(gen -> {
      gen.startObject();
      gen.fieldName("emptyDir");
      gen.startObject();
      gen.endObject();
      gen.fieldName("args");
      gen.startArray();
      gen.endArray();
      gen.fieldName("nested");
      gen.startArray();
      gen.startArray();
      gen.endArray();
      gen.startObject();
      gen.endObject();
      gen.startArray();
      gen.string("x");
      gen.startArray();
      gen.string("y");
      gen.endArray();
      gen.endArray();
      gen.endArray();
      gen.endObject();
    });
    assertThat(block(gen -> {
      gen.startObject();
      gen.fieldName("emptyDir");
      gen.startObject();
      gen.endObject();
      gen.endObject();
    })).isEqualTo("emptyDir: {}\n");
  }

  @Test
  void longAndEmptyKeysAreExplicit() {
    String longKey = "k".repeat(130);
    assertSame(gen -> {
      gen.startObject();
      field(gen, longKey, "v");
      gen.fieldName("");
      gen.startArray();
      gen.string("item");
      gen.endArray();
      gen.fieldName("multi\nline key");
      gen.startObject();
      field(gen, "a", "b");
      gen.endObject();
      gen.endObject();
    });
  }

  @Test
  void scalarsOfEveryType() {
    assertSame(gen -> {
      gen.startArray();
      gen.number(1);
      gen.number(-5_000_000_000L);
      gen.number(1.5e300);
      gen.number(Double.NaN);
      gen.number(0.25);
      gen.number(new BigDecimal("1E+3"));
      gen.number(new BigInteger("123456789012345678901234567890"));
      gen.bool(true);
      gen.nullValue();
      gen.endArray();
    });
  }

  @Test
  void rootScalarsAndRootLists() {
    assertSame(gen -> gen.string("just text"));
    assertSame(gen -> gen.string("multi\nline"));
    assertSame(gen -> {
      gen.startArray();
      gen.string("a");
      gen.startObject();
      field(gen, "k", "v");
      gen.endObject();
      gen.endArray();
    });
  }

  @Test
  void writesThroughAWriterInChunks() throws IOException {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (int i = 0; i < 2_000; i++) {
      tree.put("key" + i, "value " + i);
    }
    StringWriter out = new StringWriter();
    try (BlockYamlEmitter gen = BlockYamlEmitter.to(out)) {
      write(gen, tree);
    }
    assertThat(out.toString()).isEqualTo(snakeYaml(gen -> write(gen, tree)));
  }

  @Test
  void refusesASecondDocumentAndMisplacedCalls() {
    assertThatThrownBy(() -> block(gen -> {
      gen.string("one");
      gen.string("two");
    })).hasMessageContaining("one document");
    assertThatThrownBy(() -> block(gen -> {
      gen.startObject();
      gen.string("no key");
    })).hasMessageContaining("needs a field name");
    assertThatThrownBy(() -> block(gen -> {
      gen.startObject();
      gen.endArray();
    })).hasMessageContaining("no array to end");
    assertThatThrownBy(() -> block(gen -> {
      gen.startArray();
      gen.fieldName("k");
    })).hasMessageContaining("belongs in an object");
    assertThatThrownBy(() -> block(gen -> {
      gen.startObject();
      gen.fieldName("k");
    })).hasMessageContaining("still open");
  }

  /** The fast path's premise: a simple scalar is one SnakeYAML's analysis lets stay plain. */
  @Property(tries = 3000, seed = "20261202")
  void simpleScalarsNeedNoAnalysis(@ForAll("scalarsToClassify") String s) {
    if (ScalarStyle.simple(s)) {
      assertThat(ScalarStyle.analyze(s)).as(s).isEqualTo(ScalarStyle.SIMPLE);
      assertThat(SafeQuoting.plainSyntax(s)).as(s).isTrue();
    }
  }

  @Provide
  Arbitrary<String> scalarsToClassify() {
    return Arbitraries.oneOf(nastyStrings(),
        Arbitraries.strings().withChars("aZ09._/-:# ").ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(130));
  }

  @Test
  void simpleScalars() {
    assertThat(List.of("app", "istio-proxy", "/var/run", "a.b_c/d-e", "x".repeat(127)))
        .allMatch(ScalarStyle::simple);
    assertThat(List.of("", "-a", ".a", "0a", "a b", "a:b", "a#", "\u00e9", "x".repeat(128)))
        .noneMatch(ScalarStyle::simple);
  }

  @Property(tries = 1500, seed = "20261201")
  void randomTreesAreWrittenAlike(@ForAll("trees") Object tree) {
    assertSame(escaped(String.valueOf(tree)), gen -> write(gen, tree));
  }

  @Provide
  Arbitrary<Object> trees() {
    return mapping(3);
  }

  private static Arbitrary<String> nastyStrings() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(12)
        .map(list -> String.join("", list));
    Arbitrary<String> prose = Arbitraries.of("lorem", "ipsum", "dolor", "a", "sit-amet", ":",
        "#x", "'q'", "\"dq\"", "\u00e9t\u00e9").list().ofMinSize(5).ofMaxSize(40)
        .map(list -> String.join(" ", list));
    return Arbitraries.oneOf(pieces, prose, Arbitraries.strings().ofMaxLength(30),
        Arbitraries.of(PodYamlTest.TRICKY_STRINGS));
  }

  private static Arbitrary<Object> scalars() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, nastyStrings().map(s -> (Object) s)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(l -> (Object) l)),
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(d -> (Object) d)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Nothing.NULL).map(n -> (Object) n)));
  }

  private static Arbitrary<Object> node(int depth) {
    if (depth == 0) {
      return scalars();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scalars()),
        net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> mapping(depth - 1))),
        net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> node(depth - 1).list().ofMaxSize(4)
            .map(l -> (Object) l))));
  }

  private static Arbitrary<Object> mapping(int depth) {
    return Arbitraries.maps(nastyStrings(), node(depth)).ofMaxSize(5)
        .map(m -> (Object) new LinkedHashMap<>(m));
  }

  /** A null scalar: jqwik values cannot be null. */
  private enum Nothing { NULL }

  private static void field(Emitter gen, String name, String value) throws IOException {
    gen.fieldName(name);
    gen.string(value);
  }

  private static void write(Emitter gen, Object node) throws IOException {
    if (node instanceof Map<?, ?> map) {
      gen.startObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.fieldName((String) e.getKey());
        write(gen, e.getValue());
      }
      gen.endObject();
    } else if (node instanceof List<?> list) {
      gen.startArray();
      for (Object item : list) {
        write(gen, item);
      }
      gen.endArray();
    } else if (node instanceof String s) {
      gen.string(s);
    } else if (node instanceof Long l) {
      gen.number(l);
    } else if (node instanceof Double d) {
      gen.number(d);
    } else if (node instanceof Boolean b) {
      gen.bool(b);
    } else {
      gen.nullValue();
    }
  }

  private static void assertSame(SnakeYamlOutput.Content content) {
    assertSame("", content);
  }

  private static void assertSame(String input, SnakeYamlOutput.Content content) {
    String expected = snakeYaml(content);
    String actual = block(content);
    if (!actual.equals(expected)) { // show breaks, controls and surrogates as escapes
      assertThat(escaped(actual)).as(input).isEqualTo(escaped(expected));
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c == '\n' ? "\\n\n" : c >= 0x20 && c < 0x7f
        ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.toString();
  }
}
