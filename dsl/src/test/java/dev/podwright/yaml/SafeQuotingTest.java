package dev.podwright.yaml;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.pod;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The quoting checker and its resolvers on their own. SnakeYAML's resolver and the YAML 1.2 core
 * schema are compared with the libraries themselves; go-yaml's with cases whose outcome the real
 * go-yaml decides in {@link GoDecoderDifferentialTest#goResolversAgreeWithGoYaml}.
 */
class SafeQuotingTest {
  private static final Resolver SNAKEYAML = new Resolver();
  private static final CoreSchema ENGINE = new CoreSchema();
  /** The core schema's tag resolution as the YAML 1.2.2 spec (10.3.2) writes it. */
  private static final Pattern CORE_SPEC = Pattern.compile(String.join("|",
      "null|Null|NULL|~|", "true|True|TRUE|false|False|FALSE",
      "[-+]?[0-9]+", "0o[0-7]+", "0x[0-9a-fA-F]+",
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
      "[-+]?(\\.inf|\\.Inf|\\.INF)", "\\.nan|\\.NaN|\\.NAN"));

  @Property(tries = 3000)
  void snakeYamlResolverIsSnakeYamls(@ForAll("scalars") String s) {
    assertThat(SnakeYamlResolver.yaml11NonString(s)).as(s)
        .isEqualTo(!SNAKEYAML.resolve(NodeId.scalar, s, true).equals(Tag.STR));
  }

  @Property(tries = 3000)
  void coreSchemaIsTheSpecsAndCoversSnakeYamlEngine(@ForAll("scalars") String s) {
    assertThat(SnakeYamlResolver.coreNonString(s)).as(s).isEqualTo(CORE_SPEC.matcher(s).matches());
    org.snakeyaml.engine.v2.nodes.Tag engine = ENGINE.getScalarResolver().resolve(s, true);
    if (!engine.equals(org.snakeyaml.engine.v2.nodes.Tag.STR)
        && !engine.equals(org.snakeyaml.engine.v2.nodes.Tag.ENV_TAG)) {
      assertThat(SafeQuoting.needsQuotes(s)).as(s).isTrue(); // engine also takes " " for null
    }
  }

  @Test
  void goYamlV2ResolvesAsResolveGo() {
    // strconv.ParseInt(s, 0, 64) after removing underscores: every base prefix, either case
    assertNonString(true, "0", "-0", "+1", "007", "0x1F", "0X1F", "0o17", "0O17", "0b101",
        "0B101", "-0b101", "1_", "1_000", "+_1", "-_0x_1", "1__0", "0x_1F");
    // ParseUint: an unsigned 64-bit value; beyond it, only a decimal becomes a float
    assertNonString(true, "9223372036854775808", "0x8000000000000000", "-0x8000000000000000",
        "0xFFFFFFFFFFFFFFFF", "18446744073709551616", "-9223372036854775809");
    assertNonString(false, "0x10000000000000000", "0X1_0000_0000_0000_0000",
        "-0x8000000000000001", "+0x8000000000000000", "0x", "0b", "0xG", "0b2", "_1", "_");
    // the float pattern on the number without underscores, and ParseFloat's overflow
    assertNonString(true, "08", "1e1_0", "0e0_", "3e6_", "1_e5", "5.", "+.5", "1.5E+3",
        "0.0e999", "1" + "0".repeat(300));
    assertNonString(false, "1e400", "1e4_00", "1e400_0", "1" + "0".repeat(400), "-1e309", "1e", "e3", "1.2.3", "1e+", "--1");
    // ParseFloat itself for a leading dot: underscores only between digits
    assertNonString(true, ".5", ".5_5", ".5e3", ".5e1_0", ".inf", ".NaN", "+.INF", "-.Inf");
    assertNonString(false, ".", "._5", ".5_", ".5__5", ".5e_1", ".e3", ".5e400", ".infinity",
        "+.nan", "..5");
    // the explicit 0b branch passes a sign on to ParseInt
    assertNonString(true, "0b-1", "0b+1", "0b-_1");
    assertNonString(false, "-0b-1", "-0b+1", "0B-1", "0b-");
    // booleans and nulls of the v2 map, and what is not in it
    assertNonString(true, "y", "Y", "yes", "on", "OFF", "n", "No", "true", "FALSE", "~", "null",
        "NULL", "");
    assertNonString(false, "yES", "nULL", "NaN", "Inf", "<<", "nil", "none", "tRUE");
  }

  @Test
  void goYamlV3DropsYaml11BooleansAndReadsSignedOctalsAfter0o() {
    for (String s : List.of("y", "yes", "on", "off", "n", "no", "No")) {
      assertThat(GoYamlResolver.v3NonString(s)).as(s).isFalse();
    }
    for (String s : List.of("0o-14", "0o+7", "true", "False", "0o17", "null")) {
      assertThat(GoYamlResolver.v3NonString(s)).as(s).isTrue();
    }
    assertThat(GoYamlResolver.v2NonString("0o-14")).isFalse();
  }

  @Test
  void goYamlTimestampsAreTimeParseLayouts() {
    for (String s : List.of("2001-1-2", "2001-12-14", "2000-2-29", "2001-1-2T1:2:3Z",
        "2001-01-02t01:02:03.5+01:00", "2001-1-2 1:2:3", "2001-1-2   1:2:3,25",
        "2001-1-2T1:2:3.123456789123-05:00", "2001-1-2T23:59:59-01:00")) {
      assertThat(GoYamlResolver.timestamp(s)).as(s).isTrue();
      assertThat(SafeQuoting.needsQuotes(s)).as(s).isTrue();
    }
    for (String s : List.of("2001-2-29", "2001-13-1", "2001-0-1", "2001-1-32", "2001-4-31",
        "2001-1-2T24:00:00Z", "2001-1-2T1:60:00Z", "2001-1-2T1:2:3", "2001-1-2T1:2:3+01",
        "2001-1-2T1:2:3+01:00:00", "2001-1-2 1:2:3Z", "2001-1-2x", "12001-1-1", "2001-001-1",
        "2001-1-2 ", "201-1-1", "2001-1-2T23:59:59-1:00", "2001-1-2T1:2:3.Z", "2001-1-2T1:2:3+1a:00")) {
      assertThat(GoYamlResolver.timestamp(s)).as(s).isFalse();
    }
  }

  @Test
  void quotesEveryTrickyStringThatSomeReaderResolvesToANonString() {
    for (String s : PodYamlTest.TRICKY_STRINGS) {
      if (resolvedByALibrary(s)) {
        assertThat(SafeQuoting.needsQuotes(s)).as(s).isTrue();
      }
    }
  }

  @Test
  void quotesWhatPlainSyntaxCannotCarry() {
    for (String s : List.of("", "-", "- a", "? q", "?q", ":", ":a", "a:", "a: b", "a:\tb",
        "a #b", "#x", "[a]", "a,b", "{", "*x", "&x", "!x", "|", ">", "'q", "\"q", "%x", "@x",
        "`x", " a", "a ", "\ta", "a\t", "a\nb", "a\rb", "a\u0085b", "a\u2028b", "\u00a0a",
        "a\u3000", "\uFEFFa", "a\u0007", "a\uD800", "---", "...x")) {
      assertThat(SafeQuoting.needsQuotes(s)).as(Values.quote(s)).isTrue();
      assertThat(new SafeQuotingChecker().needToQuoteName(s)).as(Values.quote(s)).isTrue();
    }
  }

  @Test
  void leavesOrdinaryStringsPlain() {
    for (String s : List.of("nginx:1.27", "--port=15001", "/bin/sh", "-c", "app", "0.0.0.0",
        "sleep infinity", "yesterday", "online", "nope", "0xZ", "v1.2.3", "IfNotPresent",
        "a#b", "a:b", "http://x:80/a?b=c", "unicode \u00e9", "emoji \uD83D\uDE42", "1abc",
        "app.kubernetes.io/name", "0X10000000000000000", "2001-2-30", "y2k", "~x",
        "-.5x", "0b-", "<<x", "=x")) {
      assertThat(SafeQuoting.needsQuotes(s)).as(s).isFalse();
    }
  }

  @Test
  void literalBlocksOnlyForCharactersEveryReaderKeeps() {
    assertThat(SafeQuoting.literalSafe("a\nb\tc \u00e9 \uD83D\uDE42")).isTrue();
    for (String s : List.of("a\nb\u0085", "a\r\nb", "a\n\u2028", "a\n\u2029", "a\n\u0007")) {
      assertThat(SafeQuoting.literalSafe(s)).as(Values.quote(s)).isFalse();
    }
  }

  @Property(tries = 3000)
  void quotesGeneratedScalarsThatAReaderResolvesToANonString(@ForAll("scalars") String s) {
    if (resolvedByALibrary(s)) {
      assertThat(SafeQuoting.needsQuotes(s)).as(s).isTrue();
    }
  }

  @Property(tries = 300)
  void generatedScalarsReadBackAsTheSameStrings(@ForAll("scalars") String s) {
    String yaml = PodYaml.toYaml(
        pod("web").main(container("app").image("nginx").args(s)).annotation("k", s).build());
    List<Object> documents = List.of(new Yaml().load(yaml),
        new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml));
    for (Object document : documents) {
      Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) document).get("spec");
      Map<?, ?> c = (Map<?, ?>) ((List<?>) spec.get("containers")).get(0);
      assertThat(c.get("args")).as(yaml).isEqualTo(List.of(s));
      Map<?, ?> metadata = (Map<?, ?>) ((Map<?, ?>) document).get("metadata");
      assertThat(metadata.get("annotations")).as(yaml).isEqualTo(Map.of("k", s));
    }
  }

  /** Short strings over the characters that make YAML numbers, booleans, nulls and dates. */
  @Provide
  Arbitrary<String> scalars() {
    return Arbitraries.strings().withChars("0123456789+-._:eExXoObBiInNfFaAtTyYsSlLuUZ~ #<\t")
        .ofMinLength(0).ofMaxLength(10);
  }

  private static void assertNonString(boolean expected, String... strings) {
    for (String s : strings) {
      assertThat(GoYamlResolver.v2NonString(s)).as(s).isEqualTo(expected);
    }
  }

  /** SnakeYAML 1.1 or snakeyaml-engine's 1.2 core schema resolves {@code s} to a non-string. */
  private static boolean resolvedByALibrary(String s) {
    boolean yaml11 = !SNAKEYAML.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    boolean yaml12 = !ENGINE.getScalarResolver().resolve(s, true)
        .equals(org.snakeyaml.engine.v2.nodes.Tag.STR);
    return yaml11 || yaml12;
  }
}
