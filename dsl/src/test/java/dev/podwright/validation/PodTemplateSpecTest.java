package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ContainerPort;
import dev.podwright.model.PodSpec;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PodTemplateSpecTest {
  private static final FieldPath TEMPLATE = FieldPath.root("spec").child("template").child("spec");

  private static List<String> template(Errors errors, PodSpec spec) {
    new PodRules(errors).spec(spec, TEMPLATE, false);
    return errors.toList().stream().map(FieldError::toString).collect(Collectors.toList());
  }

  @Test
  void pathsStartAtTheTemplate() {
    assertThat(template(new Errors(), PodSpec.builder().addContainer(container("App").build())
        .build())).hasSize(1).first().asString()
        .startsWith("spec.template.spec.containers[0].name: Invalid value: \"App\"");
  }

  @Test
  void podOnlyChecksDoNotApplyToTemplates() {
    Volume token = Volume.builder().name("t").projected(ProjectedVolumeSource.builder()
        .addSource(VolumeProjection.builder().serviceAccountToken(
            ServiceAccountTokenProjection.builder().path("token").build()).build()).build())
        .build();
    assertThat(template(new Errors(), PodSpec.builder().addVolume(token)
        .addContainer(container("app").image("nginx ").build()).build())).isEmpty();
  }

  @Test
  void templatesDoNotDefaultRequestsFromLimits() {
    ResourceRequirements r = ResourceRequirements.builder()
        .putLimit("example.com/foo", Quantity.parse("1")).build();
    assertThat(template(new Errors(), PodSpec.builder().addContainer(container("app")
        .resources(r).build()).build())).isEmpty();
  }

  @Test
  void hostNetworkTemplatesDefaultHostPortsToo() {
    ContainerPort p = ContainerPort.builder().containerPort(80).build();
    assertThat(template(new Errors(), PodSpec.builder().hostNetwork(true)
        .addContainer(container("app").addPort(p).build()).build())).isEmpty();
  }

  @Test
  void rulesFollowTheProfileTheErrorsCarry() {
    PodSpec sidecar = PodSpec.builder().addContainer(container("app").build())
        .addInitContainer(container("proxy").restartPolicy("Always").build()).build();
    Errors errors = new Errors(Profile.of("1.27"));
    assertThat(template(errors, sidecar)).containsExactly("spec.template.spec.initContainers[0]"
        + ".restartPolicy: Forbidden: field does not exist before Kubernetes 1.28: the API server "
        + "rejects or drops it, and without it a sidecar that never exits would hold the pod in "
        + "Init forever");
    assertThat(template(new Errors(), sidecar)).isEmpty();
  }
}
