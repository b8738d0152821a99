package dev.podwright.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.validation.FieldError;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationReport;
import dev.podwright.yaml.ManifestException;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Objects built with fabric8's builders, checked with Podwright's validator. */
class Fabric8ValidateTest {
  private static Pod meshedPod(String sidecarName, int port) {
    return new PodBuilder()
        .withNewMetadata().withName("web").endMetadata()
        .withNewSpec()
          .addNewInitContainer()
            .withName(sidecarName).withImage("envoyproxy/envoy:v1.31.0").withRestartPolicy("Always")
            .withNewStartupProbe().withNewHttpGet().withPath("/ready")
              .withPort(new IntOrString(15021)).endHttpGet().endStartupProbe()
          .endInitContainer()
          .addNewContainer()
            .withName("app").withImage("nginx:1.27")
            .addNewPort().withContainerPort(port).endPort()
            .withNewResources().addToRequests("cpu", new Quantity("250m")).endResources()
          .endContainer()
        .endSpec()
        .build();
  }

  @Test
  void validFabric8PodPasses() {
    ValidationReport report = Fabric8.validate(meshedPod("proxy", 8080));

    assertThat(report.errors()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void invalidFabric8PodIsReportedInTheServersWords() {
    ValidationReport report = Fabric8.validate(meshedPod("Istio_Proxy", 70000));

    assertThat(report.errors().stream().map(FieldError::toString).collect(Collectors.toList()))
        .containsExactly(
            "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 "
                + "and 65535, inclusive",
            "spec.initContainers[0].name: Invalid value: \"Istio_Proxy\": a lowercase RFC 1123 "
                + "label must consist of lower case alphanumeric characters or '-', and must "
                + "start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', "
                + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
  }

  @Test
  void profileDecidesWhetherSidecarsExist() {
    ValidationReport report = Fabric8.validate(meshedPod("proxy", 8080), Profile.of("1.27"));

    assertThat(report.errors()).extracting(FieldError::toString)
        .anyMatch(e -> e.startsWith("spec.initContainers[0].restartPolicy"));
  }

  @Test
  void workloadRulesApply() {
    Deployment mismatched = new DeploymentBuilder()
        .withNewMetadata().withName("checkout").endMetadata()
        .withNewSpec()
          .withNewSelector().addToMatchLabels("app", "checkout").endSelector()
          .withNewTemplate()
            .withNewMetadata().addToLabels("app", "other").endMetadata()
            .withNewSpec().addNewContainer().withName("c").withImage("c:1").endContainer()
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
    assertThat(Fabric8.validate(mismatched).errors()).extracting(FieldError::toString)
        .anyMatch(e -> e.startsWith("spec.template.metadata.labels: Invalid value"));

    var job = new JobBuilder()
        .withNewMetadata().withName("report").endMetadata()
        .withNewSpec().withNewTemplate().withNewSpec()
          .addNewContainer().withName("r").withImage("r:1").endContainer()
        .endSpec().endTemplate().endSpec()
        .build();
    assertThat(Fabric8.validate(job).errors()).extracting(FieldError::toString)
        .contains("spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"");
  }

  @Test
  void unreadableValuesNameTheField() {
    Pod pod = meshedPod("proxy", 8080);
    pod.getSpec().getContainers().get(0).getResources().getRequests()
        .put("cpu", new Quantity("abc"));

    assertThatThrownBy(() -> Fabric8.validate(pod))
        .isInstanceOf(ManifestException.class)
        .hasMessage("spec.containers[0].resources.requests[cpu]: quantities must match the "
            + "regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @Test
  void otherKindsAreRefused() {
    var service = new ServiceBuilder().withNewMetadata().withName("web").endMetadata().build();

    assertThatThrownBy(() -> Fabric8.fromFabric8(service))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("Service");
  }
}
