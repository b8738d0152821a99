package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.compile;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing source per kind of workload mistake: each fails compilation with its stable tag and
 * fix hint, on the line of the offending annotation or value.
 */
class PodSpecProcessorWorkloadErrorsTest {
  /**
   * The single-mistake cases: the annotations on {@code interface Sample}, whose one member is a
   * {@code @Main} container, the error expected and the line it must be on.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("two kind annotations on one type is an error", """
            @JobSpec(name = "pi", restartPolicy = "Never")
            @DeploymentSpec(
                name = "pi")
            """,
            "[PodwrightKindConflict] type Sample is annotated with both @JobSpec and "
                + "@DeploymentSpec, but one type declares one object; keep one of them",
            "@DeploymentSpec("),
        mistake("deployment template without labels is an error", """
            @DeploymentSpec(name = "web")
            @PodSpec(
                terminationGracePeriodSeconds = 10)
            """,
            "[PodwrightNoTemplateLabels] deployment 'web' selects its pods by the "
                + "template's labels (spec.selector), but the template has none; add labels = "
                + "@Label(key = \"app\", value = \"web\") to @PodSpec",
            "@PodSpec("),
        mistake("stateful set without pod spec needs labels", """
            @StatefulSetSpec(name = "db", serviceName = "db")
            """,
            "[PodwrightNoTemplateLabels] stateful set 'db' selects its pods",
            "@StatefulSetSpec("),
        mistake("bad schedule is an error on the schedule", """
            @CronJobSpec(name = "cleanup", restartPolicy = "Never",
                schedule = "every night")
            """,
            "[PodwrightSchedule] spec.schedule: Invalid value: \"every night\"",
            "schedule = \"every night\""),
        mistake("cron job must not restart always", """
            @CronJobSpec(name = "cleanup", schedule = "@daily",
                restartPolicy = "Always")
            """,
            "[PodwrightJobRestartPolicy] cron job 'cleanup' has restartPolicy "
                + "\"Always\", but a job's pods must use \"Never\" or \"OnFailure\"",
            "restartPolicy = \"Always\""),
        mistake("deployment template must restart always", """
            @DeploymentSpec(name = "web")
            @PodSpec(labels = @Label(key = "app", value = "web"),
                restartPolicy = "Never")
            """,
            "[PodwrightWorkloadRestartPolicy] the pods of deployment 'web' must use "
                + "restartPolicy \"Always\"; found \"Never\"; drop restartPolicy from @PodSpec",
            "restartPolicy = \"Never\""),
        mistake("template namespace is the workload's", """
            @JobSpec(name = "pi", restartPolicy = "Never")
            @PodSpec(
                namespace = "batch")
            """,
            "[PodwrightTemplateField] the pod template of job 'pi' takes the namespace of the "
                + "job; set namespace on @JobSpec and drop it from @PodSpec",
            "namespace = \"batch\""),
        mistake("job deadline goes on the job", """
            @JobSpec(name = "pi", restartPolicy = "Never")
            @PodSpec(
                activeDeadlineSeconds = 60)
            """,
            "[PodwrightTemplateField] the deadline of job 'pi' is set on @JobSpec, not on "
                + "@PodSpec; set activeDeadlineSeconds on @JobSpec (the job's deadline)",
            "activeDeadlineSeconds = 60"),
        mistake("replicated template takes no deadline", """
            @DaemonSetSpec(name = "agent")
            @PodSpec(labels = @Label(key = "app", value = "agent"),
                activeDeadlineSeconds = 60)
            """,
            "[PodwrightTemplateField] the pods of daemon set 'agent' must not set "
                + "activeDeadlineSeconds (activeDeadlineSeconds in DaemonSet is not Supported)",
            "activeDeadlineSeconds = 60"),
        mistake("replicated template does not set always either", """
            @DeploymentSpec(name = "web")
            @PodSpec(labels = @Label(key = "app", value = "web"),
                restartPolicy = "Always")
            """,
            "[PodwrightWorkloadRestartPolicy] the pod template of deployment 'web' does not set "
                + "restartPolicy: its pods use \"Always\", the server's default",
            "restartPolicy = \"Always\""),
        mistake("rolling update needs both bounds", """
            @DeploymentSpec(name = "web",
                maxSurge = "1")
            @PodSpec(labels = @Label(key = "app", value = "web"))
            """,
            "[PodwrightStrategy] the rolling update of deployment 'web' must set both "
                + "maxSurge and maxUnavailable",
            "maxSurge = \"1\""),
        mistake("recreate takes no bounds", """
            @DeploymentSpec(name = "web", strategy = "Recreate",
                maxUnavailable = "0")
            @PodSpec(labels = @Label(key = "app", value = "web"))
            """,
            "[PodwrightStrategy] deployment 'web' uses the Recreate strategy, which "
                + "takes no maxSurge or maxUnavailable",
            "maxUnavailable = \"0\""),
        mistake("invalid max surge is an error on the value", """
            @DeploymentSpec(name = "web", maxUnavailable = "1",
                maxSurge = "lots")
            @PodSpec(labels = @Label(key = "app", value = "web"))
            """,
            "[PodwrightStrategy] spec.strategy.rollingUpdate.maxSurge: Invalid value: "
                + "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"lots\"}: a valid percent "
                + "string must be a numeric string followed by an ending '%'",
            "maxSurge = \"lots\""),
        mistake("invalid time zone is an error on the value", """
            @CronJobSpec(name = "cleanup", schedule = "@daily", restartPolicy = "Never",
                timeZone = "Mars/Olympus")
            """,
            "[PodwrightSchedule] spec.timeZone",
            "timeZone = \"Mars/Olympus\""),
        mistake("unsupported policy is an error", """
            @StatefulSetSpec(name = "db", serviceName = "db",
                podManagementPolicy = "Random")
            @PodSpec(labels = @Label(key = "app", value = "db"))
            """,
            "[PodwrightUnsupportedValue] podManagementPolicy \"Random\" is not "
                + "supported; use one of \"OrderedReady\", \"Parallel\"",
            "podManagementPolicy = \"Random\""),
        mistake("negative replicas is an error on the value", """
            @DeploymentSpec(name = "web",
                replicas = -1)
            @PodSpec(labels = @Label(key = "app", value = "web"))
            """,
            "spec.replicas: Invalid value: -1",
            "replicas = -1"));
  }

  private static Arguments mistake(String name, String annotations, String error, String line) {
    return Arguments.of(name, annotations, error, line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void mistakeIsOneTaggedErrorOnItsLine(
      String name, String annotations, String error, String line) {
    JavaFileObject src = source(annotations + """

        interface Sample {
          @Main(image = "busybox:1.36")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(error).inFile(src).onLineContaining(line);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void everyWorkloadMistakeOfAClassIsReported() {
    JavaFileObject src = source("""
        @CronJobSpec(name = "cleanup", schedule = "61 * * * *", restartPolicy = "Never",
            concurrencyPolicy = "Sometimes")
        @PodSpec(name = "cleanup-pod")
        interface Sample {
          @Main(image = "busybox:1.36", ports = @Port(containerPort = 70000))
          void cleanup();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightTemplateName]")
        .inFile(src).onLineContaining("@PodSpec(name");
    assertThat(c).hadErrorContaining("[PodwrightUnsupportedValue] concurrencyPolicy")
        .inFile(src).onLineContaining("concurrencyPolicy = \"Sometimes\"");
    assertThat(c).hadErrorContaining("[PodwrightSchedule] spec.schedule")
        .inFile(src).onLineContaining("schedule = \"61 * * * *\"");
    assertThat(c).hadErrorContaining("[PodwrightPort] spec.jobTemplate.spec.template.spec."
            + "containers[0].ports[0].containerPort: Invalid value: 70000")
        .inFile(src).onLineContaining("containerPort = 70000");
    assertThat(c).hadErrorCount(4);
  }

  @Test
  void templateMistakesDoNotHideTheWorkloadsOwnMistakes() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web",
            replicas = -1)
        @PodSpec(namespace = "shop",
            restartPolicy = "OnFailure")
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightNoTemplateLabels] deployment 'web'")
        .inFile(src).onLineContaining("@PodSpec(");
    assertThat(c).hadErrorContaining("[PodwrightWorkloadRestartPolicy] the pods of deployment "
            + "'web' must use restartPolicy \"Always\"; found \"OnFailure\"")
        .inFile(src).onLineContaining("restartPolicy = \"OnFailure\"");
    assertThat(c).hadErrorContaining("[PodwrightTemplateField] the pod template of deployment "
            + "'web' takes the namespace of the deployment; set namespace on @DeploymentSpec")
        .inFile(src).onLineContaining("@PodSpec(namespace");
    assertThat(c).hadErrorContaining("spec.replicas: Invalid value: -1")
        .inFile(src).onLineContaining("replicas = -1");
    assertThat(c).hadErrorCount(4);
  }
}
