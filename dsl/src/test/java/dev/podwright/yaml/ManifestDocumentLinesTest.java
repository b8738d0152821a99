package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Document numbers, lines of field paths, and {@code kind: List} documents. */
class ManifestDocumentLinesTest {
  private static final String STREAM = """
      # comment only, no document
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels: {app.kubernetes.io/name: web}
      spec:
        containers:
          - name: app
            ports:
              - containerPort: 80
      ---
      ---
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Pod
        metadata: {name: one}
        spec: {containers: [{name: a, image: a:1}]}
      - apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg}
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: two}
        spec:
          selector: {matchLabels: {a: b}}
          template:
            metadata: {labels: {a: b}}
            spec:
              containers: [{name: b, image: b:1}]
      """;

  @Test
  void numbersDocumentsAndExpandsLists() {
    Manifest manifest = ManifestReader.readManifest(STREAM, UnknownKinds.SKIP);

    List<ManifestDocument> documents = manifest.documents();
    assertThat(documents).extracting(d -> d.object().metadata().name())
        .containsExactly("web", "one", "two");
    // the Service is document 0, the empty one 2, the List 3 for both of its workloads
    assertThat(documents).extracting(ManifestDocument::index).containsExactly(1, 3, 3);
    assertThat(documents).extracting(ManifestDocument::line).containsExactly(7, 22, 29);
    assertThat(manifest.skipped()).extracting(SkippedDocument::kind)
        .containsExactly("Service", "ConfigMap");
  }

  @Test
  void findsTheLineOfAFieldOrOfItsNearestAncestor() {
    ManifestDocument pod = ManifestReader.readManifest(STREAM, UnknownKinds.SKIP).documents()
        .get(0);

    assertThat(pod.line("spec.containers[0].ports[0].containerPort")).isEqualTo(16);
    assertThat(pod.line("metadata.labels[app.kubernetes.io/name]")).isEqualTo(11);
    assertThat(pod.line("spec.containers[0].image")).isEqualTo(14); // missing: the container
    assertThat(pod.line("spec.containers[3].name")).isEqualTo(13); // no such item: the list
    assertThat(pod.line("spec.volumes")).isEqualTo(12);
    assertThat(pod.line("")).isEqualTo(7);
    assertThat(ManifestReader.readManifest(STREAM, UnknownKinds.SKIP).documents().get(2)
        .line("spec.template.spec.containers[0].image")).isEqualTo(37);
  }

  @Test
  void countsLinesFromTheTopOfTheFileWhenItStartsWithBlankLines() {
    ManifestDocument pod = ManifestReader.readManifest("\n\n  \n"
        + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
        + "spec:\n  containers:\n  - name: app\n", UnknownKinds.SKIP).documents().get(0);

    assertThat(pod.line()).isEqualTo(4);
    assertThat(pod.line("spec.containers[0].name")).isEqualTo(10);
    ManifestDocument crlf = ManifestReader.readManifest("\r\n\r\n\r"
        + "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\n", UnknownKinds.SKIP)
        .documents().get(0);
    assertThat(crlf.line("metadata.name")).isEqualTo(7);
    ManifestDocument json = ManifestReader.readManifest("\n \n  {\"apiVersion\": \"v1\",\n"
        + "\"kind\": \"Pod\", \"metadata\": {\"name\": \"web\"}}", UnknownKinds.SKIP)
        .documents().get(0);
    assertThat(json.line("metadata.name")).isEqualTo(4);
  }

  @Test
  void readsADocumentIndentedAsAWhole() {
    // YAML lets a block mapping start at any column; go-yaml and kubectl read this as usual
    // (nginxinc/kubernetes-ingress ships a Deployment indented by one space).
    ManifestDocument pod = ManifestReader.readManifest(" apiVersion: v1\n kind: Pod\n"
        + " metadata:\n   name: web\n spec:\n   containers:\n   - name: app\n"
        + "     image: nginx\n", UnknownKinds.SKIP).documents().get(0);

    assertThat(pod.object().metadata().name()).isEqualTo("web");
    assertThat(pod.line("spec.containers[0].image")).isEqualTo(8);
  }
}
