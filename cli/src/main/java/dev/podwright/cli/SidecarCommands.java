package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestDocument;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the sidecar commands (resources, explain, migrate) share. */
final class SidecarCommands {
  private SidecarCommands() {}

  /** Returns e.g. {@code Deployment/web (line 12)}. */
  static String title(ManifestDocument document) {
    KubernetesObject o = document.object();
    String name = o.metadata().name();
    return o.kind() + "/" + (name.isEmpty() ? "(unnamed)" : name) + " (line " + document.line()
        + ")";
  }

  /** Returns whether {@code -o} asks for JSON; junit and sarif are for validate only. */
  static boolean json(OutputFormat format, CommandSpec spec) {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new ParameterException(spec.commandLine(), "-o " + format.option()
          + " is for validate; " + spec.name() + " prints text or json");
    }
    return format == OutputFormat.JSON;
  }

  /** Adds an object for {@code document}: its 1-based document number, line, kind and name. */
  static ObjectNode document(ArrayNode documents, ManifestDocument document) {
    KubernetesObject o = document.object();
    return documents.addObject()
        .put("document", document.index() + 1)
        .put("line", document.line())
        .put("kind", o.kind())
        .put("name", o.metadata().name());
  }

  /**
   * The {@code -o json} report of explain and resources: {@code {"files": [{"file": ...,
   * "error": null or {"message", "line"}, "documents": [...]}]}}, described by the schemas in
   * {@code dev/podwright/cli/schema/}.
   */
  static final class JsonFiles {
    private final ObjectNode root = Json.object();
    private final ArrayNode files = root.putArray("files");
    private @Nullable ObjectNode current;

    /** Starts the entry of a file and returns its documents. */
    ArrayNode file(String label) {
      current = files.addObject().put("file", label);
      current.putNull("error");
      return current.putArray("documents");
    }

    /** Reports a document that cannot be used, on stderr and in its file's entry. */
    void unusable(String label, int line, String message, Console console) {
      console.unusable(label, "line " + line + ": " + message);
      record(label, line, message);
    }

    private void record(String label, int line, String message) {
      if (current == null || !current.get("file").asText().equals(label)) {
        file(label);
      }
      current.putObject("error").put("message", message).put("line", line);
    }

    /** Returns a handler that reads with {@code read} and records unusable inputs. */
    ManifestInputs.Handler handler(ToIntFunction<ManifestInputs.Loaded> read) {
      return new ManifestInputs.Handler() {
        @Override
        public int read(ManifestInputs.Loaded loaded) {
          return read.applyAsInt(loaded);
        }

        @Override
        public int unusable(ManifestInputs.Input input, ManifestInputs.Unusable problem,
            Console console) {
          current = null;
          record(input.label(), problem.line(), problem.getMessage());
          return ManifestInputs.Handler.super.unusable(input, problem, console);
        }
      };
    }

    String render() {
      return Json.render(root);
    }
  }
}
