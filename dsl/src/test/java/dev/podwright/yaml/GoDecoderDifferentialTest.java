package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.model.Container;
import dev.podwright.model.EnvVar;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks what Podwright writes with the decoders users run: kubectl's {@code sigs.k8s.io/yaml}
 * (go-yaml v2) and go-yaml v3, through {@link GoYamlDecoder}. Every document must decode to the
 * JSON that the model means, which the same writer produces when given a JSON generator: the
 * same strings, numbers, booleans and structure. All documents go through one Go process per
 * test.
 */
class GoDecoderDifferentialTest {
  /** Fixed, so the default build is deterministic; the tokens make numbers, dates and escapes. */
  private static final long SEED = 20_251_201L;
  private static final String[] TOKENS = {
      "0", "1", "2", "5", "7", "8", "9", "00", "+", "-", ".", "_", "e", "E", "x", "X", "o", "O",
      "b", "B", ":", "-", "T", "t", "Z", " ", "'", "\"", "\\", "#", ",", "inf", "Inf", "nan",
      "NaN", "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", "<<", "=",
      "0x", "0o", "0b", "1_0", "2001", "2001-", "12-", "-14", "1:", ":59", "\t", "\n", "\r",
      "\u0085", "\u2028", "\u00e9", "\u00a0", "!", "&", "*", "%", "@", "[", "{", "}", "|", ">",
      "?", "/", "$", "a", "f", "F", "\\t", "\\'", "\\x41", "\\u00e9", "\ud83d\ude00", "---"};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  @BeforeAll
  static void go() {
    GoYamlDecoder.assumeAvailable();
  }

  @Test
  void generatedStringsDecodeToThemselves() throws Exception {
    List<String> strings = new ArrayList<>(generated(6_000));
    strings.addAll(PodYamlTest.TRICKY_STRINGS.stream().filter(s -> !strings.contains(s))
        .toList());
    assertThat(strings).hasSizeGreaterThanOrEqualTo(5_000);
    List<KubernetesObject> pods = new ArrayList<>();
    for (int from = 0; from < strings.size(); from += 200) {
      pods.add(podOf(pods.size(), strings.subList(from, Math.min(from + 200, strings.size()))));
    }

    assertDecodeAsWritten(pods, "generated pod ");
  }

  @Test
  void samplesAndCorpusWrittenBackDecodeAsTheyRead() throws Exception {
    List<Path> files = new ArrayList<>();
    files.addAll(yamlFiles(Path.of("src/test/resources/validation-corpus")));
    files.addAll(yamlFiles(Path.of("../samples/src/test/resources/samples")));
    files.addAll(yamlFiles(Path.of("../cli/src/test/resources")));
    assertThat(files).hasSizeGreaterThan(300);
    List<KubernetesObject> objects = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (Path file : files) {
      for (ManifestDocument document
          : ManifestReader.readManifest(file, UnknownKinds.SKIP).documents()) {
        objects.add(document.object());
        origins.add(file + " (line " + document.line() + ")");
      }
    }

    assertDecodeAsWritten(objects, origins);
  }

