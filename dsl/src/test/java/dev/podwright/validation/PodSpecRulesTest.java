package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ContainerPort;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.Toleration;
import org.junit.jupiter.api.Test;

class PodSpecRulesTest {
  @Test
  void restartAndDnsPoliciesAreEnumerations() {
    assertThat(errors(pod(s -> s.restartPolicy("Sometimes").dnsPolicy("Google")))).containsExactly(
        "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", "
            + "\"OnFailure\", \"Never\"",
        "spec.dnsPolicy: Unsupported value: \"Google\": supported values: "
            + "\"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"");
  }

  @Test
  void dnsPolicyNoneNeedsDnsConfig() {
    assertThat(errors(pod(s -> s.dnsPolicy("None")))).containsExactly(
        "spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None");
  }

  @Test
  void activeDeadlineMustBePositiveInt32() {
    assertThat(errors(pod(s -> s.activeDeadlineSeconds(0L)))).containsExactly(
        "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, "
            + "inclusive");
  }

  @Test
  void hostNetworkDefaultsHostPortsButRejectsMismatches() {
    ContainerPort defaulted = ContainerPort.builder().containerPort(80).build();
    ContainerPort mismatch = ContainerPort.builder().containerPort(81).hostPort(8081).build();
    assertThat(errors(pod(s -> s.hostNetwork(true).addContainer(container("app")
        .addPorts(defaulted, mismatch).build())))).containsExactly(
        "spec.containers[0].ports[1].hostPort: Invalid value: 8081: must match `containerPort` "
            + "when `hostNetwork` is true");
  }

  @Test
  void nodeSelectorUsesLabelRules() {
    assertThat(errors(pod(s -> s.putNodeSelector("disk", "fast ssd")))).hasSize(1)
        .first().asString().startsWith("spec.nodeSelector: Invalid value: \"fast ssd\": a valid "
            + "label must be an empty string");
  }

  @Test
  void podSecurityContextRules() {
    PodSecurityContext sc = PodSecurityContext.builder().fsGroup(-5L)
        .seccompProfile(SeccompProfile.builder().type("Localhost").build()).build();
    assertThat(errors(pod(s -> s.securityContext(sc)))).containsExactly(
        "spec.securityContext.fsGroup: Invalid value: -5: must be between 0 and 2147483647, "
            + "inclusive",
        "spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when "
            + "seccomp type is Localhost");
  }

  @Test
  void serviceAccountAndPriorityClassAreSubdomains() {
    assertThat(errors(pod(s -> s.serviceAccountName("Robot").priorityClassName("high_prio"))))
        .extracting(e -> e.substring(0, e.indexOf(':')))
        .containsExactly("spec.serviceAccountName", "spec.priorityClassName");
  }

  @Test
  void tolerationRules() {
    Toleration noKey = Toleration.builder().operator("Equal").value("x").build();
    Toleration seconds = Toleration.builder().key("k").operator("Exists").value("v")
        .effect("NoSchedule").tolerationSeconds(60L).build();
    Toleration badOp = Toleration.builder().key("k").operator("Gt").effect("Never").build();
    assertThat(errors(pod(s -> s.addTolerations(noKey, seconds, badOp)))).containsExactly(
        "spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when "
            + "`key` is empty, which means \"match all values and all keys\"",
        "spec.tolerations[1].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' "
            + "when `tolerationSeconds` is set",
        "spec.tolerations[1].operator: Invalid value: \"v\": value must be empty when "
            + "`operator` is 'Exists'",
        "spec.tolerations[2].operator: Unsupported value: \"Gt\": supported values: \"Equal\", "
            + "\"Exists\"",
        "spec.tolerations[2].effect: Unsupported value: \"Never\": supported values: "
            + "\"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"");
  }

  @Test
  void errorsFollowTheServerOrder() {
    assertThat(errors(pod(s -> s.addInitContainer(container("Init").build())
        .addContainer(container("App").build()).restartPolicy("x"))))
        .extracting(e -> e.substring(0, e.indexOf(':')))
        .containsExactly("spec.containers[0].name", "spec.initContainers[0].name",
            "spec.restartPolicy");
  }
}
