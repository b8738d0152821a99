package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the corpus under {@code validation-corpus/}: Pod and workload manifests derived from the
 * upstream {@code validation_test.go} cases of core, apps and batch, each with a header naming the errors the API server returns
 * ({@code # expect: <field path>: <error type>}, in order, or {@code # expect: valid}), the
 * target version ({@code # kubernetes-version:}), gate overrides
 * ({@code # feature-gate: Name=true}) and any warnings ({@code # expect-warning:}).
 */
class ValidationCorpusTest {
  private static final String EXPECT = "# expect: ";
  private static final String WARNING = "# expect-warning: ";
  private static final String VERSION = "# kubernetes-version: ";
  private static final String GATE = "# feature-gate: ";

  static Stream<String> manifests() throws IOException, URISyntaxException {
    Path dir = Path.of(ValidationCorpusTest.class.getResource("/validation-corpus").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .sorted().collect(Collectors.toList()).stream();
    }
  }

  /** Returns the text of a corpus manifest. */
  static String read(String file) throws IOException, URISyntaxException {
    return Files.readString(
        Path.of(ValidationCorpusTest.class.getResource("/validation-corpus/" + file).toURI()),
        StandardCharsets.UTF_8);
  }

  @Test
  void corpusHasAtLeast150Manifests() throws Exception {
    assertThat(manifests().count()).isGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void validatorAgreesWithTheApiServer(String file) throws Exception {
    String yaml = read(file);
    List<String> expected = new ArrayList<>();
    List<String> expectedWarnings = new ArrayList<>();
    Profile profile = Profile.defaults();
    List<String> gates = new ArrayList<>();
    for (String line : yaml.split("\n")) {
      if (line.startsWith(EXPECT) && !line.equals(EXPECT + "valid")) {
        expected.add(line.substring(EXPECT.length()).strip());
      } else if (line.startsWith(WARNING)) {
        expectedWarnings.add(line.substring(WARNING.length()).strip());
      } else if (line.startsWith(VERSION)) {
        profile = Profile.of(line.substring(VERSION.length()).strip());
      } else if (line.startsWith(GATE)) {
        gates.add(line.substring(GATE.length()).strip());
      }
    }
    for (String gate : gates) {
      String[] parts = gate.split("=", 2);
      profile = profile.withFeatureGate(parts[0], Boolean.parseBoolean(parts[1]));
    }
    List<KubernetesObject> objects = ManifestReader.read(yaml);
    assertThat(objects).as("documents in %s", file).hasSize(1);
    ValidationReport report = Validator.forProfile(profile).report(objects.get(0));

    List<String> actual = report.errors().stream()
        .map(e -> e.field() + ": " + e.type().text()).collect(Collectors.toList());
    assertThat(actual).as("%s: errors were %s", file, report.errors()).isEqualTo(expected);
    assertThat(report.warnings()).as("%s: warnings", file).hasSameSizeAs(expectedWarnings);
    for (int i = 0; i < expectedWarnings.size(); i++) {
      // a path or subject followed by ": <what>", or a whole warning without a colon (upstream's
      // 'volume "v" (Projected) has no sources provided')
      String warning = report.warnings().get(i);
      if (!warning.equals(expectedWarnings.get(i))) {
        assertThat(warning).as("%s: warning %d", file, i).startsWith(expectedWarnings.get(i) + ":");
      }
    }
  }
}
