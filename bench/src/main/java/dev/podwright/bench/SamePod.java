package dev.podwright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Checks that every contender writes the same pod. The YAML texts differ (key order, quoting,
 * indentation), so each is read back as a tree and compared with Podwright's: same keys, same
 * list order, same scalars. Scalars are compared as text, since the libraries disagree only on
 * whether a quantity such as {@code cpu: 2} is written as a number or a string, which the API
 * server reads the same way. An empty map or list beside other fields counts as absent (the
 * official client writes {@code nodeSelector: {}} and {@code overhead: {}}), as it does for the
 * API server; a lone one such as {@code emptyDir: {}} is kept, since it selects the volume type.
 */
final class SamePod {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SamePod() {}

  /** Throws if the YAML of any contender is not the seed pod Podwright writes. */
  static void check() {
    JsonNode expected = read(PodwrightSeedPod.toYaml());
    check("fabric8", expected, Fabric8SeedPod.toYaml());
    check("official client", expected, OfficialSeedPod.toYaml());
    check("Jackson maps", expected, MapsSeedPod.toYaml());
  }

  static void check(String contender, JsonNode expected, String yaml) {
    JsonNode actual = read(yaml);
    if (!actual.equals(expected)) {
      throw new IllegalStateException(contender + " does not write the seed pod:\n" + yaml);
    }
  }

  static JsonNode read(String yaml) {
    try {
      return scalarsAsText(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode scalarsAsText(JsonNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getValue().isContainerNode() || !field.getValue().isEmpty()
            || node.size() == 1) {
          copy.set(field.getKey(), scalarsAsText(field.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = nodes.arrayNode();
      node.forEach(item -> copy.add(scalarsAsText(item)));
      return copy;
    }
    return TextNode.valueOf(node.asText());
  }
}
