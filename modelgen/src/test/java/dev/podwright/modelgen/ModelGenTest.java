package dev.podwright.modelgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelGenTest {
  private static List<ApiDescription> versions;
  private static ApiModel model;

  @BeforeAll
  static void readSample() throws IOException, URISyntaxException {
    versions = ModelGen.read(Path.of(ModelGenTest.class.getResource("/api").toURI()));
    model = ApiModel.merge(versions);
  }

  private static String source(String name) {
    return ModelGen.files(versions).stream()
        .filter(f -> f.typeSpec().name().equals(name))
        .map(JavaFile::toString)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mergesFieldsOfAllVersionsInGoOrder() {
    assertThat(model.type("Container").attrs()).extracting(ApiModel.Attr::json)
        .containsExactly("name", "image", "restartPolicy", "ports", "readinessProbe",
            "removedField");
  }

  @Test
  void fieldKnowsItsVersionsAndGate() {
    ApiModel.Attr policy = model.type("Container").attrs().get(2);
    assertThat(policy.since()).isEqualTo(28);
    assertThat(policy.until()).isEqualTo(28);
    assertThat(policy.gate()).isEqualTo("SidecarContainers");
    ApiModel.Attr removed = model.type("Container").attrs().get(5);
    assertThat(removed.since()).isEqualTo(27);
    assertThat(removed.until()).isEqualTo(27);
  }

  @Test
  void flattensEmbeddedStructsAndSkipsTypeMetaOfObjects() {
    assertThat(model.type("Probe").attrs()).extracting(ApiModel.Attr::json)
        .containsExactly("httpGet", "periodSeconds");
    assertThat(model.type("Pod").attrs()).extracting(ApiModel.Attr::json)
        .containsExactly("metadata", "spec", "status");
    assertThat(model.type("Pod").kind()).isEqualTo("Pod");
    assertThat(model.type("Pod").apiVersion()).isEqualTo("v1");
    assertThat(model.types()).extracting(ApiModel.Type::javaName)
        .doesNotContain("ProbeHandler", "TypeMeta");
  }

  @Test
  void mapsGoTypesToTheModelsAccessorTypes() {
    String container = source("Container");
    assertThat(container)
        .contains("public final class Container implements Extensible, Restartable {")
        .contains("private String name = \"\";") // the builder's default: Go's zero value
        .contains("private String image = \"\";") // override: omitempty, yet plain
        .contains("@Override\n  public Optional<String> restartPolicy() {")
        .contains("public List<Integer> ports() {\n    return ports;")
        .contains("public Optional<Probe> readinessProbe() {")
        .contains("<p>Since Kubernetes 1.28. Feature gate {@code SidecarContainers}.")
        .contains("<p>Until Kubernetes 1.27.")
        .contains("public static final class Builder {")
        .contains("public Builder addPort(int element) {")
        .contains("public Builder readinessProbe(Optional<? extends Probe> readinessProbe) {")
        .doesNotContain("org.immutables");
    assertThat(source("PodSpec"))
        .contains("public Map<String, Quantity> overhead() {")
        .contains("public Optional<Long> activeDeadlineSeconds() {")
        .contains("public Builder activeDeadlineSeconds(long activeDeadlineSeconds) {")
        .contains("public Builder putOverhead(String key, Quantity value) {");
    assertThat(source("HTTPGetAction"))
        .contains("public final class HTTPGetAction implements Extensible, "
            + "ProbeAction, HookAction {")
        .contains("public IntOrString port() {")
        .contains("throw new IllegalStateException(\"Cannot build HTTPGetAction, some of "
            + "required attributes are not set [port]\");");
    assertThat(source("ObjectMeta"))
        .contains("public Optional<String> creationTimestamp() {");
    assertThat(source("ManagedFieldsEntry"))
        .contains("public Optional<Object> fieldsV1() {");
  }

  @Test
  void objectsImplementKubernetesObjectWithConstantVersionAndKind() {
    String pod = source("Pod");
    assertThat(pod)
        .contains("public final class Pod implements KubernetesObject {")
        .contains("public String apiVersion() {\n    return \"v1\";")
        .contains("private static final ObjectMeta DEFAULT_METADATA = ObjectMeta.builder()"
            + ".build();")
        .contains("@Override\n  public ObjectMeta metadata() {\n    return metadata;")
        .contains("private PodSpec spec = Pod.DEFAULT_SPEC;")
        .doesNotContain("status()");
  }

  @Test
  void readerTypesEveryFieldAndKeepsTheRestAsUnknown() {
    String reader = source("ApiReader");
    assertThat(reader)
        .contains("Map.entry(\"Pod\", \"v1\")")
        .contains("case \"Pod\" -> pod(r, node, path);")
        .contains("for (NodeReader.Field f : r.fieldsSet(node, path)) {")
        .contains("if (name.equals(\"apiVersion\") || name.equals(\"kind\")) {")
        .contains("if (name.equals(\"containers\")) {\n"
            + "        b.containers(containerList(r, f));\n")
        .contains("} else if (name.equals(\"ports\")) {\n        b.ports(r.int32s(f));\n")
        .contains("} else if (name.equals(\"overhead\")) {\n"
            + "        b.overhead(r.quantities(f));\n")
        .contains("} else if (name.equals(\"fieldsV1\")) {\n        b.fieldsV1(r.tree(f));\n")
        .contains("b.port(IntOrString.of(0));")
        .contains("} else {\n        b.putUnknownField(name, r.unknown(f));\n      }")
        .doesNotContain("\"status\"")
        .doesNotContain("switch (f.name())");
  }

  @Test
  void readerSwitchesOnTheNameOfATypeWithManyFields() {
    String reader = new ReaderGenerator(model, 0).file().toString();
    assertThat(reader)
        .contains("case \"apiVersion\", \"kind\" -> { }")
        .contains("case \"containers\" -> b.containers(containerList(r, f));")
        .contains("case \"ports\" -> b.ports(r.int32s(f));")
        .contains("case \"overhead\" -> b.overhead(r.quantities(f));")
        .contains("case \"fieldsV1\" -> b.fieldsV1(r.tree(f));")
        .contains("b.port(IntOrString.of(0));")
        .contains("default -> b.putUnknownField(f.name(), r.unknown(f));")
        .doesNotContain("case \"status\"")
        .doesNotContain("name.equals(");
  }

  @Test
  void readerCallsTheBuildersWithoutLambdasOrMethodReferences() {
    String reader = source("ApiReader");
    assertThat(reader)
        .contains("} else if (name.equals(\"spec\")) {\n"
            + "        b.spec(podSpec(r, f.value(), f.path()));\n")
        .contains("private static List<Container> containerList(NodeReader r, NodeReader.Field f) "
            + "{\n    List<YamlNode> items = r.items(f);\n"
            + "    List<Container> values = new ArrayList<>(items.size());\n"
            + "    for (int i = 0; i < items.size(); i++) {\n"
            + "      values.add(container(r, NodeReader.item(items, i), "
            + "FieldPaths.index(f.path(), i)));\n")
        .doesNotContain("::");
    assertThat(reader.lines().map(String::strip).filter(line -> line.contains("->")))
        .as("arrows only in switches")
        .isNotEmpty()
        .allMatch(line -> line.startsWith("case ") || line.startsWith("default -> "));
  }

  @Test
  void writerMakesStraightCallsInGoOrder() {
    String writer = source("ApiWriter");
    assertThat(writer)
        .contains("if (object instanceof Pod pod) {\n      pod(w, pod);")
        .contains("w.str(\"apiVersion\", v.apiVersion());\n    w.str(\"kind\", v.kind());\n"
            + "    w.name(\"metadata\");\n    objectMeta(w, v.metadata());\n"
            + "    w.name(\"spec\");\n    podSpec(w, v.spec());\n    w.unknown(v);")
        .contains("for (Container e : v.containers()) {")
        .contains("if (v.readinessProbe().isPresent()) {")
        .doesNotContain("->");
  }

  @Test
  void sourceWriterSetsEachAttributeThroughTheBuilderInGoOrder() {
    String source = new SourceWriterGenerator(model).file().toString();
    assertThat(source)
        .contains("package dev.podwright.codegen;")
        .contains("if (object instanceof Pod pod) {\n      return pod(pod);")
        .contains("BuilderCode b = builder(\"Container\");\n"
            + "    b.set(\"name\", v.name());\n    b.set(\"image\", v.image());\n"
            + "    b.set(\"restartPolicy\", v.restartPolicy());\n"
            + "    b.addAll(\"addPorts\", v.ports());\n"
            + "    if (v.readinessProbe().isPresent()) {\n"
            + "      b.set(\"readinessProbe\", probe(v.readinessProbe().get()));")
        .contains("if (!v.metadata().equals(EMPTY_OBJECT_META)) {\n"
            + "      b.set(\"metadata\", objectMeta(v.metadata()));")
        .contains("for (Container e : v.containers()) {\n"
            + "      b.set(\"addContainer\", container(e));")
        .contains("b.putAll(\"putOverhead\", v.overhead());")
        .contains("b.putAll(\"putUnknownField\", v.unknownFields());")
        .doesNotContain("status");
  }

  @Test
  void fieldVersionsListOnlyFieldsSomeVersionLacksOrAGateGuards() {
    String versions = source("FieldVersions");
    assertThat(versions)
        .contains("static final Range CONTAINER_RESTART_POLICY = "
            + "new Range(28, 28, \"SidecarContainers\", 28);")
        .contains("static final Range CONTAINER_REMOVED_FIELD = new Range(27, 27, \"\", 0);")
        .contains("Map.entry(\"Container.restartPolicy\", CONTAINER_RESTART_POLICY)")
        .doesNotContain("\"Container.name\"");
  }

  @Test
  void walkHandsOverModelObjectsAndVersionedFieldsInGoOrder() {
    String walk = source("ModelWalk");
    assertThat(walk)
        .contains("if (object instanceof Pod pod) {\n      pod(c, pod);")
        .contains("static void pod(FieldChecks c, Pod v) {\n    c.startObject(v, \"status\");\n"
            + "    c.field(\"metadata\");\n    objectMeta(c, v.metadata());\n    c.end();\n"
            + "    c.field(\"spec\");\n    podSpec(c, v.spec());\n    c.end();\n"
            + "    c.endObject(v);\n  }")
        .contains("List<Container> containers = v.containers();\n"
            + "      for (int i = 0; i < containers.size(); i++) {\n        c.item(i);\n"
            + "        container(c, containers.get(i));\n        c.end();")
        .contains("if (v.restartPolicy().isPresent() && !v.restartPolicy().get().isEmpty()) {\n"
            + "      c.versioned(\"restartPolicy\", FieldVersions.CONTAINER_RESTART_POLICY);")
        .contains("if (v.readinessProbe().isPresent()) {\n      c.field(\"readinessProbe\");")
        .doesNotContain("\"name\"", "->", "reflect");
  }

  @Test
  void methodNamesDecapitalizeLeadingAcronyms() {
    assertThat(JavaTypes.methodName("HTTPGetAction")).isEqualTo("httpGetAction");
    assertThat(JavaTypes.methodName("GRPCAction")).isEqualTo("grpcAction");
    assertThat(JavaTypes.methodName("PodSpec")).isEqualTo("podSpec");
    assertThat(JavaTypes.methodName("Pod")).isEqualTo("pod");
  }
}
