package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upstream's round-trip fixtures (kubernetes/api {@code testdata/}: one object per kind with
 * every field filled in) for every supported version: no unknown field outside {@code status},
 * and writing then reading gives the same tree. The fixtures are upstream's files and are not in
 * this repository: extract them with {@code tools/k8s-testdata.sh} and pass the directory as
 * {@code -Dpodwright.k8s.testdata=DIR} (or the environment variable
 * {@code PODWRIGHT_K8S_TESTDATA}); without it the test is skipped.
 */
class KubernetesFixturesTest {
  private static final String[] FILES = {"core.v1.Pod.yaml", "core.v1.PodTemplate.yaml",
      "apps.v1.Deployment.yaml", "apps.v1.StatefulSet.yaml", "apps.v1.DaemonSet.yaml",
      "batch.v1.Job.yaml", "batch.v1.CronJob.yaml"};
  private static final ObjectMapper YAML = new YAMLMapper();

  static Stream<Arguments> fixtures() {
    List<Arguments> cases = new ArrayList<>();
    for (int minor = 27; minor <= 37; minor++) {
      for (String file : FILES) {
        cases.add(Arguments.of("1." + minor, file));
      }
    }
    return cases.stream();
  }

  private static Path directory() {
    String dir = System.getProperty("podwright.k8s.testdata",
        System.getenv("PODWRIGHT_K8S_TESTDATA"));
    assumeTrue(dir != null && !dir.isEmpty(), "upstream fixtures not given: run "
        + "tools/k8s-testdata.sh and pass -Dpodwright.k8s.testdata=DIR to run this test");
    return Path.of(dir);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void readsWithoutUnknownFieldsAndRoundTrips(String version, String file) throws IOException {
    Path path = directory().resolve(version).resolve(file);
    assertThat(path).as("fixture %s", path).exists();
    JsonNode tree = YAML.readTree(Files.readString(path));
    if (file.equals("core.v1.PodTemplate.yaml")) {
      // PodTemplate is not a kind Podwright reads; its template has the fields of a pod.
      ObjectNode pod = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "Pod");
      pod.setAll((ObjectNode) tree.get("template"));
      tree = pod;
    }
    RoundTrips.assertTypedAndRoundTrips(tree);
  }
}
