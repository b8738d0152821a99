package dev.podwright.samples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.samples.workloads.MeshDeployment;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The annotated deployment against {@link MeshDeployment#checkout()}, written with the DSL. */
class CheckoutDeploymentTest {
  @Test
  void generatedDeploymentEqualsDslDeployment() {
    assertThat(CheckoutDeploymentSpec.deployment()).isEqualTo(MeshDeployment.checkout());
  }

  @Test
  void yamlResourceEqualsDslYaml() throws IOException {
    assertThat(CheckoutDeploymentSpec.RESOURCE).isEqualTo("META-INF/podwright/checkout.yaml");
    String yaml = IstioSleepPodTest.resource(CheckoutDeploymentSpec.RESOURCE);
    assertThat(yaml).isEqualTo(PodYaml.toYaml(MeshDeployment.checkout()));
    assertThat(yaml).startsWith("apiVersion: apps/v1\nkind: Deployment\n")
        .contains("matchLabels:\n      app: checkout\n");
  }
}
