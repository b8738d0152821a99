package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnPodConditionsPattern;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of the second batch audit's findings, which the corpus ({@code _batch17_cases.py})
 * checks only by path and type: Go's {@code time.ParseDuration} and {@code time.LoadLocation} as
 * robfig/cron v3.0.1 and {@code validateTimeZone} report them, the job template's pattern status
 * per version, and the generated selector against the template's labels.
 */
class BatchSecondAuditTest {
  private static PodTemplateSpec template(Map<String, String> labels) {
    return PodTemplateSpec.builder().metadata(ObjectMeta.builder().labels(labels).build())
        .spec(PodSpec.builder().restartPolicy("Never")
            .addContainer(Container.builder().name("main").image("busybox:1.37").build())
            .build())
        .build();
  }

  private static CronJob cronJob(String schedule, JobSpec job) {
    return CronJob.builder().metadata(ObjectMeta.builder().name("nightly").build())
        .spec(CronJobSpec.builder().schedule(schedule)
            .jobTemplate(JobTemplateSpec.builder().spec(job).build()).build())
        .build();
  }

  private static CronJob cronJob(String schedule) {
    return cronJob(schedule, JobSpec.builder().template(template(Map.of())).build());
  }

  private static List<String> errors(Profile profile, KubernetesObject object) {
    return Validator.forProfile(profile).validate(object)
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  // time.ParseDuration's words (Go time/format.go), behind robfig's "failed to parse duration"

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1h30|time: missing unit in duration \"1h30\"",
      "5|time: missing unit in duration \"5\"",
      "1d|time: unknown unit \"d\" in duration \"1d\"",
      "1hx|time: unknown unit \"hx\" in duration \"1hx\"",
      "1e3s|time: unknown unit \"e\" in duration \"1e3s\"",
      "2562048h|time: invalid duration \"2562048h\"",
      "9223372036854775808ns|time: invalid duration \"9223372036854775808ns\"",
      "99999999999999999999s|time: invalid duration \"99999999999999999999s\"",
      ".s|time: invalid duration \".s\"",
      "-|time: invalid duration \"-\"",
      "1.5.h|time: missing unit in duration \"1.5.h\"",
      "3 h|time: unknown unit \" h\" in duration \"3 h\"",
      "1\u00e9s|time: unknown unit \"\\xc3\\xa9s\" in duration \"1\\xc3\\xa9s\""})
  void durationErrorsUseGosWords(String duration, String error) {
    assertThat(CronSchedule.durationError(duration)).contains(error);
    assertThat(CronSchedule.error("@every " + duration))
        .contains("failed to parse duration @every " + duration + ": " + error);
  }

  @Test
  void durationsAtTheEdgeOfSixtyThreeBits() {
    assertThat(CronSchedule.durationError("9223372036854775807ns")).isEmpty();
    // a negative duration may reach -2^63
    assertThat(CronSchedule.durationError("-9223372036854775808ns")).isEmpty();
    assertThat(CronSchedule.durationError("2562047h47m16s854775807ns")).isEmpty();
    assertThat(CronSchedule.durationError("2562047h47m16s854775808ns")).isPresent();
    // a long fraction is fine: only its first 63 bits count
    assertThat(CronSchedule.durationError("1.00000000000000000000000000001s")).isEmpty();
  }

  @Test
  void timeQuoteEscapesAsGosTimePackage() {
    assertThat(CronSchedule.timeQuote("a\"b\\c\td")).isEqualTo("\"a\\\"b\\\\c\\x09d\"");
  }

  // time.LoadLocation, for TZ= in the schedule and for spec.timeZone

  @Test
  void loadLocationTakesEmptyUtcAndLocal() {
    assertThat(CronSchedule.loadLocation("")).isEmpty();
    assertThat(CronSchedule.loadLocation("UTC")).isEmpty();
    assertThat(CronSchedule.loadLocation("Local")).isEmpty();
    assertThat(CronSchedule.loadLocation("local")).contains("unknown time zone local");
    assertThat(CronSchedule.loadLocation("/etc/passwd")).contains("time: invalid location name");
    assertThat(CronSchedule.loadLocation("Europe/../Rome")).contains("time: invalid location name");
  }

  @Test
  void scheduleZonesAreLoadedAsRobfigLoadsThem() {
    String tz = "spec.schedule: Invalid value: \"%s\": cannot use TZ or CRON_TZ in schedule, "
        + "use timeZone field instead";
    assertThat(errors(Profile.defaults(), cronJob("TZ= 0 3 * * *")))
        .containsExactly(String.format(tz, "TZ= 0 3 * * *"));
    assertThat(errors(Profile.defaults(), cronJob("CRON_TZ=Local 0 3 * * *")))
        .containsExactly(String.format(tz, "CRON_TZ=Local 0 3 * * *"));
    assertThat(errors(Profile.defaults(), cronJob("TZ=Europe/../Rome 0 3 * * *")))
        .containsExactly("spec.schedule: Invalid value: \"TZ=Europe/../Rome 0 3 * * *\": "
                + "provided bad location Europe/../Rome: time: invalid location name",
            String.format(tz, "TZ=Europe/../Rome 0 3 * * *"));
  }

  // the job template's onPodConditions status: not defaulted before 1.34

  private static JobSpec statusless() {
    return JobSpec.builder().template(template(Map.of()))
        .podFailurePolicy(PodFailurePolicy.builder().addRule(PodFailurePolicyRule.builder()
            .action("Ignore").addOnPodCondition(PodFailurePolicyOnPodConditionsPattern.builder()
                .type("DisruptionTarget").build()).build()).build())
        .build();
  }

  @Test
  void jobTemplatePatternStatusIsRequiredUpTo133() {
    assertThat(errors(Profile.of("1.33"), cronJob("@daily", statusless()))).containsExactly(
        "spec.jobTemplate.spec.podFailurePolicy.rules[0].onPodConditions[0].status: "
            + "Required value: valid values: [\"False\" \"True\" \"Unknown\"]");
    assertThat(errors(Profile.of("1.34"), cronJob("@daily", statusless()))).isEmpty();
    CronJob defaulted = WorkloadDefaults.cronJob(cronJob("@daily", statusless()), Profile.of("1.34"));
    assertThat(defaulted.spec().jobTemplate().spec().podFailurePolicy().get().rules().get(0)
        .onPodConditions().get(0).status()).isEqualTo("True");
    // a Job's own patterns are defaulted by SetDefaults_Job in every version
    Job job = Job.builder().metadata(ObjectMeta.builder().name("myjob").build())
        .spec(statusless()).build();
    assertThat(errors(Profile.of("1.27"), job)).isEmpty();
  }

  // the generated selector against the template labels

  @Test
  void generatedSelectorMustSelectTheTemplate() {
    Job job = Job.builder().metadata(ObjectMeta.builder().name("myjob").build())
        .spec(JobSpec.builder()
            .template(template(Map.of("batch.kubernetes.io/controller-uid", "old"))).build())
        .build();
    String labels = "map[string]string{\"batch.kubernetes.io/controller-uid\":\"old\", "
        + "\"batch.kubernetes.io/job-name\":\"myjob\", \"controller-uid\":\"<uid>\", "
        + "\"job-name\":\"myjob\"}";
    assertThat(errors(Profile.defaults(), job)).containsExactly(
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value: "
            + labels + ": must be '<uid>'",
        "spec.template.metadata.labels: Invalid value: " + labels
            + ": `selector` does not match template `labels`");
  }
}
