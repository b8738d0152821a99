package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.Deployment;
import dev.podwright.model.Extensible;
import dev.podwright.model.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated reader's direct calls: list items, nulls and kinds read as they did through
 * method references (the messages were checked against main before the change), and no call
 * site left that would spin a class at run time.
 */
class ApiReaderTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n";
  private static final String EXIT_CODES = POD + """
        containers:
        - name: app
          image: x
          restartPolicy: Never
          restartPolicyRules:
          - action: Restart
            exitCodes:
              operator: In
              values: [1, VALUE]
      """;

  private static void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> ManifestReader.read(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessage(message);
  }

  @Test
  void listsOfIntegersNameTheItem() {
    String path = "line 14, column 21: "
        + "spec.containers[0].restartPolicyRules[0].exitCodes.values[1]: ";
    assertFails(EXIT_CODES.replace("VALUE", "\"2\""), path + "expected an integer, found \"2\"");
    assertFails(EXIT_CODES.replace("VALUE", "2147483648"),
        path + "expected a 32-bit integer, found 2147483648");
    Pod pod = (Pod) ManifestReader.read(EXIT_CODES.replace("VALUE", "1e1")).get(0);
    assertThat(pod.spec().containers().get(0).restartPolicyRules().get(0).exitCodes()
        .orElseThrow().values()).containsExactly(1, 10);
  }

  @Test
  void aNullIntegerItemIsZeroAsGoDecodesIt() {
    // json.Unmarshal leaves a null element of []int32 at its zero value; so does kubectl
    Pod pod = (Pod) ManifestReader.read(EXIT_CODES.replace("VALUE", "~")).get(0);
    assertThat(pod.spec().containers().get(0).restartPolicyRules().get(0).exitCodes()
        .orElseThrow().values()).containsExactly(1, 0);
    Pod groups = (Pod) ManifestReader.read(POD + "  securityContext:\n"
        + "    supplementalGroups: [1000, null]\n  containers:\n  - name: a\n    image: x\n")
        .get(0);
    assertThat(groups.spec().securityContext().orElseThrow().supplementalGroups())
        .containsExactly(1000L, 0L);
  }

  @Test
  void listsOfObjectsNameTheItemAndTheField() {
    assertFails(POD + "  containers:\n  - name: a\n    image: x\n  - name: b\n    ports:\n"
            + "    - containerPort: http\n",
        "line 11, column 22: spec.containers[1].ports[0].containerPort: expected an integer, "
            + "found \"http\"");
    assertFails(POD + "  containers:\n  - name: a\n    env:\n    - name: A\n      valueFrom:\n"
            + "        fieldRef: [x]\n",
        "line 11, column 19: spec.containers[0].env[0].valueFrom.fieldRef: expected a mapping, "
            + "found a list");
  }

  @Test
  void nullItemsAreZeroValuesAndNullFieldsAreNotSet() {
    Pod pod = (Pod) ManifestReader.read(POD + "  containers:\n  - ~\n  - name: b\n"
        + "    args: [x, ~]\n    x-null: ~\n    x-kept: {a: ~}\n").get(0);

    List<Container> containers = pod.spec().containers();
    assertThat(containers).hasSize(2);
    assertThat(containers.get(0)).isEqualTo(Container.builder().build());
    assertThat(containers.get(1).args()).containsExactly("x", "");
    assertThat(containers.get(1).unknownFields()).containsOnlyKeys("x-kept");
    assertThat(containers.get(1).unknownFields().get("x-kept"))
        .isEqualTo(Map.of("a", Extensible.NULL));
  }

  @Test
  void aNullTemplateMetadataIsNotKeptAndUnknownNullsAreNotRecorded() {
    ManifestDocument document = ManifestReader.readDocuments("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          x-null:
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata:
            spec:
              containers:
              - name: app
                image: x
                x-y: 1
        """).get(0);

    Deployment deployment = (Deployment) document.object();
    assertThat(deployment.spec().template().keepsEmptyMetadata()).isFalse();
    assertThat(document.unknownFields()).containsExactly("spec.template.spec.containers[0].x-y");
    assertThat(PodYaml.toYaml(deployment)).contains("  template:\n    spec:\n");
  }

  @Test
  void compiledWithoutInvokedynamic() throws IOException {
    // A lambda, a method reference or a string concatenation adds a BootstrapMethods attribute,
    // whose name the constant pool then holds; each of its call sites spins classes on first use.
    try (InputStream in = ApiReader.class.getResourceAsStream("ApiReader.class")) {
      String classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(classFile.contains("SourceFile")).as("a class file").isTrue();
      assertThat(classFile.contains("BootstrapMethods")).as("invokedynamic call sites").isFalse();
    }
  }
}
