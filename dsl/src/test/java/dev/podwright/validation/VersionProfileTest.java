package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.podWith;
import static dev.podwright.validation.TestPods.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.Container;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Pod;
import dev.podwright.model.Probe;
import dev.podwright.model.TCPSocketAction;
import org.junit.jupiter.api.Test;

class VersionProfileTest {
  private static final Probe PROBE = Probe.builder()
      .tcpSocket(TCPSocketAction.builder().port(IntOrString.of(15021)).build()).build();
  private static final Pod SIDECAR = pod(s -> s.addInitContainer(container("proxy")
      .restartPolicy("Always").readinessProbe(PROBE).build()));

  private static ContainerRestartRule rule(String action, String operator, int... codes) {
    ContainerRestartRuleOnExitCodes.Builder exit = ContainerRestartRuleOnExitCodes.builder()
        .operator(operator);
    for (int code : codes) {
      exit.addValue(code);
    }
    return ContainerRestartRule.builder().action(action).exitCodes(exit.build()).build();
  }

  @Test
  void sidecarIsAnErrorBefore128() {
    assertThat(errors(Profile.of("1.27"), SIDECAR)).containsExactly(
        "spec.initContainers[0].restartPolicy: Forbidden: field does not exist before Kubernetes "
            + "1.28: the API server rejects or drops it, and without it a sidecar that never "
            + "exits would hold the pod in Init forever",
        "spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers");
  }

