package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.compile;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.generated;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.ignoreDisruptions;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.onExitCodes;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.template;
import static dev.podwright.dsl.Pods.volumeClaimTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.dsl.AccessMode;
import dev.podwright.dsl.ClaimRetention;
import dev.podwright.dsl.ClaimTemplate;
import dev.podwright.dsl.ExitCodeOperator;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodFailureAction;
import dev.podwright.dsl.PodReplacementPolicy;
import dev.podwright.dsl.Pods;
import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.StatefulSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The workload-level annotations of issue 11 (pod failure policies, claim templates, update
 * strategies) against the same objects built with the DSL, and their mistakes as tagged errors
 * on the offending value.
 */
class PodSpecProcessorWorkloadFieldsTest {
  @Test
  void podFailurePolicyIgnoringSidecarsBuildsTheDslJob() {
    JavaFileObject src = source("""
        @JobSpec(name = "batch", restartPolicy = "Never", podFailurePolicy = @PodFailurePolicy(
            ignoreSidecarExits = true,
            rules = {
                @PodFailureRule(action = "Ignore", podConditions = "DisruptionTarget"),
                @PodFailureRule(action = "FailJob", operator = "NotIn", exitCodes = {1, 0})}))
        interface Sample {
          @Sidecar(image = "envoyproxy/envoy:v1.34.1")
          void proxy();

          @Main(image = "example/batch:1.0")
          void batch();
        }
        """);
    Job expected = Pods.job("batch", JobRestartPolicy.NEVER, template()
            .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.34.1"))
            .main(container("batch").image("example/batch:1.0")))
        .podFailurePolicy(ignoreDisruptions(),
            onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.NOT_IN, 0, 1))
        .ignoreSidecarExits()
        .build();
    Job job = (Job) generated(src, "job", "META-INF/podwright/batch.yaml");
    assertThat(job).isEqualTo(expected);
    assertThat(job.spec().podFailurePolicy().orElseThrow().rules().get(1).onExitCodes()
        .orElseThrow().containerName()).contains("batch");
  }

  @Test
  void claimTemplatesAndUpdateStrategyBuildTheDslStatefulSet() {
    JavaFileObject src = source("""
        @StatefulSetSpec(name = "db", serviceName = "db", updateStrategy = "RollingUpdate",
            partition = 1, maxUnavailable = "1",
            volumeClaimTemplates = @ClaimTemplate(name = "data", storage = "10Gi",
                accessModes = "ReadWriteOnce", storageClassName = "fast"))
        @PodSpec(labels = @Label(key = "app", value = "db"))
        interface Sample {
          @Main(image = "postgres:17",
              mounts = @Mount(volume = "data", path = "/var/lib/postgresql/data"))
          void postgres();
        }
        """);
    ClaimTemplate data = volumeClaimTemplate("data", "10Gi", AccessMode.READ_WRITE_ONCE)
        .storageClassName("fast");
    StatefulSet expected = Pods.statefulSet("db", template().label("app", "db")
            .main(container("postgres").image("postgres:17")
                .volumeMount(mount(data, "/var/lib/postgresql/data"))))
        .serviceName("db")
        .volumeClaimTemplate(data)
        .rollingUpdate(1, IntOrString.of(1))
        .build();
    assertThat(generated(src, "statefulSet", "META-INF/podwright/db.yaml")).isEqualTo(expected);
  }

  @Test
  void daemonSetUpdateStrategyBuildsTheDslDaemonSet() {
    JavaFileObject src = source("""
        @DaemonSetSpec(name = "agent", maxUnavailable = "0", maxSurge = "1")
        @PodSpec(labels = @Label(key = "app", value = "agent"))
        interface Sample {
          @Main(image = "example/agent:1")
          void agent();
        }
        """);
    DaemonSet expected = Pods.daemonSet("agent", template().label("app", "agent")
            .main(container("agent").image("example/agent:1")))
        .rollingUpdate(IntOrString.of(0), IntOrString.of(1))
        .build();
    assertThat(generated(src, "daemonSet", "META-INF/podwright/agent.yaml")).isEqualTo(expected);
  }

  private static void assertOneError(String annotations, String error, String line) {
    JavaFileObject src = source(annotations + """

        interface Sample {
          @Sidecar(image = "envoyproxy/envoy:v1.34.1")
          void proxy();

          @Main(image = "busybox:1.36", mounts = @Mount(volume = "data", path = "/data"))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(error).inFile(src).onLineContaining(line);
    assertThat(c).hadErrorCount(1);
  }

  private static final String CLAIM = "volumeClaimTemplates = @ClaimTemplate(name = \"data\", "
      + "storage = \"1Gi\", accessModes = \"ReadWriteOnce\"))\n"
      + "@PodSpec(labels = @Label(key = \"app\", value = \"db\"))";

  private static final String JOB = "@JobSpec(name = \"j\", restartPolicy = \"%s\", "
      + "podFailurePolicy = @PodFailurePolicy(rules = %s))\n@PodSpec(volumes = @Volume(name = "
      + "\"data\", emptyDir = @EmptyDir))";

  @Test
  void ruleOnBothExitCodesAndConditionsIsAnError() {
    assertOneError(JOB.formatted("Never", "@PodFailureRule(action = \"Ignore\", operator = "
            + "\"In\", exitCodes = 143,\n    podConditions = \"DisruptionTarget\")"),
        "[PodwrightPodFailureRule] a pod failure rule matches either exit codes or pod "
            + "conditions, not both", "podConditions = \"DisruptionTarget\"");
    assertOneError(JOB.formatted("Never", "@PodFailureRule(\n    action = \"Ignore\")"),
        "[PodwrightPodFailureRule] a pod failure rule matches either exit codes or pod "
            + "conditions, but this one sets neither", "@PodFailureRule(");
  }

  @Test
  void podFailurePolicyMistakesAreTaggedOnTheirValues() {
    String job = JOB;
    assertOneError(job.formatted("Never", "@PodFailureRule(action = \"Retry\",\n"
            + "    podConditions = \"DisruptionTarget\")"),
        "[PodwrightUnsupportedValue] action \"Retry\" is not supported", "action = \"Retry\"");
    assertOneError(job.formatted("Never", "@PodFailureRule(action = \"FailJob\",\n"
            + "    exitCodes = 42)"),
        "[PodwrightPodFailureRule] a pod failure rule on exit codes needs an operator",
        "@PodFailureRule(action = \"FailJob\"");
    assertOneError(job.formatted("Never", "@PodFailureRule(action = \"FailJob\", operator = "
            + "\"In\",\n    container = \"nope\", exitCodes = 42)"),
        "[PodwrightInvalid] spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid "
            + "value: \"nope\": must be one of the container or initContainer names in the pod "
            + "template", "container = \"nope\"");
    // The DSL offers podFailurePolicy only on Never jobs, so the reader reports it first.
    assertOneError(job.formatted("OnFailure", "@PodFailureRule(action = \"Ignore\",\n"
            + "    podConditions = \"DisruptionTarget\")"),
        "[PodwrightPodFailurePolicy] the pod failure policy of job 'j' needs restartPolicy "
            + "\"Never\"; found \"OnFailure\" (only \"Never\" is supported when podFailurePolicy "
            + "is specified)", "podFailurePolicy = @PodFailurePolicy");
    assertOneError("@CronJobSpec(name = \"c\", schedule = \"@daily\", restartPolicy = "
            + "\"OnFailure\",\n    podFailurePolicy = @PodFailurePolicy(rules = @PodFailureRule("
            + "action = \"Ignore\", podConditions = \"DisruptionTarget\")))\n"
            + "@PodSpec(volumes = @Volume(name = \"data\", emptyDir = @EmptyDir))",
        "[PodwrightPodFailurePolicy] the pod failure policy of cron job 'c' needs restartPolicy",
        "podFailurePolicy = @PodFailurePolicy");
  }

  @Test
  void indexedJobFieldsBuildTheDslJobAndCronJob() {
    JavaFileObject job = source("""
        @JobSpec(name = "shards", restartPolicy = "OnFailure", indexed = true, completions = 4,
            parallelism = 2, backoffLimitPerIndex = 1, maxFailedIndexes = 2,
            podReplacementPolicy = "Failed", managedBy = "kueue.x-k8s.io/multikueue",
            successPolicy = {@SuccessRule(succeededIndexes = "0"),
                @SuccessRule(succeededCount = 3),
                @SuccessRule(succeededIndexes = "1-3", succeededCount = 2)})
        interface Sample {
          @Main(image = "example/shard:1")
          void shard();
        }
        """);
    Job expectedJob = Pods.job("shards", JobRestartPolicy.ON_FAILURE, template()
            .main(container("shard").image("example/shard:1")))
        .indexed().completions(4).parallelism(2).backoffLimitPerIndex(1).maxFailedIndexes(2)
        .podReplacementPolicy(PodReplacementPolicy.FAILED)
        .managedBy("kueue.x-k8s.io/multikueue")
        .successPolicy(Pods.succeededIndexes("0"), Pods.succeededCount(3),
            Pods.succeededIndexes("1-3", 2))
        .build();
    assertThat(generated(job, "job", "META-INF/podwright/shards.yaml")).isEqualTo(expectedJob);

    JavaFileObject cron = source("""
        @CronJobSpec(name = "nightly", schedule = "0 3 * * *", restartPolicy = "Never",
            indexed = true, completions = 2, backoffLimitPerIndex = 0,
            podReplacementPolicy = "TerminatingOrFailed",
            successPolicy = @SuccessRule(succeededCount = 1))
        interface Sample {
          @Main(image = "example/shard:1")
          void shard();
        }
        """);
    CronJob expectedCron = Pods.cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER,
            template().main(container("shard").image("example/shard:1")))
        .indexed().completions(2).backoffLimitPerIndex(0)
        .podReplacementPolicy(PodReplacementPolicy.TERMINATING_OR_FAILED)
        .successPolicy(Pods.succeededCount(1))
        .build();
    assertThat(generated(cron, "cronJob", "META-INF/podwright/nightly.yaml"))
        .isEqualTo(expectedCron);
  }

  @Test
  void successRuleWithoutIndexesOrCountIsAnError() {
    assertOneError("@JobSpec(name = \"j\", restartPolicy = \"Never\", indexed = true, "
            + "completions = 2,\n    successPolicy = @SuccessRule)\n"
            + "@PodSpec(volumes = @Volume(name = \"data\", emptyDir = @EmptyDir))",
        "[PodwrightSuccessRule] a success policy rule of job 'j' must set succeededIndexes, "
            + "succeededCount or both", "successPolicy = @SuccessRule");
  }

  @Test
  void claimRetentionAndOrdinalsBuildTheDslStatefulSet() {
    JavaFileObject src = source("""
        @StatefulSetSpec(name = "db", ordinalsStart = 1,
            persistentVolumeClaimRetentionPolicy = @ClaimRetention(whenScaled = "Delete"),
            volumeClaimTemplates = @ClaimTemplate(name = "data", storage = "10Gi",
                accessModes = "ReadWriteOnce"))
        @PodSpec(labels = @Label(key = "app", value = "db"))
        interface Sample {
          @Main(image = "postgres:17",
              mounts = @Mount(volume = "data", path = "/var/lib/postgresql/data"))
          void postgres();
        }
        """);
    ClaimTemplate data = volumeClaimTemplate("data", "10Gi", AccessMode.READ_WRITE_ONCE);
    StatefulSet expected = Pods.statefulSet("db", template().label("app", "db")
            .main(container("postgres").image("postgres:17")
                .volumeMount(mount(data, "/var/lib/postgresql/data"))))
        .volumeClaimTemplate(data)
        .persistentVolumeClaimRetentionPolicy(ClaimRetention.RETAIN, ClaimRetention.DELETE)
        .ordinals(1)
        .build();
    assertThat(generated(src, "statefulSet", "META-INF/podwright/db.yaml")).isEqualTo(expected);
  }

  @Test
  void claimRetentionMistakesAreTaggedOnTheirValues() {
    assertOneError("@StatefulSetSpec(name = \"db\", persistentVolumeClaimRetentionPolicy =\n"
            + "    @ClaimRetention(whenDeleted = \"Keep\"), " + CLAIM,
        "[PodwrightUnsupportedValue] whenDeleted \"Keep\" is not supported",
        "@ClaimRetention(whenDeleted = \"Keep\")");
    assertOneError("@StatefulSetSpec(name = \"db\",\n    ordinalsStart = -1, " + CLAIM,
        "spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0",
        "ordinalsStart = -1");
  }

  @Test
  void updateStrategyMistakesAreTaggedOnTheirValues() {
    assertOneError("@StatefulSetSpec(name = \"db\", updateStrategy = \"OnDelete\",\n"
            + "    partition = 2, " + CLAIM,
        "[PodwrightStrategy] stateful set 'db' uses the OnDelete update strategy",
        "partition = 2");
    assertOneError("@StatefulSetSpec(name = \"db\", updateStrategy = \"Sometimes\",\n"
            + "    " + CLAIM,
        "[PodwrightUnsupportedValue] updateStrategy \"Sometimes\" is not supported",
        "updateStrategy = \"Sometimes\"");
    assertOneError("@DaemonSetSpec(name = \"agent\",\n    maxSurge = \"1\")\n"
            + "@PodSpec(labels = @Label(key = \"app\", value = \"a\"), volumes = @Volume(name = "
            + "\"data\", emptyDir = @EmptyDir))",
        "[PodwrightStrategy] the rolling update of daemon set 'agent' must set both maxSurge "
            + "and maxUnavailable", "maxSurge = \"1\"");
  }

  @Test
  void claimTemplateMistakesAreTaggedOnTheirValues() {
    assertOneError("@StatefulSetSpec(name = \"db\", volumeClaimTemplates = @ClaimTemplate(\n"
            + "    name = \"data\", storage = \"ten gigs\", accessModes = \"ReadWriteOnce\"))\n"
            + "@PodSpec(labels = @Label(key = \"app\", value = \"db\"))",
        "[PodwrightQuantity] quantity 'ten gigs' (storage of claim 'data') is malformed",
        "storage = \"ten gigs\"");
    assertOneError("@StatefulSetSpec(name = \"db\", volumeClaimTemplates = @ClaimTemplate(\n"
            + "    name = \"data\", storage = \"1Gi\", accessModes = \"WriteMany\"))\n"
            + "@PodSpec(labels = @Label(key = \"app\", value = \"db\"))",
        "[PodwrightUnsupportedValue] accessModes \"WriteMany\" is not supported",
        "accessModes = \"WriteMany\"");
    assertOneError("@StatefulSetSpec(name = \"db\", volumeClaimTemplates = @ClaimTemplate(\n"
            + "    name = \"data\", storage = \"1Gi\", accessModes = \"ReadWriteOnce\"))\n"
            + "@PodSpec(labels = @Label(key = \"app\", value = \"db\"),\n"
            + "    volumes = @Volume(name = \"data\", emptyDir = @EmptyDir))",
        "[PodwrightDuplicateName] claim template 'data' has the name of a volume",
        "name = \"data\", storage");
  }
}
