package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** build(Profile) and toYaml(Profile) validate for the target Kubernetes version. */
class ProfileBuildTest {
  private static final PodMainStep SIDECAR_POD = pod("web")
      .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.34.1"))
      .main(container("app").image("nginx:1.29"));

  @Test
  void sidecarPodBuildsForTheDefaultTarget() {
    assertThat(SIDECAR_POD.build(Profile.defaults())).isEqualTo(SIDECAR_POD.build());
    assertThat(SIDECAR_POD.toYaml(Profile.of("1.29"))).isEqualTo(SIDECAR_POD.toYaml());
  }

  @Test
  void sidecarPodFailsForKubernetes127WhereTheFieldDoesNotExist() {
    assertThatThrownBy(() -> SIDECAR_POD.toYaml(Profile.of("1.27")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.initContainers[0].restartPolicy: Forbidden");
  }

  @Test
  void workloadBuildsFollowTheProfileToo() {
    DeploymentStep web = deployment("web", template().label("app", "web")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.34.1"))
        .main(container("app").image("nginx:1.29")));
    assertThat(web.build(Profile.of("1.33"))).isEqualTo(web.build());
    assertThatThrownBy(() -> web.build(Profile.of("1.27")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.template.spec.initContainers[0].restartPolicy: Forbidden");
  }
}
