package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.cli.ValidationResults.Problem;
import dev.podwright.cli.ValidationResults.Severity;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code validate -o sarif}: a SARIF 2.1.0 log, as code-scanning tools (GitHub code scanning,
 * GitLab, Azure DevOps) read it. One run; one rule per error type ({@code required-value},
 * {@code invalid-value}, ..., {@code warning}, {@code unusable-input}); one result per problem,
 * located by the file (a URI reference relative to the working directory, or a {@code file:} URI
 * for absolute paths) and line, with the object's document number, kind, name and field path as
 * result properties and the field path also as a logical location.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  static String render(ValidationResults results, String version) {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "podwright");
    driver.put("version", version);
    driver.put("fullName", "podwright validate (Kubernetes " + results.profile.version() + ")");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode out = run.putArray("results");
    for (ValidationResults.File file : results.files) {
      for (Problem p : file.allProblems()) {
        Integer index = ruleIndex.get(p.ruleId());
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(p.ruleId(), index);
          ObjectNode rule = rules.addObject();
          rule.put("id", p.ruleId());
          rule.putObject("shortDescription").put("text", p.type());
          rule.putObject("defaultConfiguration").put("level", level(p));
        }
        result(out.addObject(), file.file, p, index);
      }
    }
    run.putArray("invocations").addObject()
        .put("executionSuccessful", results.count(ValidationResults.Status.UNUSABLE) == 0);
    return Json.render(root);
  }

  private static String level(Problem p) {
    return p.severity() == Severity.ERROR ? "error" : "warning";
  }

  private static void result(ObjectNode result, String file, Problem p, int ruleIndex) {
    result.put("ruleId", p.ruleId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(p));
    result.putObject("message").put("text", p.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(file));
    if (p.line() > 0) {
      physical.putObject("region").put("startLine", p.line());
    }
    if (!p.field().isEmpty()) {
      location.putArray("logicalLocations").addObject()
          .put("fullyQualifiedName", p.kind() + "/" + p.name() + "/" + p.field())
          .put("kind", "member");
    }
    ObjectNode properties = result.putObject("properties");
    if (p.document() != null) {
      properties.put("document", p.document());
    }
    properties.put("kind", p.kind());
    properties.put("name", p.name());
    properties.put("field", p.field());
  }

  /** Returns a file name as a URI reference: {@code k8s/my%20app.yaml}, {@code file:///...}. */
  static String uri(String file) {
    if (file.equals("<stdin>")) {
      return "stdin";
    }
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    String slashed = file.replace(File.separatorChar, '/');
    try {
      String uri = new URI(null, null, slashed, null).toASCIIString();
      // "a:b.yaml" would read as a URI with scheme "a"
      int colon = uri.indexOf(':');
      int slash = uri.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + uri : uri;
    } catch (URISyntaxException e) {
      return slashed;
    }
  }
}
