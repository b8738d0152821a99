package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Capabilities;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ContainerResizePolicy;
import dev.podwright.model.Probe;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import org.junit.jupiter.api.Test;

class ContainerRulesTest {
  private static final String LABEL = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character "
      + "(e.g. 'my-name',  or '123-abc', regex used for validation is "
      + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

  @Test
  void noContainersIsRequired() {
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(PodSpec.builder().addInitContainer(container("init").build()).build()).build();
    assertThat(errors(pod)).containsExactly("spec.containers: Required value");
  }

  @Test
  void containerNameMustBeALabel() {
    assertThat(errors(podWith(container("My_App").build())))
        .containsExactly("spec.containers[0].name: Invalid value: \"My_App\": " + LABEL);
  }

  @Test
  void emptyNameAndImageAreRequired() {
    assertThat(errors(podWith(container("").image("").build()))).containsExactly(
        "spec.containers[0].name: Required value",
        "spec.containers[0].image: Required value");
  }

  @Test
  void initContainerClashingWithMainIsReportedOnTheInitContainer() {
    assertThat(errors(pod(s -> s.addContainer(container("app").build())
        .addInitContainer(container("app").build()))))
        .containsExactly("spec.initContainers[0].name: Duplicate value: \"app\"");
  }

  @Test
  void pullAndMessagePoliciesAreEnumerations() {
    assertThat(errors(podWith(container("app").imagePullPolicy("Sometimes")
        .terminationMessagePolicy("Stdout").build()))).containsExactly(
        "spec.containers[0].terminationMessagePolicy: Unsupported value: \"Stdout\": supported "
            + "values: \"File\", \"FallbackToLogsOnError\"",
        "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: "
            + "\"Always\", \"IfNotPresent\", \"Never\"");
  }

  @Test
  void portRulesReportEachProblem() {
    ContainerPort port = ContainerPort.builder().name("-Web--").containerPort(70000)
        .protocol("HTTP").build();
    assertThat(errors(podWith(container("app").addPort(port).build()))).containsExactly(
        "spec.containers[0].ports[0].name: Invalid value: \"-Web--\": must contain only "
            + "alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "spec.containers[0].ports[0].name: Invalid value: \"-Web--\": must not contain "
            + "consecutive hyphens",
        "spec.containers[0].ports[0].name: Invalid value: \"-Web--\": must not begin or end with "
            + "a hyphen",
        "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and "
            + "65535, inclusive",
        "spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: "
            + "\"SCTP\", \"TCP\", \"UDP\"");
  }

  @Test
  void portNamesAreUniquePerContainer() {
    ContainerPort a = ContainerPort.builder().name("http").containerPort(80).build();
    ContainerPort b = ContainerPort.builder().name("http").containerPort(81).build();
    assertThat(errors(podWith(container("app").addPorts(a, b).build())))
        .containsExactly("spec.containers[0].ports[1].name: Duplicate value: \"http\"");
  }

  @Test
  void hostPortsClashAcrossRegularContainers() {
    ContainerPort p = ContainerPort.builder().containerPort(80).hostPort(8080).build();
    assertThat(errors(pod(s -> s.addContainer(container("a").addPort(p).build())
        .addContainer(container("b").addPort(p).build()))))
        .containsExactly("spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\"");
  }

  @Test
  void initContainerHostPortClashIsReportedAtIndexZero() {
    ContainerPort p = ContainerPort.builder().containerPort(80).hostPort(8080).build();
    assertThat(errors(pod(s -> s.addInitContainer(container("one").build())
        .addInitContainer(container("two").addPorts(p, p).build()))))
        .containsExactly("spec.initContainers[0].ports[1].hostPort: Duplicate value: "
            + "\"TCP//8080\"");
  }

  @Test
  void mountOfUnknownVolumeIsNotFound() {
    VolumeMount m = VolumeMount.builder().name("cache").mountPath("/cache").build();
    assertThat(errors(podWith(container("app").addVolumeMount(m).build())))
        .containsExactly("spec.containers[0].volumeMounts[0].name: Not found: \"cache\"");
  }

  @Test
  void mountWithoutNameIsRequiredAndNotFound() {
    VolumeMount m = VolumeMount.builder().mountPath("/cache").build();
    assertThat(errors(podWith(container("app").addVolumeMount(m).build()))).containsExactly(
        "spec.containers[0].volumeMounts[0].name: Required value",
        "spec.containers[0].volumeMounts[0].name: Not found: \"\"");
  }

