package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadRulesTest {
  private static final Map<String, String> WEB = Map.of("app", "web");
  private static final String NOT_MATCHING = "`selector` does not match template `labels`";

  private static List<String> errors(KubernetesObject object) {
    return errors(Validator.defaults(), object);
  }

  private static List<String> errors(Validator validator, KubernetesObject object) {
    return validator.validate(object).stream().map(FieldError::toString)
        .collect(Collectors.toList());
  }

  private static ObjectMeta named(String name) {
    return ObjectMeta.builder().name(name).build();
  }

  private static Container app() {
    return Container.builder().name("app").image("example/app:1").build();
  }

  private static Container sidecar() {
    return Container.builder().name("proxy").image("envoy:1").restartPolicy("Always").build();
  }

  private static PodTemplateSpec template(Map<String, String> labels, String restartPolicy) {
    PodSpec.Builder spec = PodSpec.builder().addInitContainer(sidecar()).addContainer(app());
    if (restartPolicy != null) {
      spec.restartPolicy(restartPolicy);
    }
    return PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().labels(labels).build())
        .spec(spec.build())
        .build();
  }

  private static LabelSelector selector(Map<String, String> labels) {
    return LabelSelector.builder().matchLabels(labels).build();
  }

  private static Job job(JobSpec spec) {
    return Job.builder().metadata(named("pi")).spec(spec).build();
  }

  private static JobSpec.Builder jobSpec(String restartPolicy) {
    return JobSpec.builder().template(template(Map.of(), restartPolicy));
  }

  // Jobs

  @Test
  void jobWithSidecarAndChosenPolicyIsValid() {
    assertThat(errors(job(jobSpec("Never").build()))).isEmpty();
    assertThat(errors(job(jobSpec("OnFailure").build()))).isEmpty();
  }

  @Test
  void jobMustChooseRestartPolicy() {
    String expected = "spec.template.spec.restartPolicy: Required value: "
        + "valid values: \"OnFailure\", \"Never\"";
    assertThat(errors(job(jobSpec(null).build()))).containsExactly(expected);
    assertThat(errors(job(jobSpec("Always").build()))).containsExactly(expected);
  }

  @Test
  void jobRejectsUnknownRestartPolicy() {
    // ValidatePodTemplateSpec runs first, then validateJobSpec's own restart policy check.
    assertThat(errors(job(jobSpec("Sometimes").build()))).containsExactly(
        "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": "
            + "supported values: \"Always\", \"OnFailure\", \"Never\"",
        "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": "
            + "supported values: \"OnFailure\", \"Never\"");
  }

  @Test
  void podFailurePolicyRequiresNever() {
    JobSpec spec = jobSpec("OnFailure")
        .podFailurePolicy(dev.podwright.model.PodFailurePolicy.builder().build()).build();
    assertThat(errors(job(spec))).containsExactly(
        "spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": "
            + "only \"Never\" is supported when podFailurePolicy is specified");
  }

  @Test
  void jobSelectorIsLeftToServer() {
    JobSpec spec = jobSpec("Never").selector(selector(Map.of("app", "pi"))).build();
    assertThat(errors(job(spec))).containsExactly(
        "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"
            + "\"app\":\"pi\", \"batch.kubernetes.io/controller-uid\":\"<uid>\"}, "
            + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated",
        "spec.template.metadata.labels: Invalid value: map[string]string{"
            + "\"batch.kubernetes.io/controller-uid\":\"<uid>\", "
            + "\"batch.kubernetes.io/job-name\":\"pi\", \"controller-uid\":\"<uid>\", "
            + "\"job-name\":\"pi\"}: " + NOT_MATCHING);
  }

  @Test
  void manualSelectorMustBeGivenAndMatch() {
    // LabelSelectorAsSelector(nil) is labels.Nothing(): no template labels match it (upstream's
    // declarative job_test.go TestValidateJob, "spec.selector:Required value", lists both).
    assertThat(errors(job(jobSpec("Never").manualSelector(true).build()))).containsExactly(
        "spec.selector: Required value",
        "spec.template.metadata.labels: Invalid value: map[string]string(nil): " + NOT_MATCHING);
    JobSpec mismatch = JobSpec.builder()
        .manualSelector(true)
        .selector(selector(Map.of("app", "pi", "run", "1")))
        .template(template(Map.of("app", "pi", "run", "2"), "Never"))
        .build();
    assertThat(errors(job(mismatch))).containsExactly(
        "spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"app\":\"pi\", \"run\":\"2\"}: " + NOT_MATCHING);
  }

  @Test
  void jobCountsMustNotBeNegative() {
    JobSpec spec = jobSpec("Never").parallelism(-1).backoffLimit(-2).activeDeadlineSeconds(-3L)
        .build();
    assertThat(errors(job(spec))).containsExactly(
        "spec.parallelism: Invalid value: -1: must be greater than or equal to 0",
        "spec.activeDeadlineSeconds: Invalid value: -3: must be greater than or equal to 0",
        "spec.backoffLimit: Invalid value: -2: must be greater than or equal to 0");
  }

  @Test
  void indexedJobNeedsCompletionsAndDnsLabelPodNames() {
    // SetDefaults_Job sets completions and parallelism to 1 when neither is set (issue 10).
    assertThat(errors(job(jobSpec("Never").completionMode("Indexed").build()))).isEmpty();
    assertThat(errors(job(jobSpec("Never").completionMode("Indexed").parallelism(2).build())))
        .containsExactly("spec.completions: Required value: when completion mode is Indexed");
    Job dotted = Job.builder().metadata(named("pi.v2"))
        .spec(jobSpec("Never").completionMode("Indexed").completions(3).build()).build();
    assertThat(errors(dotted)).containsExactly("metadata.name: Invalid value: \"pi.v2\": "
        + "will not able to create pod with invalid DNS label: pi.v2-2");
    assertThat(errors(job(jobSpec("Never").completionMode("Sometimes").build())))
        .containsExactly("spec.completionMode: Unsupported value: \"Sometimes\": "
            + "supported values: \"NonIndexed\", \"Indexed\"");
  }

  @Test
  void jobTemplateSpecIsCheckedWithPodRules() {
    JobSpec spec = JobSpec.builder().template(PodTemplateSpec.builder()
        .spec(PodSpec.builder().restartPolicy("Never").addContainer(Container.builder()
            .name("app").image("app:1")
            .addVolumeMount(VolumeMount.builder().name("data").mountPath("/data").build())
            .build()).build()).build()).build();
    assertThat(errors(job(spec))).containsExactly(
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"data\"");
  }

  // CronJobs

  private static CronJob cronJob(String name, CronJobSpec.Builder spec) {
    return CronJob.builder().metadata(named(name)).spec(spec.build()).build();
  }

  private static CronJobSpec.Builder cronSpec(String schedule, JobSpec job) {
    return CronJobSpec.builder().schedule(schedule)
        .jobTemplate(JobTemplateSpec.builder().spec(job).build());
  }

  @Test
  void cronJobTemplatesGetNoJobDefaults() {
    // SetDefaults_Job runs on Jobs only: an Indexed job template must name its completions.
    assertThat(errors(cronJob("nightly", cronSpec("@daily",
        jobSpec("Never").completionMode("Indexed").build())))).containsExactly(
        "spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed");
  }

  @Test
  void cronJobIsValidWithScheduleAndPolicy() {
    assertThat(errors(cronJob("nightly", cronSpec("*/15 2-4 1,15 JAN-jun mon-fri",
        jobSpec("OnFailure").build()).timeZone("Europe/Berlin")))).isEmpty();
    assertThat(errors(cronJob("nightly", cronSpec("@daily", jobSpec("Never").build()))))
        .isEmpty();
    assertThat(errors(cronJob("nightly", cronSpec("@every 1h30m", jobSpec("Never").build()))))
        .isEmpty();
  }

  @Test
  void cronJobNeedsSchedule() {
    assertThat(errors(cronJob("nightly", cronSpec("", jobSpec("Never").build()))))
        .containsExactly("spec.schedule: Required value");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 3 * *       | expected exactly 5 fields, found 4: [0 3 * *]",
      "0 3 * * * *   | expected exactly 5 fields, found 6: [0 3 * * * *]",
      "60 * * * *    | end of range (60) above maximum (59): 60",
      "0 3 0 * *     | beginning of range (0) below minimum (1): 0",
      "0 3 * * 7     | end of range (7) above maximum (6): 7",
      "5-1 * * * *   | beginning of range (5) beyond end of range (1): 5-1",
      "*/0 * * * *   | step of range should be a positive number: */0",
      "1-2-3 * * * * | too many hyphens: 1-2-3",
      "x * * * *     | failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax",
      "@fortnightly  | unrecognized descriptor: @fortnightly",
  })
  void cronJobScheduleMustParse(String schedule, String message) {
    assertThat(errors(cronJob("nightly", cronSpec(schedule, jobSpec("Never").build()))))
        .containsExactly("spec.schedule: Invalid value: \"" + schedule + "\": " + message);
  }

  @Test
  void cronJobScheduleMustNotCarryTimeZone() {
    assertThat(errors(cronJob("nightly", cronSpec("CRON_TZ=UTC 0 3 * * *",
        jobSpec("Never").build())))).containsExactly(
            "spec.schedule: Invalid value: \"CRON_TZ=UTC 0 3 * * *\": "
                + "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  }

  @Test
  void cronJobChecksTimeZoneAndConcurrencyPolicy() {
    CronJobSpec.Builder spec = cronSpec("0 3 * * *", jobSpec("Never").build())
        .timeZone("Mars/Olympus").concurrencyPolicy("Sometimes");
    assertThat(errors(cronJob("nightly", spec))).containsExactly(
        "spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus",
        "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": "
            + "supported values: \"Allow\", \"Forbid\", \"Replace\"");
  }

  @Test
  void cronJobChecksJobTemplateAtItsPath() {
    JobSpec job = jobSpec(null).selector(selector(WEB)).manualSelector(true).build();
    assertThat(errors(cronJob("nightly", cronSpec("0 3 * * *", job)))).containsExactly(
        "spec.jobTemplate.spec.template.spec.restartPolicy: Required value: "
            + "valid values: \"OnFailure\", \"Never\"",
        "spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
            + "map[string]string{\"app\":\"web\"}, MatchExpressions:"
            + "[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated",
        "spec.jobTemplate.spec.manualSelector: Unsupported value: true: "
            + "supported values: \"nil\", \"false\"");
  }

  @Test
  void cronJobNameFitsJobNameSuffix() {
    String name = "a".repeat(53);
    assertThat(errors(cronJob(name, cronSpec("0 3 * * *", jobSpec("Never").build()))))
        .containsExactly("metadata.name: Invalid value: \"" + name + "\": "
            + "must be no more than 52 characters");
    assertThat(errors(cronJob("a".repeat(52), cronSpec("0 3 * * *", jobSpec("Never").build()))))
        .isEmpty();
    // content.MaxLenError from 1.35.
    assertThat(errors(Validator.forProfile(Profile.of("1.35")),
        cronJob(name, cronSpec("0 3 * * *", jobSpec("Never").build()))))
        .containsExactly("metadata.name: Invalid value: \"" + name + "\": "
            + "must be no more than 52 bytes");
  }

  // Deployments

  private static Deployment deployment(DeploymentSpec.Builder spec) {
    return Deployment.builder().metadata(named("web")).spec(spec.build()).build();
  }

  @Test
  void deploymentWithSidecarIsValid() {
    assertThat(errors(deployment(DeploymentSpec.builder()
        .selector(selector(WEB)).template(template(WEB, null))))).isEmpty();
  }

  @Test
  void deploymentNeedsMatchingSelector() {
    assertThat(errors(deployment(DeploymentSpec.builder().template(template(WEB, null)))))
        .containsExactly("spec.selector: Required value",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: "
                + NOT_MATCHING);
    assertThat(errors(deployment(DeploymentSpec.builder()
        .selector(selector(Map.of("app", "api"))).template(template(WEB, null)))))
        .containsExactly("spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"app\":\"web\"}: " + NOT_MATCHING);
    assertThat(errors(deployment(DeploymentSpec.builder()
        .selector(LabelSelector.builder().build()).template(template(WEB, null)))))
        .containsExactly("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
            + "map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: "
            + "empty selector is invalid for deployment");
  }

  @Test
  void selectorExpressionsMatchTemplateLabels() {
    LabelSelector in = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement
        .builder().key("app").operator("In").addValue("api").addValue("web").build()).build();
    assertThat(errors(deployment(DeploymentSpec.builder()
        .selector(in).template(template(WEB, null))))).isEmpty();
    LabelSelector bad = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement
        .builder().key("app").operator("Near").build()).build();
    assertThat(errors(deployment(DeploymentSpec.builder()
        .selector(bad).template(template(WEB, null))))).containsExactly(
            "spec.selector.matchExpressions[0].operator: Invalid value: \"Near\": "
                + "not a valid selector operator",
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), "
                + "MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{"
                + "Key:\"app\", Operator:\"Near\", Values:[]string(nil)}}}: "
                + "invalid label selector");
  }

  @Test
  void deploymentChecksStrategyAndDeadlines() {
    DeploymentSpec.Builder zero = DeploymentSpec.builder()
        .selector(selector(WEB)).template(template(WEB, null))
        .strategy(DeploymentStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateDeployment.builder()
                .maxUnavailable(IntOrString.of(0)).maxSurge(IntOrString.of("0%")).build())
            .build())
        .minReadySeconds(700);
    assertThat(errors(deployment(zero))).containsExactly(
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "
            + "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: "
            + "may not be 0 when `maxSurge` is 0",
        "spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds");
    DeploymentSpec.Builder recreate = DeploymentSpec.builder()
        .selector(selector(WEB)).template(template(WEB, null))
        .strategy(DeploymentStrategy.builder().type("Recreate")
            .rollingUpdate(RollingUpdateDeployment.builder().build()).build());
    assertThat(errors(deployment(recreate))).containsExactly(
        "spec.strategy.rollingUpdate: Forbidden: "
            + "may not be specified when strategy `type` is 'Recreate'");
  }

  // StatefulSets

  private static StatefulSet statefulSet(PodTemplateSpec template) {
    return StatefulSet.builder().metadata(named("db")).spec(StatefulSetSpec.builder()
        .selector(selector(WEB)).template(template).build()).build();
  }

  private static PodTemplateSpec imageless() {
    return PodTemplateSpec.builder().metadata(ObjectMeta.builder().labels(WEB).build())
        .spec(PodSpec.builder().addContainer(Container.builder().name("db").build()).build())
        .build();
  }

  @Test
  void statefulSetPodSpecIsUncheckedUpTo133() {
    // kubernetes/kubernetes#137728: a 1.33 server accepts a template without an image.
    assertThat(errors(Validator.forProfile(Profile.of("1.33")), statefulSet(imageless())))
        .isEmpty();
    assertThat(errors(Validator.forProfile(Profile.of("1.34")), statefulSet(imageless())))
        .containsExactly("spec.template.spec.containers[0].image: Required value");
  }

  @Test
  void statefulSetRestartRulesApplyOnEveryVersion() {
    PodTemplateSpec never = PodTemplateSpec.builder().from(template(WEB, "Never"))
        .spec(PodSpec.builder().from(template(WEB, "Never").spec())
            .activeDeadlineSeconds(10L).build())
        .build();
    assertThat(errors(Validator.forProfile(Profile.of("1.33")), statefulSet(never)))
        .containsExactly(
            "spec.template.spec.restartPolicy: Unsupported value: \"Never\": "
                + "supported values: \"Always\"",
            "spec.template.spec.activeDeadlineSeconds: Forbidden: "
                + "activeDeadlineSeconds in StatefulSet is not Supported");
  }

  @Test
  void statefulSetMountsOfClaimTemplatesAreValid() {
    PodTemplateSpec mounted = PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().labels(WEB).build())
        .spec(PodSpec.builder().addContainer(Container.builder().name("db").image("pg:16")
            .addVolumeMount(VolumeMount.builder().name("data").mountPath("/data").build())
            .build()).build())
        .build();
    StatefulSet withClaims = StatefulSet.builder().from(statefulSet(mounted))
        .spec(StatefulSetSpec.builder().from(statefulSet(mounted).spec())
            .addVolumeClaimTemplate(PersistentVolumeClaim.builder()
                .metadata(ObjectMeta.builder().name("data").build())
                .spec(PersistentVolumeClaimSpec.builder().addAccessMode("ReadWriteOnce")
                    .resources(ResourceRequirements.builder()
                        .putRequest("storage", Quantity.parse("1Gi")).build())
                    .build())
                .build())
            .build())
        .build();
    assertThat(errors(Validator.forProfile(Profile.of("1.34")), withClaims)).isEmpty();
    assertThat(errors(Validator.forProfile(Profile.of("1.34")), statefulSet(mounted)))
        .containsExactly(
            "spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"data\"");
  }

  @Test
  void statefulSetNameIsDnsLabel() {
    StatefulSet dotted = StatefulSet.builder().from(statefulSet(template(WEB, null)))
        .metadata(named("db.v2")).build();
    assertThat(errors(dotted))
        .containsExactly("metadata.name: Invalid value: \"db.v2\": must not contain dots");
  }

  // DaemonSets

  private static DaemonSet daemonSet(DaemonSetSpec.Builder spec) {
    return DaemonSet.builder().metadata(named("agent")).spec(spec.build()).build();
  }

  @Test
  void daemonSetWithoutSelectorMatchesNothing() {
    assertThat(errors(daemonSet(DaemonSetSpec.builder().template(template(WEB, null)))))
        .containsExactly("spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"app\":\"web\"}: " + NOT_MATCHING);
    assertThat(errors(daemonSet(DaemonSetSpec.builder()
        .selector(LabelSelector.builder().build()).template(template(WEB, null)))))
        .containsExactly("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
            + "map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: "
            + "empty selector is invalid for daemonset");
  }

  @Test
  void daemonSetForbidsActiveDeadline() {
    PodTemplateSpec deadline = PodTemplateSpec.builder().from(template(WEB, null))
        .spec(PodSpec.builder().from(template(WEB, null).spec()).activeDeadlineSeconds(5L).build())
        .build();
    assertThat(errors(daemonSet(DaemonSetSpec.builder()
        .selector(selector(WEB)).template(deadline)))).containsExactly(
            "spec.template.spec.activeDeadlineSeconds: Forbidden: "
                + "activeDeadlineSeconds in DaemonSet is not Supported");
  }

  // Audit: metadata of workloads and templates, and template-only defaulting

  private static final String LABEL_VALUE = "a valid label must be an empty string or consist "
      + "of alphanumeric characters, '-', '_' or '.', and must start and end with an "
      + "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
      + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

  private static PodTemplateSpec hostNetworkTemplate() {
    Container first = Container.builder().from(app())
        .addPort(dev.podwright.model.ContainerPort.builder().containerPort(8080).build()).build();
    Container second = Container.builder().from(first).name("metrics").build();
    return PodTemplateSpec.builder().metadata(ObjectMeta.builder().labels(WEB).build())
        .spec(PodSpec.builder().hostNetwork(true).addContainer(first).addContainer(second)
            .build())
        .build();
  }

  @Test
  void templatesKeepHostPortZeroUnderHostNetwork() {
    // SetDefaults_Pod copies containerPort to hostPort; templates are not defaulted that way,
    // so two containers on the same port only clash once they are pods.
    assertThat(errors(deployment(DeploymentSpec.builder().selector(selector(WEB))
        .template(hostNetworkTemplate())))).isEmpty();
    dev.podwright.model.Pod pod = dev.podwright.model.Pod.builder().metadata(named("web"))
        .spec(hostNetworkTemplate().spec()).build();
    assertThat(errors(pod)).containsExactly(
        "spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\"");
  }

  @Test
  void workloadLabelsAndAnnotationsAreValidated() {
    Deployment d = Deployment.builder()
        .metadata(ObjectMeta.builder().name("web").putLabel("tier", "front end")
            .putAnnotation("owner team", "a").build())
        .spec(DeploymentSpec.builder().selector(selector(WEB)).template(template(WEB, null))
            .build())
        .build();
    assertThat(errors(d)).containsExactly(
        "metadata.labels: Invalid value: \"front end\": " + LABEL_VALUE,
        "metadata.annotations: Invalid value: \"owner team\": name part must consist of "
            + "alphanumeric characters, '-', '_' or '.', and must start and end with an "
            + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used "
            + "for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
  }

  @Test
  void templateLabelsAreReportedWithoutMetadataInThePath() {
    // ValidatePodTemplateSpec builds the path as fldPath.Child("labels") on the template.
    Map<String, String> labels = Map.of("app", "web", "version", "1.0-");
    PodTemplateSpec t = PodTemplateSpec.builder().from(template(labels, null))
        .metadata(ObjectMeta.builder().labels(labels).putAnnotation("bad key!", "x").build())
        .build();
    String annotation = "spec.template.annotations: Invalid value: \"bad key!\": ";
    assertThat(errors(deployment(DeploymentSpec.builder().selector(selector(WEB)).template(t))))
        .hasSize(2)
        .satisfies(e -> assertThat(e.get(0)).isEqualTo(
            "spec.template.labels: Invalid value: \"1.0-\": " + LABEL_VALUE))
        .satisfies(e -> assertThat(e.get(1)).startsWith(annotation));
    // StatefulSet templates get the metadata checks even where the pod spec is not validated.
    assertThat(errors(statefulSet(t))).hasSize(2);
    // SetDefaults_Job copies the template labels to a Job without labels, so the bad value is
    // reported at metadata.labels too, first (ValidateObjectMeta runs before the spec).
    assertThat(errors(job(JobSpec.builder().template(PodTemplateSpec.builder().from(t)
        .spec(PodSpec.builder().from(t.spec()).restartPolicy("Never").build()).build())
        .build()))).hasSize(3).first().asString()
        .isEqualTo("metadata.labels: Invalid value: \"1.0-\": " + LABEL_VALUE);
  }

  @Test
  void selectorLabelsAreValidated() {
    Map<String, String> bad = Map.of("app", "web app");
    LabelSelector s = LabelSelector.builder().matchLabels(bad)
        .addMatchExpression(LabelSelectorRequirement.builder().key("tier/x/y").operator("In")
            .addValue("a b").build())
        .build();
    PodTemplateSpec t = template(Map.of("app", "web app", "tier/x/y", "a b"), null);
    List<String> found = errors(deployment(DeploymentSpec.builder().selector(s).template(t)));
    // labels.NewRequirement refuses the bad key and values, so LabelSelectorAsSelector fails:
    // the server reports "invalid label selector" and does not validate the template at all.
    assertThat(found.stream().map(e -> e.substring(0, e.indexOf(": Invalid value"))))
        .containsExactly("spec.selector.matchLabels",
            "spec.selector.matchExpressions[0].key", "spec.selector.matchExpressions[0].values[0]",
            "spec.selector");
    assertThat(found.get(3)).endsWith(": invalid label selector");
  }

  @Test
  void jobNameLongerThanALabelValueIsRejected() {
    // generateSelector copies the job name into the template's job-name labels before validation.
    String name = "nightly-report-" + "x".repeat(49);
    Job longName = Job.builder().metadata(named(name)).spec(jobSpec("Never").build()).build();
    String expected = "spec.template.labels: Invalid value: \"" + name
        + "\": must be no more than 63 characters";
    // Both job-name labels fail alike; the aggregate keeps one copy of a repeated message.
    assertThat(errors(longName)).containsExactly(expected);
    Job fits = Job.builder().metadata(named(name.substring(0, 63))).spec(jobSpec("Never").build())
        .build();
    assertThat(errors(fits)).isEmpty();
    Job manual = Job.builder().metadata(named(name)).spec(jobSpec("Never").manualSelector(true)
        .selector(selector(Map.of("app", "pi"))).template(template(Map.of("app", "pi"), "Never"))
        .build()).build();
    assertThat(errors(manual)).isEmpty();
  }

  @Test
  void templatesMayNotHaveEphemeralContainers() {
    PodTemplateSpec t = template(WEB, null);
    PodTemplateSpec withDebug = PodTemplateSpec.builder().from(t)
        .spec(PodSpec.builder().from(t.spec()).putUnknownField("ephemeralContainers",
            List.of(Map.of("name", "debug", "image", "busybox"))).build())
        .build();
    assertThat(errors(deployment(DeploymentSpec.builder().selector(selector(WEB))
        .template(withDebug)))).containsExactly("spec.template.spec.ephemeralContainers: "
            + "Forbidden: ephemeral containers not allowed in pod template");
  }
}
