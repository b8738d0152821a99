package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words of the name warning that the Pod and Deployment strategies' {@code WarningsOnCreate}
 * send since 1.27 (kubernetes#114412) for a name that is a DNS subdomain but not a DNS label; the
 * corpus checks where it appears, this test the whole text.
 */
class NameWarningTest {
  private static final Validator VALIDATOR = Validator.forProfile(Profile.of("1.27"));

  private static PodSpec spec() {
    return PodSpec.builder()
        .addContainers(Container.builder().name("app").image("nginx:1.27").build()).build();
  }

  @Test
  void aDottedPodNameNamesThePodsHostname() {
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("web.v1").build()).spec(spec())
        .build();

    assertThat(VALIDATOR.report(pod).errors()).isEmpty();
    assertThat(VALIDATOR.report(pod).warnings()).containsExactly(
        "metadata.name: this is used in the Pod's hostname, which can result in surprising "
            + "behavior; a DNS label is recommended: [must not contain dots]");
  }

  @Test
  void aDottedDeploymentNameNamesPodNamesAndHostnames() {
    Map<String, String> labels = Map.of("app", "web");
    Deployment deployment = Deployment.builder()
        .metadata(ObjectMeta.builder().name("web.v1").build())
        .spec(DeploymentSpec.builder()
            .selector(LabelSelector.builder().matchLabels(labels).build())
            .template(PodTemplateSpec.builder()
                .metadata(ObjectMeta.builder().labels(labels).build()).spec(spec()).build())
            .build())
        .build();

    assertThat(VALIDATOR.report(deployment).errors()).isEmpty();
    assertThat(VALIDATOR.report(deployment).warnings()).containsExactly(
        "metadata.name: this is used in Pod names and hostnames, which can result in surprising "
            + "behavior; a DNS label is recommended: [must not contain dots]");
  }
}
