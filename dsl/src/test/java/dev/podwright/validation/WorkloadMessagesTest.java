package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full messages of the Job, StatefulSet and DaemonSet rules, in the words of
 * {@code pkg/apis/batch/validation} and {@code pkg/apis/apps/validation} (the corpus checks
 * paths and types only).
 */
class WorkloadMessagesTest {
  private static final String JOB = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\n"
      + "spec:\n%s  template:\n    spec:\n      restartPolicy: Never\n"
      + "      containers:\n      - name: main\n        image: busybox:1.37\n";

  private static List<String> errors(String profile, String yaml) {
    return Validator.forProfile(Profile.of(profile)).validate(ManifestReader.read(yaml).get(0))
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  private static String job(String spec) {
    return String.format(JOB, spec);
  }

  @Test
  void podFailurePolicyMessages() {
    assertThat(errors("1.33", job("  podFailurePolicy:\n    rules:\n    - action: Retry\n"
        + "      onExitCodes:\n        containerName: trainer\n        operator: In\n"
        + "        values: [3, 0, 3]\n")))
        .containsExactly(
            "spec.podFailurePolicy.rules[0].action: Unsupported value: \"Retry\": supported "
                + "values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"",
            "spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "
                + "\"trainer\": must be one of the container or initContainer names in the pod "
                + "template",
            "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not "
                + "be 0 for the In operator",
            "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3",
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: "
                + "[]int32{3, 0, 3}: must be ordered");
    assertThat(errors("1.33", job("  podFailurePolicy:\n    rules:\n    - {}\n")))
        .containsExactly(
            "spec.podFailurePolicy.rules[0].action: Required value: valid values: "
                + "[\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]",
            "spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and "
                + "OnPodConditions is required");
  }

  @Test
  void perIndexAndManagedByMessages() {
    assertThat(errors("1.33", job("  backoffLimitPerIndex: 2\n  managedBy: kueue\n")))
        .containsExactly(
            "spec.managedBy: Invalid value: \"kueue\": must be a domain-prefixed path (such as "
                + "\"acme.io/foo\")",
            "spec.backoffLimitPerIndex: Invalid value: 2: requires indexed completion mode");
    assertThat(errors("1.33", job("  managedBy: Kueue.io/multi kueue\n")))
        .containsExactly(
            "spec.managedBy: Invalid value: \"Kueue.io\": a lowercase RFC 1123 subdomain must "
                + "consist of lower case alphanumeric characters, '-' or '.', and must start "
                + "and end with an alphanumeric character (e.g. 'example.com', regex used for "
                + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*"
                + "[a-z0-9])?)*')",
            "spec.managedBy: Invalid value: \"multi kueue\": Invalid path (regex used for "
                + "validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')");
  }

  @Test
  void successPolicyMessages() {
    assertThat(errors("1.33", job("  completionMode: Indexed\n  completions: 4\n"
        + "  successPolicy:\n    rules:\n    - succeededIndexes: 1-3,3\n"
        + "    - succeededIndexes: 0,x\n    - succeededIndexes: 1-2\n      succeededCount: 3\n")))
        .containsExactly(
            "spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"1-3,3\": error "
                + "parsing succeededIndexes: non-increasing order, previous: 3, current: 3",
            "spec.successPolicy.rules[1].succeededIndexes: Invalid value: \"0,x\": error "
                + "parsing succeededIndexes: cannot convert string to integer for index: \"x\"",
            "spec.successPolicy.rules[2].succeededCount: Invalid value: 3: must be less than or "
                + "equal to 2 (the number of indexes in the specified succeededIndexes field)");
  }

  @Test
  void indexIntervals() {
    assertThat(IndexIntervals.count("", 3)).isZero();
    assertThat(IndexIntervals.count("0,2-4,7", 8)).isEqualTo(5);
    assertThatThrownBy(() -> IndexIntervals.count("1-2-3", 8))
        .hasMessage("the fragment \"1-2-3\" violates the requirement that an index interval "
            + "can have at most two parts separated by '-'");
    assertThatThrownBy(() -> IndexIntervals.count("5-2", 8))
        .hasMessage("non-increasing order, previous: 5, current: 2");
    assertThatThrownBy(() -> IndexIntervals.count("8", 8)).hasMessage("too large index: \"8\"");
  }

  @Test
  void daemonSetAndStatefulSetStrategyMessages() {
    String ds = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n"
        + "  selector:\n    matchLabels: {app: agent}\n  updateStrategy:\n    rollingUpdate:\n"
        + "      maxUnavailable: %s\n      maxSurge: %s\n  template:\n    metadata:\n"
        + "      labels: {app: agent}\n    spec:\n      containers:\n      - name: a\n"
        + "        image: busybox:1.37\n";
    assertThat(errors("1.33", String.format(ds, "0", "0%"))).containsExactly(
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when "
            + "maxSurge is 0");
    assertThat(errors("1.33", String.format(ds, "1", "10%"))).containsExactly(
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, "
            + "IntVal:0, StrVal:\"10%\"}: may not be set when maxUnavailable is non-zero");
    // field.NotSupported prints the *apps.DaemonSetUpdateStrategy as its struct (%#v).
    String canary = ds.replace("  updateStrategy:\n", "  updateStrategy:\n    type: Canary\n");
    assertThat(errors("1.33", String.format(canary, "1", "0"))).containsExactly(
        "spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:\"Canary\", "
            + "RollingUpdate:(*apps.RollingUpdateDaemonSet)(…)}: supported values: "
            + "\"RollingUpdate\", \"OnDelete\"");
    String bare = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n"
        + "  selector:\n    matchLabels: {app: agent}\n  updateStrategy: {type: Canary}\n"
        + "  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n"
        + "      containers:\n      - name: a\n        image: busybox:1.37\n";
    assertThat(errors("1.33", bare)).containsExactly(
        "spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:\"Canary\", "
            + "RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: "
            + "\"RollingUpdate\", \"OnDelete\"");
    String sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n"
        + "  selector:\n    matchLabels: {app: db}\n  updateStrategy:\n    type: RollingUpdate\n"
        + "    rollingUpdate:\n      partition: -2\n      maxUnavailable: 0\n  template:\n"
        + "    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n"
        + "      - name: a\n        image: busybox:1.37\n";
    assertThat(errors("1.37", sts)).containsExactly(
        "spec.updateStrategy.rollingUpdate.partition: Invalid value: -2: must be greater than "
            + "or equal to 0",
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0");
    assertThat(Validator.forProfile(Profile.of("1.34")).report(ManifestReader.read(sts).get(0))
        .warnings()).containsExactly("spec.updateStrategy.rollingUpdate.maxUnavailable: "
            + "dropped: the MaxUnavailableStatefulSet feature gate is off in Kubernetes 1.34, "
            + "so the API server silently removes the field");
  }
}
