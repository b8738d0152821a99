package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.podwright.dsl.ConcurrencyPolicy;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodManagementPolicy;
import dev.podwright.dsl.Pods;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.IntOrString;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.Volume;
import dev.podwright.yaml.PodYaml;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Each workload annotation against the same object built with the DSL: the generated spec's
 * method returns an equal object, and the YAML resource is its {@code PodYaml} rendering.
 */
class PodSpecProcessorWorkloadsTest {
  static JavaFileObject source(String body) {
    return JavaFileObjects.forSourceString("com.example.Sample", "package com.example;\n\n"
        + "import dev.podwright.annotations.Podwright.*;\n\n" + body);
  }

  static KubernetesObject generated(JavaFileObject source, String method,
      String resource) {
    Compilation c = Compilations.compile(source);
    assertThat(c).succeededWithoutWarnings();
    KubernetesObject object =
        (KubernetesObject) GeneratedClasses.call(c, "com.example.SampleSpec", method);
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, resource)
        .contentsAsUtf8String().isEqualTo(PodYaml.toYaml(object));
    return object;
  }

  @Test
  void cronJobSpecBuildsTheDslCronJob() {
    JavaFileObject src = source("""
        @CronJobSpec(name = "cleanup", schedule = "0 3 * * *", timeZone = "Europe/Berlin",
            restartPolicy = "OnFailure", concurrencyPolicy = "Forbid",
            startingDeadlineSeconds = 300, successfulJobsHistoryLimit = 1,
            failedJobsHistoryLimit = 2, namespace = "ops", backoffLimit = 1, suspend = true,
            labels = @Label(key = "team", value = "ops"))
        @PodSpec(labels = @Label(key = "app", value = "cleanup"))
        interface Sample {
          @Sidecar(image = "fluent/fluent-bit:3.1.9")
          void logShipper();

          @Main(image = "example/cleanup:1.0", args = "--older-than=30d")
          void cleanup();
        }
        """);
    CronJob running = Pods.cronJob("cleanup", "0 3 * * *", JobRestartPolicy.ON_FAILURE,
            template().label("app", "cleanup")
                .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:3.1.9"))
                .main(container("cleanup").image("example/cleanup:1.0")
                    .args("--older-than=30d")))
        .namespace("ops")
        .label("team", "ops")
        .backoffLimit(1)
        .timeZone("Europe/Berlin")
        .concurrencyPolicy(ConcurrencyPolicy.FORBID)
        .startingDeadlineSeconds(300)
        .successfulJobsHistoryLimit(1)
        .failedJobsHistoryLimit(2)
        .build();
    CronJob expected = CronJob.builder().from(running)
        .spec(CronJobSpec.builder().from(running.spec()).suspend(true).build())
        .build();
    assertThat(generated(src, "cronJob", "META-INF/podwright/cleanup.yaml"))
        .isEqualTo(expected);
  }

  @Test
  void deploymentSpecBuildsTheDslDeployment() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", namespace = "shop", replicas = 3, minReadySeconds = 5,
            progressDeadlineSeconds = 120, revisionHistoryLimit = 4, strategy = "RollingUpdate",
            maxSurge = "25%", maxUnavailable = "0")
        @PodSpec(labels = @Label(key = "app", value = "web"),
            volumes = @Volume(name = "cache", emptyDir = @EmptyDir))
        interface Sample {
          @Main(image = "nginx:1.27", ports = @Port(name = "http", containerPort = 8080),
              mounts = @Mount(volume = "cache", path = "/cache"))
          void web();
        }
        """);
    Volume cache = emptyDir("cache");
    Deployment expected = Pods.deployment("web", template().label("app", "web").volume(cache)
            .main(container("web").image("nginx:1.27").port("http", 8080)
                .volumeMount(cache, "/cache")))
        .namespace("shop")
        .replicas(3)
        .minReadySeconds(5)
        .progressDeadlineSeconds(120)
        .revisionHistoryLimit(4)
        .rollingUpdate(IntOrString.of(0), IntOrString.of("25%"))
        .build();
    assertThat(generated(src, "deployment", "META-INF/podwright/web.yaml"))
        .isEqualTo(expected);
  }

  @Test
  void recreateStrategyBuildsTheDslDeployment() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "db-migrator", strategy = "Recreate")
        @PodSpec(labels = @Label(key = "app", value = "db-migrator"))
        interface Sample {
          @Main(image = "example/migrator:2")
          void migrator();
        }
        """);
    Deployment expected = Pods.deployment("db-migrator", template()
            .label("app", "db-migrator")
            .main(container("migrator").image("example/migrator:2")))
        .recreate()
        .build();
    assertThat(generated(src, "deployment", "META-INF/podwright/db-migrator.yaml"))
        .isEqualTo(expected);
  }

  @Test
  void statefulSetSpecBuildsTheDslStatefulSet() {
    JavaFileObject src = source("""
        @StatefulSetSpec(name = "db", serviceName = "db-headless", replicas = 3,
            podManagementPolicy = "Parallel")
        @PodSpec(labels = @Label(key = "app", value = "db"))
        interface Sample {
          @Main(image = "postgres:17", ports = @Port(name = "pg", containerPort = 5432))
          void postgres();
        }
        """);
    StatefulSet expected = Pods.statefulSet("db", template().label("app", "db")
            .main(container("postgres").image("postgres:17").port("pg", 5432)))
        .serviceName("db-headless")
        .replicas(3)
        .podManagementPolicy(PodManagementPolicy.PARALLEL)
        .build();
    assertThat(generated(src, "statefulSet", "META-INF/podwright/db.yaml"))
        .isEqualTo(expected);
  }

  @Test
  void daemonSetSpecBuildsTheDslDaemonSet() {
    JavaFileObject src = source("""
        @DaemonSetSpec(name = "node-agent", minReadySeconds = 10)
        @PodSpec(labels = @Label(key = "app", value = "node-agent"), hostNetwork = true)
        interface Sample {
          @Main(image = "example/agent:0.9")
          void agent();
        }
        """);
    DaemonSet expected = Pods.daemonSet("node-agent", template().label("app", "node-agent")
            .main(container("agent").image("example/agent:0.9"))
            .hostNetwork(true))
        .minReadySeconds(10)
        .build();
    assertThat(generated(src, "daemonSet", "META-INF/podwright/node-agent.yaml"))
        .isEqualTo(expected);
  }

  @Test
  void generatedDeploymentSpecUsesTheModelBuilders() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", replicas = 2, maxSurge = "1", maxUnavailable = "0")
        @PodSpec(labels = @Label(key = "app", value = "web"))
        public interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    Compilation c = Compilations.compileWith(List.of("-Apodwright.specCode=builders"), src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.SampleSpec").hasSourceEquivalentTo(
        JavaFileObjects.forSourceString("com.example.SampleSpec", """
            package com.example;

            import dev.podwright.model.Container;
            import dev.podwright.model.Deployment;
            import dev.podwright.model.DeploymentSpec;
            import dev.podwright.model.DeploymentStrategy;
            import dev.podwright.model.IntOrString;
            import dev.podwright.model.LabelSelector;
            import dev.podwright.model.ObjectMeta;
            import dev.podwright.model.PodSpec;
            import dev.podwright.model.PodTemplateSpec;
            import dev.podwright.model.RollingUpdateDeployment;
            import javax.annotation.processing.Generated;

            @Generated("dev.podwright.codegen.PodSpecProcessor")
            public final class SampleSpec {
              public static final String RESOURCE = "META-INF/podwright/web.yaml";

              private SampleSpec() {
              }

              public static Deployment deployment() {
                var metadata = ObjectMeta.builder().name("web").build();
                var selector = LabelSelector.builder().putMatchLabel("app", "web").build();
                var template = template();
                var rollingUpdate = RollingUpdateDeployment.builder()
                    .maxUnavailable(IntOrString.of(0))
                    .maxSurge(IntOrString.of(1))
                    .build();
                var strategy = DeploymentStrategy.builder()
                    .type("RollingUpdate")
                    .rollingUpdate(rollingUpdate)
                    .build();
                var spec = DeploymentSpec.builder()
                    .replicas(2)
                    .selector(selector)
                    .template(template)
                    .strategy(strategy)
                    .build();
                return Deployment.builder().metadata(metadata).spec(spec).build();
              }

              private static PodTemplateSpec template() {
                var metadata = ObjectMeta.builder().putLabel("app", "web").build();
                var container = web();
                var spec = PodSpec.builder().addContainer(container).build();
                return PodTemplateSpec.builder().metadata(metadata).spec(spec).build();
              }

              private static Container web() {
                return Container.builder().name("web").image("nginx:1.27").build();
              }
            }
            """));
  }
}
