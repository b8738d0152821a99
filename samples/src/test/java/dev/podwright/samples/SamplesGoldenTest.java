package dev.podwright.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.Validator;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares each sample's YAML with its checked-in golden file. */
class SamplesGoldenTest {
  static Stream<Samples.Sample> samples() {
    return Samples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleMatchesGoldenFile(Samples.Sample sample) throws IOException {
    assertThat(PodYaml.toYaml(sample.build())).isEqualTo(golden(sample.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleIsValid(Samples.Sample sample) {
    assertThat(Validator.defaults().validate(sample.build())).isEmpty();
  }

  @Test
  void samplesHaveDistinctNames() {
    List<String> names = Samples.all().stream()
        .map(s -> s.build().kind() + "/" + s.build().metadata().name())
        .toList();
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void mainJobPrintsEverySampleAsOneStream() {
    String stream = PodYaml.toYamlStream(samples().map(Samples.Sample::build).toList());
    assertThat(stream.split("(?m)^---$")).hasSize(Samples.all().size());
    assertThat(stream).startsWith("apiVersion: v1\n");
  }

  static String golden(String name) throws IOException {
    try (InputStream in = SamplesGoldenTest.class.getResourceAsStream("/samples/" + name + ".yaml")) {
      assertThat(in).as("golden file samples/%s.yaml", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
