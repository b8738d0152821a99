package dev.podwright.dsl;

import static dev.podwright.dsl.CompileTimePromisesTest.assertCompiles;
import static dev.podwright.dsl.CompileTimePromisesTest.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workload-level options of issue 11 exist only on the kinds that have them: each wrong
 * program fails to compile with an error naming the step type and the method, and the right
 * program next to it compiles. Assertions name types and methods only, never javac's prose; the
 * snippets compile as in {@link CompileTimePromisesTest}.
 */
class WorkloadOptionsTypesTest {
  private static final String TEMPLATE =
      "template().label(\"app\", \"web\").sidecar(sidecar(\"proxy\").image(\"envoy\"))"
          + ".main(container(\"app\").image(\"nginx\"))";

  private static String kind(String step) {
    switch (step) {
      case "JobStep":
        return "job(\"web\", JobRestartPolicy.NEVER, " + TEMPLATE + ")";
      case "CronJobStep":
        return "cronJob(\"web\", \"0 3 * * *\", JobRestartPolicy.NEVER, " + TEMPLATE + ")";
      case "DeploymentStep":
        return "deployment(\"web\", " + TEMPLATE + ")";
      case "StatefulSetStep":
        return "statefulSet(\"web\", " + TEMPLATE + ")";
      default:
        return "daemonSet(\"web\", " + TEMPLATE + ")";
    }
  }

  // Pod failure and success policies: Jobs and CronJobs only.

  @ParameterizedTest
  @ValueSource(strings = {"DeploymentStep", "StatefulSetStep", "DaemonSetStep"})
  void podFailurePolicyOnlyOnJobs(String step) {
    assertRejected(kind(step) + ".podFailurePolicy(ignoreDisruptions())", step,
        "podFailurePolicy");
    assertRejected(kind(step) + ".ignoreSidecarExits()", step, "ignoreSidecarExits");
    assertRejected(kind(step) + ".successPolicy(succeededCount(1))", step, "successPolicy");
    assertRejected(kind(step) + ".backoffLimitPerIndex(1)", step, "backoffLimitPerIndex");
    assertRejected(kind(step) + ".podReplacementPolicy(PodReplacementPolicy.FAILED)", step,
        "podReplacementPolicy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JobStep", "CronJobStep"})
  void podFailurePolicyOnJobsCompiles(String step) {
    assertCompiles(kind(step) + ".podFailurePolicy(ignoreDisruptions(), onExitCodes("
        + "PodFailureAction.FAIL_JOB, ExitCodeOperator.NOT_IN, 1)).ignoreSidecarExits()"
        + ".podReplacementPolicy(PodReplacementPolicy.FAILED).indexed().completions(3)"
        + ".backoffLimitPerIndex(1).maxFailedIndexes(1).successPolicy(succeededCount(1))"
        + ".managedBy(\"example.com/controller\")");
  }

  // The server accepts a pod failure policy only with restartPolicy Never: the OnFailure kinds
  // have no such method.

  @ParameterizedTest
  @ValueSource(strings = {"OnFailureJobStep", "OnFailureCronJobStep"})
  void podFailurePolicyNeedsTheNeverRestartPolicy(String step) {
    assertRejected(onFailure(step) + ".podFailurePolicy(ignoreDisruptions())", step,
        "podFailurePolicy");
    assertRejected(onFailure(step) + ".podFailurePolicy(dev.podwright.model.PodFailurePolicy"
        + ".builder().build())", step, "podFailurePolicy");
    assertRejected(onFailure(step) + ".ignoreSidecarExits()", step, "ignoreSidecarExits");
  }

  @Test
  void onFailureJobsKeepEveryOtherJobSetting() {
    assertCompiles(onFailure("OnFailureJobStep") + ".backoffLimit(2).indexed().completions(3)"
        + ".backoffLimitPerIndex(1).maxFailedIndexes(1).successPolicy(succeededCount(1))"
        + ".podReplacementPolicy(PodReplacementPolicy.TERMINATING_OR_FAILED)");
    assertCompiles(onFailure("OnFailureCronJobStep") + ".timeZone(\"Etc/UTC\")"
        + ".suspendSchedule(true).concurrencyPolicy(ConcurrencyPolicy.FORBID).backoffLimit(2)");
  }

