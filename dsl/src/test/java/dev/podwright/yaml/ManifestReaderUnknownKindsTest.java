package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Deployment;
import dev.podwright.model.Pod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderUnknownKindsTest {
  private static final String MIXED = String.join("\n",
      "apiVersion: v1",
      "kind: Service",
      "metadata:",
      "  name: web",
      "spec:",
      "  ports: [{port: \"not checked\"}]",
      "---",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: web",
      "---",
      "apiVersion: v1",
      "kind: ConfigMap",
      "data: {a: b}",
      "---",
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: debug",
      "");

  @Test
  void skipLeavesOutUnknownKindsAndListsThem() {
    Manifest manifest = ManifestReader.readManifest(MIXED, UnknownKinds.SKIP);
    assertThat(manifest.documents().get(0).object()).isInstanceOf(Deployment.class);
    assertThat(manifest.documents().get(1).object()).isInstanceOf(Pod.class);
    assertThat(manifest.documents()).extracting(ManifestDocument::line).containsExactly(8, 17);
    assertThat(manifest.skipped()).extracting(SkippedDocument::toString)
        .containsExactly("Service \"web\"", "ConfigMap");
    SkippedDocument service = manifest.skipped().get(0);
    assertThat(service.apiVersion()).isEqualTo("v1");
    assertThat(service.kind()).isEqualTo("Service");
    assertThat(service.name()).isEqualTo("web");
    assertThat(service.line()).isEqualTo(1);
    assertThat(manifest.skipped().get(1).line()).isEqualTo(13);
  }

  @Test
  void failIsTheDefault() {
    String expected = "line 2, column 7: unknown kind \"Service\" (apiVersion \"v1\"); supported: "
        + "CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet";
    assertThatThrownBy(() -> ManifestReader.read(MIXED)).hasMessage(expected);
    assertThatThrownBy(() -> ManifestReader.readDocuments(MIXED)).hasMessage(expected);
    assertThatThrownBy(() -> ManifestReader.readManifest(MIXED, UnknownKinds.FAIL))
        .isInstanceOf(ManifestException.class)
        .hasMessage(expected);
  }

  @Test
  void skipStillFailsOnBrokenWorkloadsAndMissingKinds() {
    assertThatThrownBy(() -> ManifestReader.readManifest(
            "kind: Service\n---\napiVersion: v1\nmetadata: {}\n", UnknownKinds.SKIP))
        .hasMessage("line 3, column 1: missing kind; supported: "
            + "CronJob, DaemonSet, Deployment, Job, Pod, StatefulSet");
    assertThatThrownBy(() -> ManifestReader.readManifest(
            "kind: Service\n---\napiVersion: v1\nkind: Deployment\n", UnknownKinds.SKIP))
        .hasMessage("line 4, column 7: kind \"Deployment\" needs apiVersion \"apps/v1\", "
            + "found \"v1\"");
    assertThatThrownBy(() -> ManifestReader.readManifest("kind: [Service]\n", UnknownKinds.SKIP))
        .hasMessage("line 1, column 7: kind: expected a string, found a list");
    assertThatThrownBy(() -> ManifestReader.readManifest("kind: Service\nx: [\n",
            UnknownKinds.SKIP))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("line ");
  }

  @Test
  void knownKindNamesOfCustomGroupsAreSkippedAndWrongBuiltInVersionsFail() {
    // An OpenKruise StatefulSet is a custom resource: a server with its CRD accepts it.
    Manifest manifest = ManifestReader.readManifest("apiVersion: apps.kruise.io/v1beta1\n"
        + "kind: StatefulSet\nmetadata: {name: db}\nspec: {replicas: many}\n", UnknownKinds.SKIP);
    assertThat(manifest.documents()).isEmpty();
    assertThat(manifest.skipped()).extracting(SkippedDocument::apiVersion)
        .containsExactly("apps.kruise.io/v1beta1");
    assertThatThrownBy(() -> ManifestReader.readManifest(
            "apiVersion: extensions/v1beta1\nkind: Deployment\n", UnknownKinds.SKIP))
        .hasMessage("line 2, column 7: kind \"Deployment\" needs apiVersion \"apps/v1\", "
            + "found \"extensions/v1beta1\"");
    assertThatThrownBy(() -> ManifestReader.readManifest(
            "apiVersion: apps.kruise.io/v1beta1\nkind: StatefulSet\n", UnknownKinds.FAIL))
        .hasMessageContaining("needs apiVersion \"apps/v1\"");
  }

  @Test
  void skippedDocumentsNeedNoNameOrApiVersion() {
    Manifest manifest = ManifestReader.readManifest(
        "kind: Secret\nmetadata: {name: 7}\n---\nkind: List\nmetadata: []\n", UnknownKinds.SKIP);
    assertThat(manifest.documents()).isEmpty();
    assertThat(manifest.skipped()).extracting(SkippedDocument::toString)
        .containsExactly("Secret", "List");
    assertThat(manifest.skipped()).extracting(SkippedDocument::apiVersion)
        .containsExactly("", "");
  }

  @Test
  void everySourceReadsTheSame(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.yaml"), MIXED);
    String fromString = ManifestReader.readManifest(MIXED, UnknownKinds.SKIP).toString();
    assertThat(ManifestReader.readManifest(file, UnknownKinds.SKIP)).hasToString(fromString);
    assertThat(ManifestReader.readManifest(new StringReader(MIXED), UnknownKinds.SKIP))
        .hasToString(fromString);
    assertThat(ManifestReader.readManifest(
            new ByteArrayInputStream(MIXED.getBytes(StandardCharsets.UTF_8)), UnknownKinds.SKIP))
        .hasToString(fromString);
    assertThat(fromString).isEqualTo("Manifest[Deployment web (line 8), Pod debug (line 17)] "
        + "skipped [Service \"web\", ConfigMap]");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> ManifestReader.readManifest(MIXED, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unknownKinds == null");
    assertThatThrownBy(() -> ManifestReader.readManifest((String) null, UnknownKinds.SKIP))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("yaml == null");
  }
}
