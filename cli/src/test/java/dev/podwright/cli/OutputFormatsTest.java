package dev.podwright.cli;

import static dev.podwright.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.podwright.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code -o json|junit|sarif}, each parsed and checked against a schema: the JSON Schema the
 * CLI ships, a JUnit XSD, and the required structure of SARIF 2.1.0.
 */
class OutputFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  Path valid;
  Path mixed;
  Path broken;
  Path list;
  Path json;

  @BeforeEach
  void files() throws IOException {
    Path k8s = Files.createDirectories(dir.resolve("k8s"));
    valid = Files.writeString(k8s.resolve("a-valid.yaml"), ValidateCommandTest.VALID);
    // document 1 a Service, document 2 an invalid Pod: image missing (line 12), bad port (14)
    mixed = Files.writeString(k8s.resolve("b-mixed.yaml"), "apiVersion: v1\nkind: Service\n"
        + "metadata: {name: web}\n---\n" + ValidateCommandTest.INVALID);
    broken = Files.writeString(k8s.resolve("c-broken.yaml"), "kind: Pod\nmetadata: name: x\n");
    list = Files.writeString(k8s.resolve("d-list.yml"), """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: one}
          spec:
            containers: [{name: app, image: app:1}]
        - apiVersion: v1
          kind: Pod
          metadata: {name: two}
          spec:
            containers: [{name: app}]
        """);
    json = Files.writeString(k8s.resolve("e-pod.json"), """
        {
        \t"apiVersion": "v1",
        \t"kind": "Pod",
        \t"metadata": {"name": "j"},
        \t"spec": {"containers": [
        \t\t{"name": "app", "image": "a\\/b:1", "ports": [{"containerPort": 0}]}]}
        }
        """);
  }

  private static Schema schema(String resource, String definition) throws IOException {
    JsonNode root;
    try (InputStream in = OutputFormatsTest.class.getResourceAsStream(resource)) {
      root = JSON.readTree(in);
    }
    if (definition != null) {
      ((ObjectNode) root).put("$ref", "#/$defs/" + definition);
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
  }

  private static void assertMatches(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).as(json).isEmpty();
  }

  private static final String SHIPPED = "/dev/podwright/cli/schema/podwright.schema.json";

  @Test
  void jsonMatchesTheShippedSchemaAndLocatesEveryProblem() throws IOException {
    Run run = run("validate", "-o", "json", dir.resolve("k8s").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertMatches(schema(SHIPPED, "validate"), run.out());
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.at("/summary/files").asInt()).isEqualTo(5);
    List<String> files = new ArrayList<>();
    report.get("files").forEach(f -> files.add(f.get("file").asText()));
    assertThat(files).containsExactly(valid.toString(), mixed.toString(), broken.toString(),
        list.toString(), json.toString());
    JsonNode mixedFile = report.get("files").get(1);
    assertThat(mixedFile.at("/skipped/0/kind").asText()).isEqualTo("Service");
    JsonNode image = mixedFile.at("/documents/0/problems/0");
    assertThat(image.get("file").asText()).isEqualTo(mixed.toString());
    assertThat(image.get("document").asInt()).isEqualTo(2);
    assertThat(image.get("line").asInt()).isEqualTo(11);
    assertThat(image.get("field").asText()).isEqualTo("spec.containers[0].image");
    assertThat(image.get("type").asText()).isEqualTo("Required value");
    assertThat(mixedFile.at("/documents/0/problems/1/line").asInt()).isEqualTo(13);
    JsonNode brokenFile = report.get("files").get(2);
    assertThat(brokenFile.get("status").asText()).isEqualTo("unusable");
    assertThat(brokenFile.at("/problems/0/line").asInt()).isEqualTo(2);
    assertThat(brokenFile.at("/problems/0/document").isNull()).isTrue();
    JsonNode two = report.get("files").get(3).at("/documents/1");
    assertThat(two.get("name").asText()).isEqualTo("two");
    assertThat(two.get("document").asInt()).isEqualTo(1);
    assertThat(two.at("/problems/0/line").asInt()).isEqualTo(13);
    JsonNode port = report.get("files").get(4).at("/documents/0/problems/0");
    assertThat(port.get("field").asText()).isEqualTo("spec.containers[0].ports[0].containerPort");
    assertThat(port.get("line").asInt()).isEqualTo(6);
    assertThat(run("validate", "-o", "json", valid.toString()).exit()).isZero();
    assertThat(run("validate", "-o", "json", mixed.toString()).exit()).isEqualTo(1);
  }

  @Test
  void warningsAreInEveryFormatWithoutFailing() throws IOException {
    Run json = run("validate", "-o", "json", "--kubernetes-version", "1.28", valid.toString());
    Run sarif = run("validate", "-o", "sarif", "--kubernetes-version", "1.28", valid.toString());
    Run junit = run("validate", "-o", "junit", "--kubernetes-version", "1.28", valid.toString());

    assertThat(json.exit()).isZero();
    JsonNode warning = JSON.readTree(json.out()).at("/files/0/documents/0/problems/0");
    assertThat(warning.get("severity").asText()).isEqualTo("warning");
    assertThat(warning.get("line").asInt()).isEqualTo(9);
    assertThat(JSON.readTree(sarif.out()).at("/runs/0/results/0/level").asText())
        .isEqualTo("warning");
    assertThat(junit.out()).contains("<system-err>", valid + ":9: spec.initContainers[0]");
  }

  @Test
  void junitMatchesTheXsdAndFailsEachInvalidObject() throws Exception {
    Run run = run("validate", "-o", "junit", dir.resolve("k8s").toString());

    assertThat(run.exit()).isEqualTo(2);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(OutputFormatsTest.class.getResource("/junit.xsd"))
        .newValidator().validate(new StreamSource(new StringReader(run.out())));
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(run.out())));
    Element suites = xml.getDocumentElement();
    // a-valid 1, b-mixed 1 and 1 skipped, c-broken 1, d-list 2, e-pod 1
    assertThat(suites.getAttribute("tests")).isEqualTo("7");
    assertThat(suites.getAttribute("failures")).isEqualTo("3");
    assertThat(suites.getAttribute("errors")).isEqualTo("1");
    NodeList failures = xml.getElementsByTagName("failure");
    Element first = (Element) failures.item(0);
    assertThat(((Element) first.getParentNode()).getAttribute("name"))
        .isEqualTo("Pod/web (document 2, line 5)");
    assertThat(first.getAttribute("type")).isEqualTo("Required value");
    assertThat(first.getTextContent()).contains(
        mixed + ":11: spec.containers[0].image: Required value",
        mixed + ":13: spec.containers[0].ports[0].containerPort: Invalid value: 70000");
    Element error = (Element) xml.getElementsByTagName("error").item(0);
    assertThat(error.getTextContent()).contains(broken + ":2: line 2, column 15");
    assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void junitStaysWellFormedWithControlCharactersInValues() throws Exception {
    Path odd = Files.writeString(dir.resolve("odd.yaml"), ValidateCommandTest.INVALID
        .replace("name: app", "name: \"a\\x01<&>\""));

    Run run = run("validate", "-o", "junit", odd.toString());

    assertThat(run.exit()).isEqualTo(1);
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(run.out())));
  }

  @Test
  void sarifHasTheRequiredStructureAndLocations() throws IOException {
    Run run = run("validate", "-o", "sarif", dir.resolve("k8s").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertMatches(schema("/sarif-2.1.0-required.schema.json", null), run.out());
    JsonNode log = JSON.readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).isEqualTo(SarifReport.SCHEMA);
    JsonNode sarifRun = log.at("/runs/0");
    assertThat(sarifRun.at("/tool/driver/name").asText()).isEqualTo("podwright");
    JsonNode rules = sarifRun.at("/tool/driver/rules");
    JsonNode results = sarifRun.get("results");
    assertThat(results).hasSize(5); // 2 in b-mixed, c-broken, 1 in the list, 1 in the JSON
    for (JsonNode result : results) {
      // ruleIndex points at the rule of the same id (SARIF 3.27.6); the URI is a relative
      // reference that resolves against the working directory.
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
      String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      assertThat(Path.of(URI.create("file:///").resolve(uri.replaceFirst("^file://", ""))
          .getPath())).exists();
    }
    JsonNode image = results.get(0);
    assertThat(image.get("ruleId").asText()).isEqualTo("required-value");
    assertThat(image.get("level").asText()).isEqualTo("error");
    assertThat(image.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(11);
    assertThat(image.at("/properties/document").asInt()).isEqualTo(2);
    assertThat(image.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("Pod/web/spec.containers[0].image");
    assertThat(sarifRun.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void sarifUrisAreRelativeReferences() {
    assertThat(SarifReport.uri("k8s/my app.yaml")).isEqualTo("k8s/my%20app.yaml");
    assertThat(SarifReport.uri("a:b.yaml")).isEqualTo("./a:b.yaml");
    assertThat(SarifReport.uri("/srv/k8s/app.yaml")).isEqualTo("file:///srv/k8s/app.yaml");
  }

  @Test
  void explainAndResourcesJsonMatchTheShippedSchema() throws IOException {
    String k8s = dir.resolve("k8s").toString();

    Run explain = run("explain", "-o", "json", valid.toString(), list.toString());
    Run resources = run("resources", "-o", "json", k8s);
    Run junit = run("explain", "-o", "junit", k8s);

    assertThat(explain.exit()).isZero();
    assertMatches(schema(SHIPPED, "explain"), explain.out());
    JsonNode plan = JSON.readTree(explain.out()).at("/files/0/documents/0");
    assertThat(plan.at("/start/0/containers/0/role").asText()).isEqualTo("SIDECAR");
    assertThat(JSON.readTree(explain.out()).at("/files/1/documents/1/name").asText())
        .isEqualTo("two");
    assertThat(resources.exit()).isEqualTo(2); // c-broken.yaml
    assertMatches(schema(SHIPPED, "resources"), resources.out());
    JsonNode files = JSON.readTree(resources.out()).get("files");
    assertThat(files.get(2).at("/error/line").asInt()).isEqualTo(2);
    assertThat(files.get(0).at("/documents/0/requests").isObject()).isTrue();
    assertThat(junit.exit()).isEqualTo(2);
    assertThat(junit.err()).contains("-o junit is for validate; explain prints text or json");
  }
}
