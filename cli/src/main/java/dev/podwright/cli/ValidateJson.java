package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.cli.ValidationResults.Problem;
import dev.podwright.cli.ValidationResults.Severity;
import dev.podwright.cli.ValidationResults.Status;
import java.util.List;

/**
 * {@code validate -o json}: one object for the whole run, described by
 * {@code dev/podwright/cli/schema/validate.schema.json} in the CLI jar.
 */
final class ValidateJson {
  private ValidateJson() {}

  static String render(ValidationResults results) {
    ObjectNode root = Json.object();
    root.put("kubernetesVersion", results.profile.version());
    root.put("valid", results.count(Status.INVALID) + results.count(Status.UNUSABLE) == 0);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.files.size());
    summary.put("documents", results.documents());
    summary.put("invalidFiles", results.count(Status.INVALID));
    summary.put("unusableFiles", results.count(Status.UNUSABLE));
    summary.put("errors", results.count(Severity.ERROR));
    summary.put("warnings", results.count(Severity.WARNING));
    ArrayNode files = root.putArray("files");
    for (ValidationResults.File file : results.files) {
      ObjectNode f = files.addObject();
      f.put("file", file.file);
      f.put("status", file.status.json());
      problems(f.putArray("problems"), file.file, file.problems);
      ArrayNode documents = f.putArray("documents");
      for (ValidationResults.Document document : file.documents) {
        ObjectNode d = documents.addObject();
        d.put("document", document.document());
        d.put("line", document.line());
        d.put("kind", document.kind());
        d.put("name", document.name());
        d.put("valid", document.valid());
        ArrayNode notValidated = d.putArray("notValidated");
        document.notValidated().forEach(notValidated::add);
        problems(d.putArray("problems"), file.file, document.problems());
      }
      ArrayNode skipped = f.putArray("skipped");
      for (ValidationResults.Skipped s : file.skipped) {
        skipped.addObject().put("line", s.line()).put("kind", s.kind()).put("name", s.name());
      }
    }
    return Json.render(root);
  }

  private static void problems(ArrayNode array, String file, List<Problem> problems) {
    for (Problem p : problems) {
      ObjectNode o = array.addObject();
      o.put("severity", p.severity().json());
      o.put("file", file);
      if (p.document() == null) {
        o.putNull("document");
      } else {
        o.put("document", p.document());
      }
      o.put("line", p.line());
      o.put("kind", p.kind());
      o.put("name", p.name());
      o.put("field", p.field());
      o.put("type", p.type());
      o.put("message", p.message());
    }
  }
}