  @Test
  void sidecarIsDroppedWithAWarningIn128() {
    Validator v = Validator.forProfile(Profile.of("1.28"));
    ValidationReport report = v.report(pod(s -> s.addInitContainer(container("proxy")
        .restartPolicy("Always").build())));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).containsExactly("spec.initContainers[0].restartPolicy: "
        + "dropped: the SidecarContainers feature gate is off (alpha and off by default in "
        + "Kubernetes 1.28), so the API server silently removes the field; the container would "
        + "run as a plain init container and, if it never exits, the pod would hang in Init");
  }

  @Test
  void sidecarWithProbesFailsIn128BecauseTheFieldIsDropped() {
    assertThat(errors(Profile.of("1.28"), SIDECAR)).containsExactly(
        "spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers "
            + "without restartPolicy=Always");
  }

  @Test
  void sidecarGateForcedOnIn128IsAcceptedWithAnAlphaWarning() {
    Profile p = Profile.of("1.28").withFeatureGate(Profile.SIDECAR_CONTAINERS, true);
    assertThat(errors(p, SIDECAR)).isEmpty();
    assertThat(warnings(p, SIDECAR)).hasSize(1).first().asString().contains("alpha");
  }

  @Test
  void sidecarIsFineFrom129() {
    for (String version : new String[] {"1.29", "1.33", "1.35"}) {
      assertThat(errors(Profile.of(version), SIDECAR)).as(version).isEmpty();
      assertThat(warnings(Profile.of(version), SIDECAR)).as(version).isEmpty();
    }
  }

  @Test
  void restartRulesDoNotExistBefore134() {
    Container c = container("app").restartPolicy("Never")
        .addRestartPolicyRule(rule("Restart", "In", 42)).build();
    assertThat(errors(Profile.of("1.33"), podWith(c))).containsExactly(
        "spec.containers[0].restartPolicyRules: Forbidden: field does not exist before "
            + "Kubernetes 1.34",
        "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers");
  }

  @Test
  void restartRulesAreDroppedIn134WithTheGateOff() {
    Container c = container("app").restartPolicy("Never")
        .addRestartPolicyRule(rule("Restart", "In", 42)).build();
    assertThat(errors(Profile.of("1.34"), podWith(c))).isEmpty();
    assertThat(warnings(Profile.of("1.34"), podWith(c))).containsExactly(
        "spec.containers[0].restartPolicy: dropped: the ContainerRestartRules feature gate is off "
            + "in Kubernetes 1.34, so the API server silently removes the field",
        "spec.containers[0].restartPolicyRules: dropped: the ContainerRestartRules feature gate "
            + "is off in Kubernetes 1.34, so the API server silently removes the field");
  }

  @Test
  void restartRulesAreValidatedIn135() {
    Container ok = container("ok").restartPolicy("Never")
        .addRestartPolicyRule(rule("Restart", "In", 42)).build();
    Container bad = container("bad").restartPolicy("Sometimes")
        .addRestartPolicyRule(rule("RestartAllContainers", "Equals", 1))
        .addRestartPolicyRule(ContainerRestartRule.builder().action("Restart").build()).build();
    Container noPolicy = container("nopolicy")
        .addRestartPolicyRule(rule("Restart", "NotIn", 0)).build();
    assertThat(errors(Profile.of("1.35"), pod(s -> s.addContainer(ok).addContainer(bad)
        .addContainer(noPolicy)))).containsExactly(
        "spec.containers[1].restartPolicy: Unsupported value: \"Sometimes\": supported values: "
            + "\"Always\", \"Never\", \"OnFailure\"",
        "spec.containers[1].restartPolicyRules[0].action: Unsupported value: "
            + "\"RestartAllContainers\": supported values: \"Restart\"",
        "spec.containers[1].restartPolicyRules[0].exitCodes.operator: Unsupported value: "
            + "\"Equals\": supported values: \"In\", \"NotIn\"",
        "spec.containers[1].restartPolicyRules[1].exitCodes: Required value: must be specified",
        "spec.containers[2].restartPolicy: Required value: must specify restartPolicy when "
            + "restart rules are used");
  }

  @Test
  void sidecarRulesNeedRestartAllContainersIn135() {
    Pod p = pod(s -> s.addInitContainer(container("proxy").restartPolicy("Always")
        .addRestartPolicyRule(rule("Restart", "In", 1)).build()));
    assertThat(errors(Profile.of("1.35"), p)).containsExactly(
        "spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not "
            + "allowed for init containers with restart policy Always");
    assertThat(errors(Profile.of("1.35").withFeatureGate(Profile.RESTART_ALL_CONTAINERS, true),
        p)).isEmpty();
  }

  @Test
  void initContainersMayUseNeverAndOnFailureIn135() {
    Pod p = pod(s -> s.addInitContainer(container("init").restartPolicy("OnFailure").build()));
    assertThat(errors(Profile.of("1.35"), p)).isEmpty();
    assertThat(errors(Profile.of("1.33"), p)).containsExactly("spec.initContainers[0]."
        + "restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"");
  }
  @Test
  void restartAllContainersAndSidecarRulesAreOnByDefaultFrom136() {
    Pod p = pod(s -> s.addInitContainer(container("proxy").restartPolicy("Always")
            .addRestartPolicyRule(rule("RestartAllContainers", "In", 1)).build())
        .addContainer(container("app").restartPolicy("Never")
            .addRestartPolicyRule(rule("RestartAllContainers", "NotIn", 0)).build()));
    for (String version : new String[] {"1.36", "1.37"}) {
      assertThat(errors(Profile.of(version), p)).as(version).isEmpty();
      assertThat(warnings(Profile.of(version), p)).as(version).isEmpty();
    }
    assertThat(errors(Profile.of("1.36").withFeatureGate(Profile.RESTART_ALL_CONTAINERS, false),
        p)).containsExactly(
        "spec.containers[0].restartPolicyRules[0].action: Unsupported value: "
            + "\"RestartAllContainers\": supported values: \"Restart\"",
        "spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not "
            + "allowed for init containers with restart policy Always");
  }

  @Test
  void unsupportedActionListsBothActionsFrom136() {
    Pod p = podWith(container("app").restartPolicy("Never")
        .addRestartPolicyRule(rule("invalid", "In", 1)).build());
    assertThat(errors(Profile.of("1.36"), p)).containsExactly("spec.containers[0]."
        + "restartPolicyRules[0].action: Unsupported value: \"invalid\": supported values: "
        + "\"Restart\", \"RestartAllContainers\"");
    // In 1.35 the list stayed "Restart" even with the alpha gate on (kubernetes#137368).
    assertThat(errors(Profile.of("1.35").withFeatureGate(Profile.RESTART_ALL_CONTAINERS, true),
        p)).containsExactly("spec.containers[0].restartPolicyRules[0].action: Unsupported "
        + "value: \"invalid\": supported values: \"Restart\"");
  }

  @Test
  void tooManyRulesAndExitCodesAreTooLongUpTo135AndTooManyFrom136() {
    Container.Builder b = container("app").restartPolicy("Never");
    int[] codes = new int[256];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = i + 1;
    }
    b.addRestartPolicyRule(rule("Restart", "In", codes));
    for (int i = 0; i < 20; i++) {
      b.addRestartPolicyRule(rule("Restart", "In", 1));
    }
    Pod p = podWith(b.build());
    assertThat(errors(Profile.of("1.35"), p)).containsExactly(
        "spec.containers[0].restartPolicyRules: Too long: may not be more than 20 bytes",
        "spec.containers[0].restartPolicyRules[0].exitCodes.values: Too long: may not be more "
            + "than 255 bytes");
    assertThat(errors(Profile.of("1.36"), p)).containsExactly(
        "spec.containers[0].restartPolicyRules: Too many: 21: must have at most 20 items",
        "spec.containers[0].restartPolicyRules[0].exitCodes.values: Too many: 256: must have at "
            + "most 255 items");
  }

  @Test
  void sidecarsNeedNoGateIn137() {
    assertThat(errors(Profile.of("1.37"), SIDECAR)).isEmpty();
    assertThat(warnings(Profile.of("1.37"), SIDECAR)).isEmpty();
  }
}
