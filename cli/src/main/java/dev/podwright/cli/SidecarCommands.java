package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestDocument;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

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

  /** Adds an object for {@code document}: its 1-based document number, line, kind and name. */
  static ObjectNode document(ArrayNode documents, ManifestDocument document) {
    KubernetesObject o = document.object();
    return documents.addObject()
        .put("document", document.index() + 1)
        .put("line", document.line())
        .put("kind", o.kind())
        .put("name", o.metadata().name());
  }

  /** What explain and resources do with one object. */
  interface DocumentHandler {
    /**
     * Handles {@code document} of {@code loaded}; {@code json} adds and returns its entry in the
     * JSON report.
     *
     * @throws IllegalArgumentException if the object cannot be handled, saying why
     */
    void handle(ManifestInputs.Loaded loaded, ManifestDocument document,
        Supplier<ObjectNode> json);
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

    /**
     * Reads every input and hands each object to {@code handler}, with a supplier of its JSON
     * entry; an {@link IllegalArgumentException} from the handler makes that object unusable
     * (reported, exit 2) and the others go on. Returns the highest exit code.
     */
    int each(ManifestInputs inputs, List<String> files, String verb, Console console,
        DocumentHandler handler) {
      return inputs.each(files, verb, handler(loaded -> {
        int code = PodwrightCommand.VALID;
        ArrayNode documents = file(loaded.label());
        for (ManifestDocument document : loaded.manifest().documents()) {
          try {
            handler.handle(loaded, document, () -> SidecarCommands.document(documents, document));
          } catch (IllegalArgumentException e) {
            unusable(loaded.label(), document.line(), e.getMessage(), console);
            code = PodwrightCommand.UNUSABLE;
          }
        }
        return code;
      }));
    }

    /** Returns a handler that reads with {@code read} and records unusable inputs. */
    private ManifestInputs.Handler handler(ToIntFunction<ManifestInputs.Loaded> read) {
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
