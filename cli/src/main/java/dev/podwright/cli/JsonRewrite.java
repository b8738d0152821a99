package dev.podwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podwright.yaml.PodYaml;
import java.util.List;

/**
 * {@code migrate --rewrite} on a JSON file: the file becomes the migrated object written as
 * JSON, in Podwright's key order with two-space indentation, as JSON has no comments to lose.
 */
final class JsonRewrite {
  private JsonRewrite() {}

  static String of(String text, List<InPlaceMigration.Change> changes)
      throws InPlaceMigration.Unsafe {
    if (changes.size() != 1 || changes.get(0).index() != 0) {
      throw new InPlaceMigration.Unsafe("a JSON file is rewritten only when it holds one object");
    }
    InPlaceMigration.Change change = changes.get(0);
    try {
      JsonNode tree = new YAMLMapper().readTree(PodYaml.toYaml(change.migrated()));
      if (new ObjectMapper().readTree(text).path("kind").asText().endsWith("List")) {
        throw new InPlaceMigration.Unsafe("an object inside a JSON list cannot be rewritten "
            + "on its own");
      }
      return Json.render(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Podwright's own YAML always reads back", e);
    }
  }
}
