package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.samples.workloads.ZonalMeshDeployment;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The annotated storefront against {@link ZonalMeshDeployment#storefront()}, written with the DSL. */
class StorefrontDeploymentTest {
  @Test
  void generatedDeploymentEqualsDslDeployment() {
    assertThat(StorefrontDeploymentSpec.deployment()).isEqualTo(ZonalMeshDeployment.storefront());
  }

  @Test
  void yamlResourceEqualsDslYaml() throws IOException {
    assertThat(StorefrontDeploymentSpec.RESOURCE).isEqualTo("META-INF/podwright/storefront.yaml");
    String yaml = IstioSleepPodTest.resource(StorefrontDeploymentSpec.RESOURCE);
    assertThat(yaml).isEqualTo(PodYaml.toYaml(ZonalMeshDeployment.storefront()))
        .contains("topologyKey: topology.kubernetes.io/zone")
        .contains("topologyKey: kubernetes.io/hostname");
  }
}