  /**
   * The resolvers of {@link GoYamlResolver} against go-yaml itself: every generated string that
   * plain syntax can carry is written unquoted, and Go must read a string exactly where the
   * resolver says so. (v2 leaves timestamps as strings when decoding into interface{}; v3 turns
   * them into times, printed in RFC 3339.)
   */
  @Test
  void goResolversAgreeWithGoYaml() throws Exception {
    List<String> plain = new ArrayList<>();
    Stream.concat(generated(6_000).stream(), Stream.of("2001-1-2", "2000-2-29", "2001-2-29",
            "2001-1-2T1:2:3Z", "2001-01-02t01:02:03.5+01:00", "2001-1-2 1:2:3", "2001-1-2T1:2:3",
            "2001-1-2T24:0:0Z", "2001-1-2T1:2:3-1:00", "2001-1-2T1:2:3+-1:00", "2001-4-31",
            "0X10000000000000000", "0x8000000000000000", "+0x8000000000000000", "1e400", "1e4_00",
            "1" + "0".repeat(400), ".5_5", "._5", "0b-1", "0o-14", "-0b+1", "1_", "+_1"))
        .filter(s -> !s.isEmpty() && SafeQuoting.plainSyntax(s) && !plain.contains(s))
        .forEach(plain::add);
    assertThat(plain).hasSizeGreaterThan(1_000);
    StringBuilder yaml = new StringBuilder();
    for (String s : plain) {
      yaml.append("- ").append(s).append('\n');
    }

    GoYamlDecoder.Decoded decoded = GoYamlDecoder.decode(yaml.toString()).get(0);

    assertThat(decoded.v2Error()).isNull();
    assertThat(decoded.v3Error()).isNull();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) {
      String s = plain.get(i);
      boolean timestamp = GoYamlResolver.timestamp(s);
      JsonNode v2 = decoded.v2().get(i);
      JsonNode v3 = decoded.v3().get(i);
      boolean v2String = v2.isTextual() && v2.asText().equals(s);
      boolean v3String = v3.isTextual() && v3.asText().equals(s);
      if (v2String == (GoYamlResolver.v2NonString(s) && !timestamp)) {
        problems.add("v2 " + JSON.valueToTree(s) + " decoded " + v2);
      }
      if (timestamp ? !v3.isTextual() : v3String == GoYamlResolver.v3NonString(s)) {
        problems.add("v3 " + JSON.valueToTree(s) + " decoded " + v3);
      }
    }
    assertThat(problems).as("plain scalars go-yaml resolves otherwise than GoYamlResolver")
        .isEmpty();
  }

  private static void assertDecodeAsWritten(List<KubernetesObject> objects, String prefix)
      throws Exception {
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      origins.add(prefix + i);
    }
    assertDecodeAsWritten(objects, origins);
  }

  private static void assertDecodeAsWritten(List<KubernetesObject> objects, List<String> origins)
      throws Exception {
    String stream = PodYaml.toYamlStream(objects);
    List<GoYamlDecoder.Decoded> decoded = GoYamlDecoder.decode(stream);
    assertThat(decoded).hasSize(objects.size());
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      JsonNode expected = JSON.readTree(json(objects.get(i)));
      GoYamlDecoder.Decoded d = decoded.get(i);
      String where = origins.get(i);
      if (d.v2Error() != null) {
        problems.add(where + ": sigs.k8s.io/yaml failed: " + d.v2Error());
      } else {
        differences(expected, d.v2(), "sigs.k8s.io/yaml " + where + ": ", problems);
      }
      if (d.v3Error() != null) {
        problems.add(where + ": yaml.v3 failed: " + d.v3Error());
      } else {
        differences(expected, d.v3(), "yaml.v3 " + where + ": ", problems);
      }
    }
    assertThat(problems).as("documents Go decodes differently from what Podwright wrote")
        .isEmpty();
  }

  /** Distinct strings of one to six tokens, from the fixed seed. */
  static Set<String> generated(int count) {
    Random random = new Random(SEED);
    Set<String> strings = new LinkedHashSet<>();
    while (strings.size() < count) {
      StringBuilder s = new StringBuilder();
      for (int i = 1 + random.nextInt(6); i > 0; i--) {
        s.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      strings.add(s.toString());
    }
    return strings;
  }

  /** A pod with each string as an annotation key and value, an arg and an env value. */
  private static Pod podOf(int index, List<String> strings) {
    Map<String, String> annotations = new LinkedHashMap<>();
    List<EnvVar> env = new ArrayList<>();
    for (String s : strings) {
      annotations.put(s, s);
      env.add(EnvVar.builder().name("V" + env.size()).value(s).build());
    }
    Map<String, Object> unknown = new LinkedHashMap<>(annotations);
    return Pod.builder()
        .metadata(ObjectMeta.builder().name("p" + index).putAllAnnotations(annotations).build())
        .spec(PodSpec.builder()
            .addContainers(Container.builder().name("app").image("nginx").addAllArgs(strings)
                .addAllEnv(env).build())
            .putUnknownField("x-strings", unknown)
            .build())
        .build();
  }

  /** What the model means, as JSON: the writer's fields through a JSON generator. */
  private static String json(KubernetesObject object) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JSON_FACTORY.createGenerator(out)) {
      new ModelWriter(new JacksonEmitter(gen)).object(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Adds a line per difference of type or value; numbers compare by value, maps by key. */
  private static void differences(JsonNode expected, JsonNode actual, String path,
      List<String> problems) {
    if (expected.isNumber() && actual.isNumber()) {
      if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
        problems.add(path + ": expected " + expected + ", decoded " + actual);
      }
    } else if (expected.isObject() && actual.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        if (!expected.has(key) || !actual.has(key)) {
          problems.add(path + ": key " + JSON.valueToTree(key) + (expected.has(key)
              ? " missing from the decoded document" : " decoded but not written"));
        } else {
          differences(expected.get(key), actual.get(key), path + "." + key, problems);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext(); i++) {
        differences(e.next(), a.next(), path + "[" + i + "]", problems);
      }
    } else if (!expected.equals(actual)) {
      problems.add(path + ": expected " + expected + ", decoded " + actual);
    }
  }

  /** The {@code .yaml} files under {@code dir}, sorted; none if it is missing. */
  static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    }
  }
}
