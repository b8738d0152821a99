package dev.podwright.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promises of the staged DSL that hold at compile time: each wrong program fails to compile
 * with an error naming one of our types, and the right program next to it compiles. Assertions
 * name types and methods only, never javac's prose, which changes with the locale.
 */
class CompileTimePromisesTest {

  // a. A sidecar is always an init container with restartPolicy: Always.

  @Test
  void sidecarRestartPolicyCannotBeSet() {
    assertRejected("""
        sidecar("proxy").image("envoy:v1.30").restartPolicy(RestartPolicy.NEVER)""",
        "SidecarContainer", "restartPolicy");
    assertRejected("""
        sidecar("proxy").restartPolicy(RestartPolicy.NEVER)""",
        "ContainerImageStep", "restartPolicy");
    assertCompiles("""
        pod("web").sidecar(sidecar("proxy").image("envoy:v1.30"))
            .main(container("app").image("nginx"))""");
  }

  @Test
  void sidecarCannotBeAddedAsMainOrPlainInitContainer() {
    assertRejected("""
        pod("web").main(sidecar("proxy").image("envoy:v1.30"))""",
        "SidecarContainer", "MainContainer");
    assertRejected("""
        pod("web").init(sidecar("proxy").image("envoy:v1.30"))""",
        "SidecarContainer", "InitContainer");
    assertRejected("""
        pod("web").sidecar(initContainer("setup").image("busybox"))""",
        "InitContainer", "SidecarContainer");
    assertCompiles("""
        pod("web").init(initContainer("setup").image("busybox"))
            .sidecar(sidecar("proxy").image("envoy:v1.30"))
            .main(container("app").image("nginx"))""");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SidecarContainer", "InitContainer", "MainContainer", "ContainerImageStep", "PodInitStep",
      "PodMainStep", "TemplateInitStep", "TemplateMainStep", "StartSequenceStep",
      "MainContainersStep", "StartupProbe", "LivenessProbe", "ReadinessProbe", "Mount", "ResourceAmount"})
  void stepTypesCannotBeImplementedOutsideTheLibrary(String type) {
    String generic = type.equals("ContainerImageStep") ? "<Object>" : "";
    assertClassRejected(
        "abstract class Fake implements dev.podwright.dsl." + type + generic + " {}", type);
  }

  @Test
  void draftsCannotBeUsedOutsideTheLibrary() {
    assertRejected("""
        new dev.podwright.dsl.SidecarDraft(null, java.util.List.of())""", "SidecarDraft");
    assertRejected("""
        new dev.podwright.dsl.CompletePod(null)""", "CompletePod");
  }

  @Test
  void stepsCannotBeCastAcrossStages() {
    // Sealed hierarchies let javac prove these casts impossible: no stage can be skipped.
    assertRejected("""
        (PodInitStep) pod("web").main(container("app").image("nginx"))""",
        "PodMainStep", "PodInitStep");
    assertRejected("""
        (InitContainer) sidecar("proxy").image("envoy:v1.30")""",
        "SidecarContainer", "InitContainer");
    assertRejected("""
        (ReadinessProbe) livenessProbe(tcpSocket(8080))""",
        "LivenessProbe", "ReadinessProbe");
  }

  // b. A plain init container has no probe or lifecycle methods; sidecars and mains have them.

  @ParameterizedTest
  @ValueSource(strings = {
      "livenessProbe(livenessProbe(tcpSocket(8080)))",
      "readinessProbe(readinessProbe(httpGet(\"/ready\", 8080)))",
      "startupProbe(startupProbe(exec(\"true\")))",
      "postStart(exec(\"true\"))",
      "preStop(sleep(5))"})
  void plainInitContainerHasNoProbeOrLifecycleMethods(String call) {
    String method = call.substring(0, call.indexOf('('));
    assertRejected("initContainer(\"setup\").image(\"busybox\")." + call, "InitContainer", method);
    assertCompiles("sidecar(\"proxy\").image(\"envoy:v1.30\")." + call);
    assertCompiles("container(\"app\").image(\"nginx\")." + call);
  }

  // c. Sidecars and init containers come first, interleaved freely; code order is start order.

  @Test
  void sidecarsAndInitContainersInterleaveBeforeTheFirstMain() {
    assertCompiles("""
        pod("web")
            .init(initContainer("a").image("busybox"))
            .sidecar(sidecar("b").image("envoy"))
            .label("app", "web")
            .init(initContainer("c").image("busybox"))
            .sidecar(sidecar("d").image("fluent-bit"))
            .main(container("e").image("nginx"))
            .label("tier", "front")
            .main(container("f").image("redis"))
            .build()""");
  }

  @Test
  void noSidecarOrInitContainerAfterTheFirstMain() {
    assertRejected("""
        pod("web").main(container("app").image("nginx"))
            .sidecar(sidecar("proxy").image("envoy"))""", "PodMainStep", "sidecar");
    assertRejected("""
        pod("web").main(container("app").image("nginx"))
            .init(initContainer("setup").image("busybox"))""", "PodMainStep", "init");
    assertRejected("""
        pod("web").main(container("app").image("nginx")).label("app", "web")
            .sidecar(sidecar("proxy").image("envoy"))""", "PodMainStep", "sidecar");
    assertCompiles("""
        pod("web").sidecar(sidecar("proxy").image("envoy"))
            .main(container("app").image("nginx")).label("app", "web")""");
  }

  // d. No pod without a main container; no container without a name and an image.

  @Test
  void podWithoutMainContainerCannotBeBuiltOrRendered() {
    assertRejected("pod(\"web\").build()", "PodInitStep", "build");
    assertRejected("""
        pod("web").sidecar(sidecar("proxy").image("envoy")).build()""", "PodInitStep", "build");
    assertRejected("""
        pod("web").init(initContainer("setup").image("busybox")).toYaml()""",
        "PodInitStep", "toYaml");
    assertRejected("""
        dev.podwright.yaml.PodYaml.toYaml(pod("web").sidecar(sidecar("proxy").image("envoy")))""",
        "PodInitStep");
    assertCompiles("""
        pod("web").sidecar(sidecar("proxy").image("envoy"))
            .main(container("app").image("nginx")).toYaml()""");
  }

  @Test
  void containerNeedsAnImage() {
    assertRejected("container(\"app\").port(8080)", "ContainerImageStep", "port");
    assertRejected("sidecar(\"proxy\").startupProbe(startupProbe(tcpSocket(15021)))",
        "ContainerImageStep", "startupProbe");
    assertRejected("pod(\"web\").main(container(\"app\"))", "ContainerImageStep", "MainContainer");
    assertRejected("pod(\"web\").sidecar(sidecar(\"proxy\"))",
        "ContainerImageStep", "SidecarContainer");
    assertRejected("pod(\"web\").init(initContainer(\"setup\"))",
        "ContainerImageStep", "InitContainer");
    assertCompiles("pod(\"web\").main(container(\"app\").image(\"nginx\").port(8080))");
  }

  @Test
  void containerNeedsAName() {
    assertRejected("container().image(\"nginx\")", "Pods", "container");
    assertRejected("sidecar().image(\"envoy\")", "Pods", "sidecar");
    assertRejected("initContainer().image(\"busybox\")", "Pods", "initContainer");
    assertCompiles("container(\"app\").image(\"nginx\")");
  }

  // e. successThreshold only on readiness; one handler per probe; one source per env var.

  @Test
  void onlyReadinessProbesHaveSuccessThreshold() {
    assertRejected("livenessProbe(tcpSocket(8080)).successThreshold(2)",
        "LivenessProbe", "successThreshold");
    assertRejected("startupProbe(tcpSocket(8080)).successThreshold(2)",
        "StartupProbe", "successThreshold");
    assertCompiles("readinessProbe(tcpSocket(8080)).successThreshold(2)");
  }

  @Test
  void probeHasExactlyOneHandler() {
    assertRejected("startupProbe(httpGet(\"/ready\", 8080), tcpSocket(8080))",
        "Pods", "ProbeAction");
    assertRejected("readinessProbe()", "Pods", "ProbeAction");
    assertRejected("livenessProbe(tcpSocket(8080)).exec(\"true\")", "LivenessProbe", "exec");
    assertRejected("startupProbe(sleep(1))", "SleepAction", "ProbeAction");
    assertRejected("container(\"app\").image(\"nginx\").preStop(grpc(8080))",
        "GRPCAction", "HookAction");
    assertClassRejected("""
        abstract class TwoHandlers implements dev.podwright.model.ProbeAction {}""",
        "ProbeAction");
    assertCompiles("startupProbe(httpGet(\"/ready\", 8080))");
    assertCompiles("container(\"app\").image(\"nginx\").preStop(sleep(5))");
  }

  @Test
  void envVarFromSourceHasExactlyOneSource() {
    assertRejected("""
        container("app").image("nginx")
            .env("A", fieldRef("metadata.name"), secretKeyRef("db", "password"))""",
        "ContainerStep", "EnvSource");
    assertRejected("""
        container("app").image("nginx").env("A", "literal", fieldRef("metadata.name"))""",
        "ContainerStep", "EnvSource");
    assertClassRejected("""
        abstract class TwoSources implements dev.podwright.model.EnvSource {}""", "EnvSource");
    assertCompiles("""
        container("app").image("nginx").env("A", fieldRef("metadata.name"))""");
  }

  // f. A mount takes a volume object and declares it, so an undeclared volume cannot be mounted.

  @Test
  void volumeMountTakesVolumeNotName() {
    assertRejected("""
        container("app").image("nginx").volumeMount("data", "/data")""", "Volume");
    assertRejected("mount(\"data\", \"/data\")", "Volume");
    assertRejected("""
        container("app").image("nginx").volumeMount(
            dev.podwright.model.VolumeMount.builder().name("data").mountPath("/data").build())""",
        "VolumeMount", "Mount");
    assertCompiles("""
        pod("web").main(container("app").image("nginx")
            .volumeMount(emptyDir("data"), "/data")
            .volumeMount(mount(configMapVolume("config", "app-config"), "/etc/app")
                .readOnly()))""");
  }

  // g. A workload's pod template has no restart policy, namespace or deadline of its own: the
  //    workload decides them, so a Job's template cannot contradict the Job's policy and a
  //    Deployment's cannot choose one the API server rejects.

  @ParameterizedTest
  @ValueSource(strings = {
      "restartPolicy(RestartPolicy.NEVER)", "namespace(\"web\")", "activeDeadlineSeconds(60)"})
  void templateHasNoPodOnlySettings(String call) {
    String method = call.substring(0, call.indexOf('('));
    assertRejected("template().label(\"app\", \"web\")." + call, "TemplateInitStep", method);
    assertRejected("template().main(container(\"app\").image(\"nginx\"))." + call,
        "TemplateMainStep", method);
    assertCompiles("pod(\"web\")." + call + ".main(container(\"app\").image(\"nginx\"))");
    assertCompiles("pod(\"web\").main(container(\"app\").image(\"nginx\"))." + call);
  }

  @Test
  void workloadsTakeATemplateNotAPod() {
    assertRejected("""
        deployment("web", pod("web").restartPolicy(RestartPolicy.NEVER).label("app", "web")
            .main(container("app").image("nginx")))""", "PodMainStep", "TemplateMainStep");
    assertRejected("""
        job("pi", JobRestartPolicy.NEVER, pod("pi").restartPolicy(RestartPolicy.ON_FAILURE)
            .main(container("pi").image("perl")))""", "PodMainStep", "TemplateMainStep");
    assertCompiles("""
        deployment("web", template().label("app", "web").main(container("app").image("nginx")))""");
    assertCompiles("""
        job("pi", JobRestartPolicy.NEVER, template().main(container("pi").image("perl")))""");
  }

  @Test
  void templateCannotBeBuiltOnItsOwn() {
    assertRejected("template().main(container(\"app\").image(\"nginx\")).build()",
        "TemplateMainStep", "build");
    assertRejected("template().main(container(\"app\").image(\"nginx\")).toYaml()",
        "TemplateMainStep", "toYaml");
    assertCompiles("pod(\"web\").main(container(\"app\").image(\"nginx\")).build()");
  }

  @Test
  void templateKeepsTheStartOrder() {
    assertRejected("""
        template().main(container("app").image("nginx")).sidecar(sidecar("proxy").image("envoy"))""",
        "TemplateMainStep", "sidecar");
    assertCompiles("""
        template().init(initContainer("setup").image("busybox"))
            .sidecar(sidecar("proxy").image("envoy")).main(container("app").image("nginx"))""");
  }

  @Test
  void cronJobSuspendsItsScheduleOnlyThroughItsOwnMethod() {
    assertRejected("""
        job("pi", JobRestartPolicy.NEVER, template().main(container("pi").image("perl")))
            .suspendSchedule(true)""", "JobStep", "suspendSchedule");
    assertCompiles("""
        cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER,
            template().main(container("pi").image("perl"))).suspendSchedule(true)""");
  }

  private static void assertRejected(String expression, String... names) {
    Compilation compilation = javac().compile(snippet(expression));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String name : names) {
      assertThat(compilation).hadErrorContaining(name);
    }
  }

  private static void assertClassRejected(String declaration, String name) {
    Compilation compilation = javac().compile(JavaFileObjects.forSourceString("test.Fake",
        "package test;\n\n" + declaration + "\n"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(name);
  }

  private static void assertCompiles(String expression) {
    assertThat(javac().compile(snippet(expression))).succeeded();
  }

  private static JavaFileObject snippet(String expression) {
    return JavaFileObjects.forSourceString("test.Snippet", """
        package test;

        import static dev.podwright.dsl.Pods.*;

        import dev.podwright.dsl.InitContainer;
        import dev.podwright.dsl.JobRestartPolicy;
        import dev.podwright.dsl.PodInitStep;
        import dev.podwright.dsl.ReadinessProbe;
        import dev.podwright.dsl.RestartPolicy;

        class Snippet {
          Object run() {
            return %s;
          }
        }
        """.formatted(expression));
  }
}
