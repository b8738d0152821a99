package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code src/test/go/yamldecode}, our small Go program that decodes YAML with kubectl's own
 * path ({@code sigs.k8s.io/yaml} {@code YAMLToJSON} over go-yaml v2) and with go-yaml v3. It is
 * built once per test run into {@code target/} from Debian's Go packages
 * ({@code golang-go golang-k8s-sigs-yaml-dev golang-gopkg-yaml.v2-dev golang-gopkg-yaml.v3-dev},
 * sources under {@code /usr/share/gocode}), which {@code .ci/run} installs. Without Go the tests
 * that need it are skipped with a message, except under {@code CI=true}, where they fail.
 */
final class GoYamlDecoder {
  private static final Path SOURCE = Path.of("src/test/go/yamldecode");
  private static final Path BINARY = Path.of("target/yamldecode/yamldecode");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static @Nullable String unavailable;
  private static boolean built;

  /** What one decoder made of one document: the JSON, or the decoder's error. */
  record Decoded(@Nullable JsonNode v2, @Nullable String v2Error, @Nullable JsonNode v3,
      @Nullable String v3Error) {}

  private GoYamlDecoder() {}

  /** Skips the calling test if Go is missing (fails instead under {@code CI=true}). */
  static synchronized void assumeAvailable() {
    if (!built && unavailable == null) {
      unavailable = build();
      built = unavailable == null;
    }
    if (unavailable != null) {
      String message = "Go differential test skipped: " + unavailable + "; install golang-go "
          + "golang-k8s-sigs-yaml-dev golang-gopkg-yaml.v2-dev golang-gopkg-yaml.v3-dev "
          + "(as .ci/run does)";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + message);
      }
      Assumptions.abort(message);
    }
  }

  /** Decodes a YAML stream, one result per document (split at {@code ---} lines). */
  static List<Decoded> decode(String stream) throws IOException, InterruptedException {
    assumeAvailable();
    Path input = Files.createTempFile(Path.of("target"), "yamldecode", ".yaml");
    try {
      Files.writeString(input, stream, StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(BINARY.toAbsolutePath().toString())
          .redirectInput(input.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("yamldecode failed");
      }
      List<Decoded> documents = new ArrayList<>();
      for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          JsonNode node = JSON.readTree(line);
          documents.add(new Decoded(node.get("v2"), text(node.get("v2error")), node.get("v3"),
              text(node.get("v3error"))));
        }
      }
      return documents;
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null ? null : node.asText();
  }

  /** Builds the program unless it is up to date; returns why it cannot be, or null. */
  private static @Nullable String build() {
    String go = findGo();
    if (go == null) {
      return "the go command was not found";
    }
    try {
      Path main = SOURCE.resolve("main.go");
      if (Files.exists(BINARY)
          && Files.getLastModifiedTime(BINARY).compareTo(Files.getLastModifiedTime(main)) > 0) {
        return null;
      }
      Files.createDirectories(BINARY.getParent());
      ProcessBuilder builder = new ProcessBuilder(go, "build", "-o",
          BINARY.toAbsolutePath().toString(), ".")
          .directory(SOURCE.toFile())
          .redirectErrorStream(true);
      Map<String, String> env = builder.environment();
      env.putIfAbsent("GOPATH", "/usr/share/gocode"); // Debian's golang-*-dev sources
      env.put("GO111MODULE", "off");
      env.put("GOFLAGS", "");
      if (System.getenv("HOME") == null) {
        env.putIfAbsent("GOCACHE", Path.of("target/go-build-cache").toAbsolutePath().toString());
      }
      Process process = builder.start();
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return "go build failed (are the golang-*-yaml*-dev packages installed?): " + log.strip();
      }
      return null;
    } catch (IOException | InterruptedException e) {
      return "go build failed: " + e;
    }
  }

  private static @Nullable String findGo() {
    String path = System.getenv().getOrDefault("PATH", "");
    List<String> candidates = new ArrayList<>();
    for (String dir : path.split(File.pathSeparator)) {
      candidates.add(dir + "/go");
    }
    candidates.add("/usr/lib/go/bin/go");
    for (String candidate : candidates) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return null;
  }
}