  @Test
  void aRestartPolicyChosenAtRunTimeDoesNotPickTheKind() {
    // A variable of the general type matches neither factory: the choice must be visible.
    assertRejected("job(\"web\", (JobRestartPolicy) JobRestartPolicy.NEVER, " + TEMPLATE + ")",
        "job");
    assertCompiles("job(\"web\", JobRestartPolicy.NEVER, " + TEMPLATE + ")");
  }

  private static String onFailure(String step) {
    return step.equals("OnFailureJobStep")
        ? "job(\"web\", JobRestartPolicy.ON_FAILURE, " + TEMPLATE + ")"
        : "cronJob(\"web\", \"0 3 * * *\", JobRestartPolicy.ON_FAILURE, " + TEMPLATE + ")";
  }

  @Test
  void ruleArgumentsAreTyped() {
    assertRejected("onExitCodes(\"FailJob\", ExitCodeOperator.IN, 1)", "PodFailureAction");
    assertRejected("onExitCodes(PodFailureAction.FAIL_JOB, \"In\", 1)", "ExitCodeOperator");
    assertCompiles("onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.IN, 1)");
  }

  // Claim templates, partitions, ordinals, retention: StatefulSets only.

  @ParameterizedTest
  @ValueSource(strings = {"JobStep", "CronJobStep", "DeploymentStep", "DaemonSetStep"})
  void statefulSetOptionsOnlyOnStatefulSets(String step) {
    assertRejected(kind(step)
        + ".volumeClaimTemplate(volumeClaimTemplate(\"data\", \"1Gi\"))", step,
        "volumeClaimTemplate");
    assertRejected(kind(step) + ".ordinals(1)", step, "ordinals");
    assertRejected(kind(step) + ".persistentVolumeClaimRetentionPolicy(ClaimRetention.DELETE, "
        + "ClaimRetention.RETAIN)", step, "persistentVolumeClaimRetentionPolicy");
    assertRejected(kind(step) + ".rollingUpdate(2)", step, "rollingUpdate");
  }

  @Test
  void statefulSetOptionsCompile() {
    assertCompiles(kind("StatefulSetStep")
        + ".volumeClaimTemplate(volumeClaimTemplate(\"data\", \"1Gi\", AccessMode.READ_WRITE_ONCE))"
        + ".ordinals(1).rollingUpdate(2, IntOrString.of(\"50%\"))"
        + ".persistentVolumeClaimRetentionPolicy(ClaimRetention.DELETE, ClaimRetention.RETAIN)");
  }

  @Test
  void claimTemplateIsMountedNotDeclaredAsAPodVolume() {
    assertRejected("template().volume(volumeClaimTemplate(\"data\", \"1Gi\"))",
        "ClaimTemplate", "Volume");
    assertRejected("container(\"db\").image(\"postgres\")"
        + ".volumeMount(volumeClaimTemplate(\"data\", \"1Gi\"), \"/data\")", "ClaimTemplate");
    assertCompiles("container(\"db\").image(\"postgres\")"
        + ".volumeMount(mount(volumeClaimTemplate(\"data\", \"1Gi\"), \"/data\").readOnly())");
  }

  // Update strategies: each kind has its own.

  @ParameterizedTest
  @ValueSource(strings = {"JobStep", "CronJobStep", "DeploymentStep"})
  void onDeleteOnlyOnStatefulSetsAndDaemonSets(String step) {
    assertRejected(kind(step) + ".onDelete()", step, "onDelete");
  }

  @ParameterizedTest
  @ValueSource(strings = {"StatefulSetStep", "DaemonSetStep"})
  void recreateOnlyOnDeployments(String step) {
    assertRejected(kind(step) + ".recreate()", step, "recreate");
    assertCompiles(kind(step) + ".onDelete()");
  }

  @Test
  void surgeOnlyOnDeploymentsAndDaemonSets() {
    assertRejected(kind("StatefulSetStep")
        + ".rollingUpdate(IntOrString.of(1), IntOrString.of(1))", "IntOrString", "int");
    assertCompiles(kind("DaemonSetStep") + ".rollingUpdate(IntOrString.of(0), IntOrString.of(1))");
    assertCompiles(kind("DeploymentStep") + ".recreate().progressDeadlineSeconds(300)");
  }
}
