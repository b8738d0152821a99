package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.compile;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One failing source per kind of workload mistake: each fails compilation with its stable tag and
 * fix hint, on the line of the offending annotation or value.
 */
class PodSpecProcessorWorkloadErrorsTest {
  @Test
  void twoKindAnnotationsOnOneTypeIsAnError() {
    JavaFileObject src = source("""
        @JobSpec(name = "pi", restartPolicy = "Never")
        @DeploymentSpec(
            name = "pi")
        interface Sample {
          @Main(image = "perl:5.34")
          void pi();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightKindConflict] type Sample is "
            + "annotated with both @JobSpec and @DeploymentSpec, but one type declares one "
            + "object; keep one of them")
        .inFile(src).onLineContaining("@DeploymentSpec(");
  }

  @Test
  void deploymentTemplateWithoutLabelsIsAnError() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web")
        @PodSpec(
            namespace = "shop")
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightNoTemplateLabels] deployment 'web' "
            + "selects its pods by the template's labels (spec.selector), but the template has "
            + "none; add labels = @Label(key = \"app\", value = \"web\") to @PodSpec")
        .inFile(src).onLineContaining("@PodSpec(");
  }

  @Test
  void statefulSetWithoutPodSpecNeedsLabels() {
    JavaFileObject src = source("""
        @StatefulSetSpec(name = "db", serviceName = "db")
        interface Sample {
          @Main(image = "postgres:17")
          void db();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightNoTemplateLabels] stateful set 'db' "
            + "selects its pods")
        .inFile(src).onLineContaining("@StatefulSetSpec(");
  }

  @Test
  void badScheduleIsAnErrorOnTheSchedule() {
    JavaFileObject src = source("""
        @CronJobSpec(name = "cleanup", restartPolicy = "Never",
            schedule = "every night")
        interface Sample {
          @Main(image = "busybox:1.36")
          void cleanup();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightSchedule] spec.schedule: Invalid "
            + "value: \"every night\"")
        .inFile(src).onLineContaining("schedule = \"every night\"");
  }

  @Test
  void cronJobMustNotRestartAlways() {
    JavaFileObject src = source("""
        @CronJobSpec(name = "cleanup", schedule = "@daily",
            restartPolicy = "Always")
        interface Sample {
          @Main(image = "busybox:1.36")
          void cleanup();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightJobRestartPolicy] cron job 'cleanup' "
            + "has restartPolicy \"Always\", but a job's pods must use \"Never\" or \"OnFailure\"")
        .inFile(src).onLineContaining("restartPolicy = \"Always\"");
  }

  @Test
  void deploymentTemplateMustRestartAlways() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web")
        @PodSpec(labels = @Label(key = "app", value = "web"),
            restartPolicy = "Never")
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightWorkloadRestartPolicy] the pods of "
            + "deployment 'web' must use restartPolicy \"Always\"; found \"Never\"; drop "
            + "restartPolicy from @PodSpec")
        .inFile(src).onLineContaining("restartPolicy = \"Never\"");
  }

  @Test
  void rollingUpdateNeedsBothBounds() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web",
            maxSurge = "1")
        @PodSpec(labels = @Label(key = "app", value = "web"))
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightStrategy] the rolling update of "
            + "deployment 'web' must set both maxSurge and maxUnavailable")
        .inFile(src).onLineContaining("maxSurge = \"1\"");
  }

  @Test
  void recreateTakesNoBounds() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", strategy = "Recreate",
            maxUnavailable = "0")
        @PodSpec(labels = @Label(key = "app", value = "web"))
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightStrategy] deployment 'web' uses the "
            + "Recreate strategy, which takes no maxSurge or maxUnavailable")
        .inFile(src).onLineContaining("maxUnavailable = \"0\"");
  }

  @Test
  void invalidMaxSurgeIsAnErrorOnTheValue() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", maxUnavailable = "1",
            maxSurge = "lots")
        @PodSpec(labels = @Label(key = "app", value = "web"))
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightStrategy] spec.strategy.rollingUpdate.maxSurge: "
            + "Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"lots\"}: a valid "
            + "percent string must be a numeric string followed by an ending '%'")
        .inFile(src).onLineContaining("maxSurge = \"lots\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void invalidTimeZoneIsAnErrorOnTheValue() {
    JavaFileObject src = source("""
        @CronJobSpec(name = "cleanup", schedule = "@daily", restartPolicy = "Never",
            timeZone = "Mars/Olympus")
        interface Sample {
          @Main(image = "busybox:1.36")
          void cleanup();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightSchedule] spec.timeZone")
        .inFile(src).onLineContaining("timeZone = \"Mars/Olympus\"");
  }

  @Test
  void unsupportedPolicyIsAnError() {
    JavaFileObject src = source("""
        @StatefulSetSpec(name = "db", serviceName = "db",
            podManagementPolicy = "Random")
        @PodSpec(labels = @Label(key = "app", value = "db"))
        interface Sample {
          @Main(image = "postgres:17")
          void db();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightUnsupportedValue] podManagementPolicy "
            + "\"Random\" is not supported; use one of \"OrderedReady\", \"Parallel\"")
        .inFile(src).onLineContaining("podManagementPolicy = \"Random\"");
  }

  @Test
  void negativeReplicasIsAnErrorOnTheValue() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web",
            replicas = -1)
        @PodSpec(labels = @Label(key = "app", value = "web"))
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("spec.replicas: Invalid value: -1")
        .inFile(src).onLineContaining("replicas = -1");
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
