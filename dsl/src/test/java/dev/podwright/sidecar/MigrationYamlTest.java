package dev.podwright.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads a manifest, migrates it and writes it back: only the moved container changes. */
class MigrationYamlTest {
  private static final String LEGACY = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        initContainers:
        - name: migrate
          image: acme/migrate:1
        containers:
        - name: app
          image: nginx:1.27
        - name: envoy
          image: envoyproxy/envoy:v1.31
          resizePolicy:
          - resourceName: cpu
            restartPolicy: NotRequired
          startupProbe:
            httpGet:
              path: /ready
              port: 9901
        affinity:
          nodeAffinity: {}
      """;

  @Test
  void roundTripKeepsEveryFieldAndMovesOnlyTheSidecar() {
    List<KubernetesObject> objects = ManifestReader.read(LEGACY);

    MigrationResult r = SidecarMigration.builder().sidecar("envoy").build()
        .migrate(objects.get(0));

    String yaml = PodYaml.toYaml(r.object());
    assertThat(yaml).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: envoy
              image: envoyproxy/envoy:v1.31
              resizePolicy:
                - resourceName: cpu
                  restartPolicy: NotRequired
              restartPolicy: Always
              startupProbe:
                httpGet:
                  path: /ready
                  port: 9901
            - name: migrate
              image: acme/migrate:1
          containers:
            - name: app
              image: nginx:1.27
          affinity:
            nodeAffinity: {}
        """);
    // Reading the output back gives the migrated object again: nothing was lost in writing.
    assertThat(ManifestReader.read(yaml)).containsExactly(r.object());
    assertThat(r.warnings()).isEmpty();
  }
}
