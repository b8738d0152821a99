package dev.podwright.yaml;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every described Kubernetes version and every root kind, builds from the API description
 * itself ({@code api/kubernetes-1.X.json}) a manifest with every field of that version filled in
 * (deterministic values of the right type), reads it, and checks that no field outside
 * {@code status} is unknown and that writing gives back the same tree, which reads back as the
 * same model value.
 */
class EveryFieldRoundTripTest {
  private static final Path API = Path.of("..", "api");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<Arguments> rootsOfEveryVersion() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(API, "kubernetes-1.*.json")) {
      for (Path file : files) {
        JsonNode description = new ObjectMapper().readTree(file.toFile());
        for (JsonNode root : description.get("roots")) {
          cases.add(Arguments.of(description.get("kubernetes").asText(), root.asText(),
              description));
        }
      }
    }
    cases.sort((a, b) -> (a.get()[0] + " " + a.get()[1]).compareTo(b.get()[0] + " " + b.get()[1]));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rootsOfEveryVersion")
  void everyFieldIsTypedAndRoundTrips(String version, String root, JsonNode description)
      throws IOException {
    ObjectNode object = new Filler(description).object(root);
    RoundTrips.assertTypedAndRoundTrips(object);
  }

  /** Fills every field of a type with a value of its Go type. */
  private static final class Filler {
    private final Map<String, JsonNode> types = new HashMap<>();
    private int counter;

    Filler(JsonNode description) {
      for (JsonNode t : description.get("types")) {
        types.put(t.get("name").asText(), t);
      }
    }

    ObjectNode object(String root) {
      ObjectNode object = NODES.objectNode();
      String pkg = root.substring(0, root.indexOf('.'));
      String kind = root.substring(root.indexOf('.') + 1);
      if (kind.equals("PodTemplateSpec")) {
        // Not a kind of its own: the template of a PodTemplate has the fields of a pod.
        object.put("apiVersion", "v1").put("kind", "Pod");
      } else {
        object.put("apiVersion", pkg.equals("core/v1") ? "v1" : pkg).put("kind", kind);
      }
      fill(object, types.get(root), true, 0);
      return object;
    }

    private void fill(ObjectNode into, JsonNode struct, boolean object, int depth) {
      for (JsonNode f : struct.get("fields")) {
        String type = f.get("type").asText();
        String json = f.get("json").asText();
        if (f.get("inline").asBoolean() || json.isEmpty()) {
          String embedded = type.replace("*", "");
          if (!embedded.equals("meta/v1.TypeMeta") || !object) {
            fill(into, types.get(embedded), false, depth);
          }
        } else if (type.equals("opaque")) {
          into.set(json, NODES.objectNode().put("observedGeneration", 1)); // kept verbatim
        } else {
          into.set(json, value(json, type, depth));
        }
      }
    }

    private JsonNode value(String json, String type, int depth) {
      if (type.startsWith("*")) {
        return value(json, type.substring(1), depth);
      }
      if (type.equals("[]byte")) {
        return NODES.textNode("Ynl0ZXM=");
      }
      if (type.startsWith("[]")) {
        ArrayNode list = NODES.arrayNode();
        list.add(value(json, type.substring(2), depth + 1));
        return list;
      }
      if (type.startsWith("map[")) {
        int close = type.indexOf(']');
        return NODES.objectNode().set(json + "Key", value(json, type.substring(close + 1),
            depth + 1));
      }
      switch (type) {
        case "string":
          return NODES.textNode(json + "Value" + (++counter));
        case "bool":
          return NODES.booleanNode(true);
        case "int32":
        case "int64":
        case "int":
          return NODES.numberNode(++counter);
        case "resource.Quantity":
          return NODES.textNode(++counter + "Mi");
        case "intstr.IntOrString":
          return NODES.numberNode(++counter);
        case "meta/v1.Time":
        case "meta/v1.MicroTime":
          return NODES.textNode("2008-01-01T01:01:01Z");
        case "meta/v1.Duration":
          return NODES.textNode("1m0s");
        case "meta/v1.FieldsV1":
        case "runtime.RawExtension":
          return NODES.objectNode().set("f:" + json, NODES.objectNode());
        default:
          break;
      }
      JsonNode t = types.get(type);
      if (t == null) {
        throw new IllegalArgumentException("undescribed type " + type);
      }
      if (t.get("kind").asText().equals("alias")) {
        return value(json, t.get("underlying").asText(), depth);
      }
      if (t.get("kind").asText().equals("leaf")) {
        return NODES.textNode(json + "Value" + (++counter)); // types.UID and other string leaves
      }
      ObjectNode struct = NODES.objectNode();
      if (depth < 20) {
        fill(struct, t, false, depth + 1);
      }
      return struct;
    }
  }
}