  @Test
  void mountPathsAreUniqueAndSubPathErrorsHaveNoIndex() {
    Volume v = Volume.builder().name("data").emptyDir(EmptyDirVolumeSource.builder().build())
        .build();
    VolumeMount a = VolumeMount.builder().name("data").mountPath("/data").build();
    VolumeMount b = VolumeMount.builder().name("data").mountPath("/data").subPath("/abs/../x")
        .mountPropagation("Bidirectional").build();
    assertThat(errors(pod(s -> s.addVolume(v).addContainer(container("app")
        .addVolumeMounts(a, b).build())))).containsExactly(
        "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique",
        "spec.containers[0].volumeMounts.subPath: Invalid value: \"/abs/../x\": must be a "
            + "relative path",
        "spec.containers[0].volumeMounts.subPath: Invalid value: \"/abs/../x\": must not "
            + "contain '..'",
        "spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount "
            + "propagation is available only to privileged containers");
  }

  @Test
  void probesOnPlainInitContainersAreForbidden() {
    Probe probe = Probe.builder().tcpSocket(TCPSocketAction.builder().port(IntOrString.of(80))
        .build()).build();
    assertThat(errors(pod(s -> s.addInitContainer(container("init").readinessProbe(probe)
        .build())))).containsExactly("spec.initContainers[0].readinessProbe: Forbidden: may not "
        + "be set for init containers without restartPolicy=Always");
  }

  @Test
  void probesOnSidecarsAreValidated() {
    Probe probe = Probe.builder().tcpSocket(TCPSocketAction.builder().port(IntOrString.of(80))
        .build()).successThreshold(2).build();
    assertThat(errors(pod(s -> s.addInitContainer(container("proxy").restartPolicy("Always")
        .livenessProbe(probe).readinessProbe(probe).build())))).containsExactly(
        "spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1");
  }

  @Test
  void initRestartPolicyOnlyAcceptsAlways() {
    assertThat(errors(pod(s -> s.addInitContainer(container("init").restartPolicy("OnFailure")
        .build())))).containsExactly("spec.initContainers[0].restartPolicy: Unsupported value: "
        + "\"OnFailure\": supported values: \"Always\"");
  }

  @Test
  void regularContainerRestartPolicyIsForbiddenBefore134() {
    assertThat(errors(podWith(container("app").restartPolicy("Always").build())))
        .containsExactly("spec.containers[0].restartPolicy: Forbidden: may not be set for "
            + "non-init containers");
  }

  @Test
  void userIdsAreUnsigned32Bit() {
    SecurityContext sc = SecurityContext.builder().runAsUser(-1L).runAsGroup(4294967296L)
        .build();
    assertThat(errors(podWith(container("app").securityContext(sc).build()))).containsExactly(
        "spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and "
            + "2147483647, inclusive",
        "spec.containers[0].securityContext.runAsGroup: Invalid value: 4294967296: must be "
            + "between 0 and 2147483647, inclusive");
  }

  @Test
  void privilegedWithoutEscalationIsInvalid() {
    SecurityContext sc = SecurityContext.builder().privileged(true)
        .allowPrivilegeEscalation(false)
        .capabilities(Capabilities.builder().addAdd("CAP_SYS_ADMIN").build())
        .build();
    assertThat(errors(podWith(container("app").securityContext(sc).build())))
        .extracting(e -> e.substring(0, e.indexOf(": ")) + " " + e.substring(e.lastIndexOf(": ")))
        .containsExactly(
            "spec.containers[0].securityContext : cannot set `allowPrivilegeEscalation` to false "
                + "and `privileged` to true",
            "spec.containers[0].securityContext : cannot set `allowPrivilegeEscalation` to false "
                + "and `capabilities.Add` CAP_SYS_ADMIN");
  }

  @Test
  void imageWhitespaceIsCheckedAfterTheSpec() {
    assertThat(errors(pod(s -> s.addContainer(container("app").image(" nginx").build())
        .restartPolicy("Sometimes")))).containsExactly(
        "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", "
            + "\"OnFailure\", \"Never\"",
        "spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing "
            + "whitespace");
  }

  @Test
  void resizeUnderPodRestartNeverNamesThePodPolicyFrom136() {
    ContainerResizePolicy restart = ContainerResizePolicy.builder().resourceName("memory")
        .restartPolicy("RestartContainer").build();
    Pod pod = pod(s -> s.restartPolicy("Never")
        .addContainer(container("app").addResizePolicy(restart).build()));
    assertThat(errors(Profile.of("1.35"), pod)).containsExactly("spec.containers[0].resizePolicy: "
        + "Invalid value: \"RestartContainer\": must be 'NotRequired' when `restartPolicy` is "
        + "'Never'");
    assertThat(errors(Profile.of("1.36"), pod)).containsExactly("spec.containers[0].resizePolicy: "
        + "Invalid value: \"RestartContainer\": must be 'NotRequired' when pod `restartPolicy` is "
        + "'Never'");
  }
}
