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
 * The quoting checker on its own, without the help of the emitter: every string that some reader
 * would resolve to a non-string when written plain must be quoted.
 */
class SafeQuotingTest {
  private static final SafeQuoting CHECKER = new SafeQuoting();
  private static final Resolver YAML11 = new Resolver();
  private static final CoreSchema YAML12 = new CoreSchema();

  /**
   * Go's gopkg.in/yaml.v2, which kubectl reads manifests with, resolves a plain scalar that starts
   * with a digit or a sign by removing underscores and trying {@code strconv.ParseInt(s, 0, 64)}
   * (any base prefix, either case), then a float pattern, then timestamps. An approximation of
   * its {@code resolve()}, generous on purpose.
   */
  private static final Pattern GO_YAML_V2 = Pattern.compile(String.join("|",
      "[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)",
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

  @Test
  void quotesEveryTrickyStringThatSomeReaderResolvesToANonString() {
    for (String s : PodYamlTest.TRICKY_STRINGS) {
      if (resolvesToNonString(s)) {
        assertThat(CHECKER.needToQuoteValue(s)).as(s).isTrue();
        assertThat(CHECKER.needToQuoteName(s)).as(s).isTrue();
      }
    }
  }

  @Test
  void quotesGoStyleBasePrefixesInEitherCase() {
    for (String s : List.of("0X1F", "0O17", "0B101", "+0x1F", "-0O7", "0x_1F", "08", "09", "007")) {
      assertThat(CHECKER.needToQuoteValue(s)).as(s).isTrue();
    }
  }

  @Test
  void leavesOrdinaryStringsPlain() {
    for (String s : List.of("nginx:1.27", "--port=15001", "/bin/sh", "-c", "app", "0.0.0.0",
        "sleep infinity", "yesterday", "online", "nope", "0xZ", "v1.2.3", "IfNotPresent")) {
      assertThat(CHECKER.needToQuoteValue(s)).as(s).isFalse();
    }
  }

  @Property(tries = 2000)
  void quotesGeneratedScalarsThatAReaderResolvesToANonString(@ForAll("scalars") String s) {
    if (resolvesToNonString(s)) {
      assertThat(CHECKER.needToQuoteValue(s)).as(s).isTrue();
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
    return Arbitraries.strings().withChars("0123456789+-._:eExXoObBiInNfFaAtTyYsSlLuU~ #")
        .ofMinLength(1).ofMaxLength(7);
  }

  private static boolean resolvesToNonString(String s) {
    boolean yaml11 = !YAML11.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    boolean yaml12 = !YAML12.getScalarResolver().resolve(s, true)
        .equals(org.snakeyaml.engine.v2.nodes.Tag.STR);
    boolean go = !s.isEmpty() && "0123456789+-.".indexOf(s.charAt(0)) >= 0
        && GO_YAML_V2.matcher(s.replace("_", "")).matches();
    return yaml11 || yaml12 || go;
  }
}
