package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GoTime} against Go itself: each line of go-time-parse-rfc3339.jsonl is an input and
 * what Go 1.23.5's {@code time.Parse(time.RFC3339, input)} said of it ("OK" or its error),
 * written by dsl/src/test/go/timeparse.
 */
class GoTimeTest {
  static List<String[]> goVerdicts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String[]> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        GoTimeTest.class.getResourceAsStream("go-time-parse-rfc3339.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        cases.add(json.readValue(line, String[].class));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("goVerdicts")
  void parsesAsGoParses(String input, String verdict) {
    assertThat(GoTime.parseError(input).orElse("OK")).isEqualTo(verdict);
  }

  @Test
  void aTimeTheServerCannotDecodeIsUnreadable() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n"
        + "  creationTimestamp: 2024-13-01T00:00:00Z\nspec:\n  containers:\n"
        + "  - {name: app, image: busybox}\n";
    assertThatThrownBy(() -> ManifestReader.read(pod)).isInstanceOf(ManifestException.class)
        .hasMessageContaining("metadata.creationTimestamp")
        .hasMessageContaining("parsing time \"2024-13-01T00:00:00Z\": month out of range");
    for (String ok : List.of("null", "\"2024-01-01T00:00:00Z\"", "2024-01-01T09:30:00+02:00")) {
      assertThat(ManifestReader.read(pod.replace("2024-13-01T00:00:00Z", ok))).hasSize(1);
    }
  }
}
