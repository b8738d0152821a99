package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderResourceTest {
  @Test
  void readsAResourceThroughTheAnchorsClassLoader() {
    List<KubernetesObject> objects = ManifestReader.readResource(ManifestReaderResourceTest.class,
        "dev/podwright/yaml/resource-pod.yaml");

    assertThat(objects).singleElement().isInstanceOfSatisfying(Pod.class,
        pod -> assertThat(pod.metadata().name()).isEqualTo("from-resource"));
  }

  @Test
  void missingResourceNamesTheResourceAndTheAnchor() {
    assertThatThrownBy(() -> ManifestReader.readResource(ManifestReaderResourceTest.class,
        "META-INF/podwright/missing.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no class-path resource META-INF/podwright/missing.yaml for "
            + ManifestReaderResourceTest.class.getName());
  }

  @Test
  void aClassOfTheBootstrapLoaderReadsFromTheSystemClassPath() {
    assertThat(ManifestReader.readResource(String.class, "dev/podwright/yaml/resource-pod.yaml"))
        .hasSize(1);
  }
}
