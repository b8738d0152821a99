package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Job and CronJob findings of the batch audit against upstream: the words of the time zone
 * check ({@code validateTimeZone} and Go's {@code time.LoadLocation}) and the FailIndex rules the
 * Job strategy drops while {@code JobBackoffLimitPerIndex} is off. The paths and error types of
 * the same cases are in the validation corpus ({@code _batch14_cases.py}).
 */
class BatchAuditTest {
  private static PodTemplateSpec template(String restartPolicy) {
    return PodTemplateSpec.builder().spec(PodSpec.builder().restartPolicy(restartPolicy)
        .addContainer(Container.builder().name("ctr").image("busybox:1.37").build())
        .build()).build();
  }

  private static CronJob cronJob(String timeZone) {
    return CronJob.builder().metadata(ObjectMeta.builder().name("nightly").build())
        .spec(CronJobSpec.builder().schedule("0 3 * * *").timeZone(timeZone)
            .jobTemplate(JobTemplateSpec.builder()
                .spec(JobSpec.builder().template(template("OnFailure")).build()).build())
            .build())
        .build();
  }

  private static PodFailurePolicyRule onExit(String action, int code) {
    return PodFailurePolicyRule.builder().action(action)
        .onExitCodes(PodFailurePolicyOnExitCodesRequirement.builder()
            .operator("In").addValue(code).build())
        .build();
  }

  private static Job perIndexJob() {
    return Job.builder().metadata(ObjectMeta.builder().name("myjob").build())
        .spec(JobSpec.builder().completionMode("Indexed").completions(2).backoffLimitPerIndex(1)
            .podFailurePolicy(PodFailurePolicy.builder()
                .addRule(onExit("FailIndex", 10)).addRule(onExit("FailJob", 42)).build())
            .template(template("Never")).build())
        .build();
  }

  private static List<String> errors(Profile profile, KubernetesObject object) {
    return Validator.forProfile(profile).validate(object)
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EST", "MST", "HST", "GMT+0", "ROC", "US/Pacific", "Etc/GMT+5", "UTC",
      "Europe/Rome"})
  void timeZonesGoLoadsAreAccepted(String zone) {
    assertThat(errors(Profile.defaults(), cronJob(zone))).isEmpty();
  }

  @Test
  void systemVZonesAreUnknownToGo() {
    assertThat(errors(Profile.defaults(), cronJob("SystemV/EST5"))).containsExactly(
        "spec.timeZone: Invalid value: \"SystemV/EST5\": unknown time zone SystemV/EST5");
  }

  @Test
  void aZoneWithDotDotIsAnInvalidLocationName() {
    assertThat(errors(Profile.defaults(), cronJob("Europe/Ro..me"))).containsExactly(
        "spec.timeZone: Invalid value: \"Europe/Ro..me\": time: invalid location name");
  }

  @Test
  void localInAnyCaseIsNotAnExplicitZone() {
    String explicit = "timeZone must be an explicit time zone as defined in "
        + "https://www.iana.org/time-zones";
    assertThat(errors(Profile.defaults(), cronJob("Local"))).containsExactly(
        "spec.timeZone: Invalid value: \"Local\": " + explicit);
    // time.LoadLocation knows only "Local", so the upper-case name is also unknown
    assertThat(errors(Profile.defaults(), cronJob("LOCAL"))).containsExactly(
        "spec.timeZone: Invalid value: \"LOCAL\": " + explicit,
        "spec.timeZone: Invalid value: \"LOCAL\": unknown time zone LOCAL");
  }

  @Test
  void failIndexRulesAreDroppedWhileTheirGateIsOff() {
    ValidationReport report = Validator.forProfile(Profile.of("1.28")).report(perIndexJob());
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).containsExactly(
        "spec.backoffLimitPerIndex: dropped: the JobBackoffLimitPerIndex feature gate is off in "
            + "Kubernetes 1.28, so the API server silently removes the field",
        "spec.podFailurePolicy.rules[0]: dropped: the JobBackoffLimitPerIndex feature gate is off "
            + "in Kubernetes 1.28, so the API server silently removes the rules with action "
            + "FailIndex");
  }

  @Test
  void failIndexRulesAreKeptWithTheGateOn() {
    assertThat(errors(Profile.of("1.28").withFeatureGate("JobBackoffLimitPerIndex", true),
        perIndexJob())).isEmpty();
    Job withoutPerIndex = Job.builder().from(perIndexJob())
        .spec(JobSpec.builder().from(perIndexJob().spec())
            .backoffLimitPerIndex(Optional.empty()).build())
        .build();
    assertThat(errors(Profile.of("1.33"), withoutPerIndex)).containsExactly(
        "spec.podFailurePolicy.rules[0].action: Invalid value: \"FailIndex\": "
            + "requires the backoffLimitPerIndex to be set");
  }

  // The verdicts and messages below were printed by Go 1.19's time.ParseDuration for the same
  // durations (the descriptor's error is "failed to parse duration <spec>: <Go's error>").

  @ParameterizedTest
  @ValueSource(strings = {"1h30m", "0", "-0", "+0", "1.h", ".5h", "1.5h", "-1s", "+2m",
      "2562047h", "9223372036854775807ns", "1\u00b5s", "1us", "00001s"})
  void everyTakesWhatGoParses(String duration) {
    assertThat(CronSchedule.error("@every " + duration)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "00", ".s", "h", "5x", "5 h", "1h 2m", "1e3s", "3h-2m",
      "1.2.3s"})
  void everyRefusesWhatGoRefuses(String duration) {
    assertThat(CronSchedule.error("@every " + duration)).isPresent();
  }

  @Test
  void everyUsesGosWordsForAMissingUnit() {
    assertThat(CronSchedule.error("@every 5")).contains(
        "failed to parse duration @every 5: time: missing unit in duration \"5\"");
    assertThat(CronSchedule.error("@every .s")).contains(
        "failed to parse duration @every .s: time: invalid duration \".s\"");
  }

  @Test
  void jobPodFailurePolicyGateFollowsItsStages() {
    // beta (on, may be turned off) to 1.30, GA and locked in 1.31 and 1.32, gone from 1.33
    assertThat(Profile.of("1.30").withFeatureGate("JobPodFailurePolicy", false)
        .isEnabled("JobPodFailurePolicy")).isFalse();
    assertThatThrownBy(() ->
        Profile.of("1.31").withFeatureGate("JobPodFailurePolicy", false))
        .hasMessage("cannot set feature gate JobPodFailurePolicy to false, feature is locked to true");
    assertThatThrownBy(() ->
        Profile.of("1.33").withFeatureGate("JobPodFailurePolicy", true))
        .hasMessageStartingWith("unrecognized feature gate: JobPodFailurePolicy");
    assertThat(Profile.of("1.33").isEnabled("JobPodFailurePolicy")).isTrue();
  }

  @Test
  void aDottedJobNameIsWarnedAboutOnceValid() {
    Job dotted = Job.builder().metadata(ObjectMeta.builder().name("certgen-v1.25.0").build())
        .spec(JobSpec.builder().template(template("Never")).build()).build();
    assertThat(Validator.forProfile(Profile.of("1.33")).report(dotted).warnings()).containsExactly(
        "metadata.name: this is used in Pod names and hostnames, which can result in surprising "
            + "behavior; a DNS label is recommended: [must not contain dots]");
  }
}
