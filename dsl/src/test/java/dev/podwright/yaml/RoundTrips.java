package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.util.Map;

/** The round-trip check of the fixture tests. */
final class RoundTrips {
  private static final ObjectMapper YAML = new YAMLMapper();

  private RoundTrips() {}

  /**
   * Reads {@code tree} as a manifest and checks that no field outside {@code status} is
   * unknown, that writing gives the same tree, and that the output, and the model's tree, read
   * back as the same model.
   */
  static void assertTypedAndRoundTrips(JsonNode tree) throws IOException {
    ManifestDocument document = ManifestReader.readDocuments(YAML.writeValueAsString(tree)).get(0);
    // status (of the object, of a volume claim template) is an untyped tree, kept verbatim
    assertThat(document.unknownFields()).allMatch(p -> p.matches("(.*\\.)?status(\\..*)?"));

    String written = PodYaml.toYaml(document.object());
    assertThat(YAML.readTree(written)).isEqualTo(tree);
    KubernetesObject reread = ManifestReader.read(written).get(0);
    assertThat(reread).isEqualTo(document.object());
    // The tree ModelTrees makes reads back (ModelTrees.object) as the same model value.
    Map<?, ?> modelTree = (Map<?, ?>) ModelTrees.tree(document.object());
    @SuppressWarnings("unchecked")
    Map<String, ?> keyed = (Map<String, ?>) modelTree;
    assertThat(ModelTrees.object(keyed)).isEqualTo(document.object());
  }
}
