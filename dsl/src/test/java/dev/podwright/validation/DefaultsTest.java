package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import org.junit.jupiter.api.Test;

class DefaultsTest {
  @Test
  void latestOrUntaggedImagesArePulledAlways() {
    assertThat(Defaults.isLatest("nginx")).isTrue();
    assertThat(Defaults.isLatest("nginx:latest")).isTrue();
    assertThat(Defaults.isLatest("registry:5000/team/nginx")).isTrue();
    assertThat(Defaults.isLatest("nginx:1.27")).isFalse();
    assertThat(Defaults.isLatest("nginx@sha256:abc")).isFalse();
    assertThat(Defaults.isLatest("registry:5000/nginx:1.2")).isFalse();
    assertThat(Defaults.isLatest("")).isFalse();
  }

  @Test
  void podSpecDefaults() {
    PodSpec spec = Defaults.spec(PodSpec.builder().addContainer(container("app").image("nginx")
        .build()).build(), true);
    Container c = spec.containers().get(0);
    assertThat(spec.restartPolicy()).hasValue("Always");
    assertThat(spec.dnsPolicy()).hasValue("ClusterFirst");
    assertThat(spec.terminationGracePeriodSeconds()).hasValue(30L);
    assertThat(c.imagePullPolicy()).hasValue("Always");
    assertThat(c.terminationMessagePolicy()).hasValue("File");
    assertThat(c.terminationMessagePath()).hasValue("/dev/termination-log");
  }

  @Test
  void requestsDefaultToLimitsOnlyForPods() {
    ResourceRequirements r = ResourceRequirements.builder()
        .putLimit("cpu", Quantity.parse("1")).build();
    PodSpec spec = PodSpec.builder().addContainer(container("app").resources(r).build()).build();
    assertThat(Defaults.spec(spec, true).containers().get(0).resources().get().requests())
        .containsKey("cpu");
    assertThat(Defaults.spec(spec, false).containers().get(0).resources().get().requests())
        .isEmpty();
  }
}
