package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed input never crashes javac: sources that do not compile for reasons of their own
 * (missing or mistyped annotation values, unknown types and constants, annotations on the wrong
 * kind of element) fail with errors, and javac's output shows no exception, no stack trace and no
 * {@code [PodwrightUnexpected]} (which would mean the guard caught a processor bug). For some of
 * them javac stops before annotation processing; the others reach the processor, which reports
 * {@code [PodwrightMalformed]}, {@code [PodwrightTarget]} or {@code [PodwrightOrphanContainer]}
 * (see {@link #malformedValuesReachingTheProcessorAreTaggedErrors}).
 */
class PodSpecProcessorMalformedTest {
  private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(");

  @ParameterizedTest(name = "missing or mistyped value: {0}")
  @ValueSource(strings = {
      // a required element left out
      "@PodSpec(name = \"p\") interface P { @Main() void app(); }",
      "@JobSpec(name = \"j\") interface P { @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\", volumes = @Volume(emptyDir = @EmptyDir)) interface P {"
          + " @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\", labels = @Label(key = \"app\")) interface P {"
          + " @Main(image = \"busybox\") void app(); }",
      // values of the wrong type
      "@PodSpec(name = \"p\") interface P { @Main(image = 42) void app(); }",
      "@PodSpec(name = 7) interface P { @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\", terminationGracePeriodSeconds = \"30\") interface P {"
          + " @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\", hostNetwork = 1) interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", command = {1, 2}) void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", ports = 8080) void app(); }",
      "@PodSpec(name = \"p\", volumes = @Mount(volume = \"v\", path = \"/v\")) interface P {"
          + " @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\","
          + " readinessProbe = @Probe(httpGet = @TcpSocket(port = 80))) void app(); }",
      // erroneous values: unknown constants and expressions
      "@PodSpec(name = \"p\") interface P { @Main(image = UNKNOWN_IMAGE) void app(); }",
      "@PodSpec(name = Missing.NAME) interface P { @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", ports = @Port(containerPort ="
          + " Ports.HTTP)) void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", args = {\"a\", NOPE})"
          + " void app(); }",
      // an unknown annotation among the known ones
      "@PodSpec(name = \"p\", volumes = @Volum(name = \"v\")) interface P {"
          + " @Main(image = \"busybox\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Mian(image = \"busybox\") void app(); }",
      // workload-level values (issue 11)
      "@JobSpec(name = \"j\", restartPolicy = \"Never\", podFailurePolicy = @PodFailurePolicy("
          + "rules = @PodFailureRule(action = \"Ignore\", exitCodes = {\"a\"}))) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@JobSpec(name = \"j\", restartPolicy = \"Never\", podFailurePolicy = @PodFailurePolicy("
          + "rules = @PodFailureRule(exitCodes = 1))) interface P { @Main(image = \"b\") void app(); }",
      "@StatefulSetSpec(name = \"s\", volumeClaimTemplates = @ClaimTemplate(name = \"d\","
          + " storage = 10)) @PodSpec(labels = @Label(key = \"a\", value = \"b\")) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@DaemonSetSpec(name = \"d\", updateStrategy = OnDelete) interface P {"
          + " @Main(image = \"b\") void app(); }",
      // spread, pod affinity, job, stateful set and volume members added since
      "@PodSpec(name = \"p\", topologySpread = @TopologySpread(maxSkew = 2)) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", topologySpread = @TopologySpread(topologyKey = ZONE)) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", topologySpread = @TopologySpread(topologyKey = \"k\","
          + " maxSkew = \"1\")) interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", podAntiAffinity = @PodAffinity(topologyKey = \"k\", weight = W))"
          + " interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", podAffinity = @Label(key = \"a\", value = \"b\")) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", hostPID = \"yes\") interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", volumes = @Volume(name = \"v\", csi = @Csi())) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", volumes = @Volume(name = \"v\", ephemeral = @Ephemeral(storage ="
          + " SIZE))) interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", volumes = @Volume(name = \"v\", image = @ImageVolume(reference ="
          + " 3))) interface P { @Main(image = \"b\") void app(); }",
      "@JobSpec(name = \"j\", restartPolicy = \"Never\", successPolicy = @SuccessRule("
          + "succeededCount = N)) interface P { @Main(image = \"b\") void app(); }",
      "@JobSpec(name = \"j\", restartPolicy = \"Never\", backoffLimitPerIndex = \"1\")"
          + " interface P { @Main(image = \"b\") void app(); }",
      "@StatefulSetSpec(name = \"s\", persistentVolumeClaimRetentionPolicy = @ClaimRetention("
          + "whenDeleted = DELETE)) @PodSpec(labels = @Label(key = \"a\", value = \"b\"))"
          + " interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", hostAliases = @HostAlias(ip = \"10.0.0.1\")) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", resizePolicy = @Resize())"
          + " void app(); }",
      "@PodSpec(name = \"p\") interface P { @Sidecar(image = \"b\", resizePolicy = @Resize("
          + "resource = CPU, restartPolicy = 1)) void proxy(); @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", resizePolicy = \"cpu\")"
          + " void app(); }",
      "@PodSpec(name = \"p\", securityContext = @PodSecurity(windowsHostProcess = \"yes\"))"
          + " interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", securityContext = @Security("
          + "windowsRunAsUserName = USER)) void app(); }",
      "@PodSpec(name = \"p\", resourceClaims = @DeviceClaim()) interface P {"
          + " @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\", resourceClaims = @DeviceClaim(name = \"g\","
          + " resourceClaimName = NAME)) interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", claims = @ClaimUse(request ="
          + " 2)) void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\", claims = @Resize(resource ="
          + " \"cpu\")) void app(); }",
      "@PodSpec(name = \"p\", dnsConfig = @DnsConfig(options = @Label(key = K, value = \"1\")))"
          + " interface P { @Main(image = \"b\") void app(); }",
      "@StatefulSetSpec(name = \"s\", ordinalsStart = START) @PodSpec(labels = @Label("
          + "key = \"a\", value = \"b\")) interface P { @Main(image = \"b\") void app(); }"})
  void malformedValuesAreErrorsNotCrashes(String body) {
    assertErrorsWithoutCrash(body);
  }

  @org.junit.jupiter.api.Test
  void malformedValuesReachingTheProcessorAreTaggedErrors() {
    JavaFileObject src = JavaFileObjects.forSourceString("test.P", """
        package test;

        import dev.podwright.annotations.Podwright.*;

        @PodSpec(name = "p")
        interface P {
          @Main(image = UNKNOWN_IMAGE)
          void app();
        }
        """);
    Compilation c = Compilations.compile(src);
    assertNoCrash(c);
    assertThat(c).hadErrorContaining("[PodwrightMalformed] @Main(image) is not a string")
        .inFile(src).onLineContaining("UNKNOWN_IMAGE");
  }

  @org.junit.jupiter.api.Test
  void objectAnnotationOnAnEnumIsATaggedError() {
    JavaFileObject src = JavaFileObjects.forSourceString("test.P", """
        package test;

        import dev.podwright.annotations.Podwright.*;

        @PodSpec(name = "p")
        enum P {
          A;
          @Main(image = "busybox")
          void app() {}
        }
        """);
    Compilation c = Compilations.compile(src);
    assertNoCrash(c);
    assertThat(c).hadErrorContaining("[PodwrightTarget] @PodSpec applies to a class or an "
            + "interface, not to enum")
        .inFile(src).onLineContaining("@PodSpec(");
  }

  @ParameterizedTest(name = "erroneous types: {0}")
  @ValueSource(strings = {
      "@PodSpec(name = \"p\") interface P extends Unknown { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\") Unknown app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\") void app(Unknown u); }",
      "@PodSpec(name = \"p\") class P extends Missing { @Main(image = \"b\") Unknown app; }",
      "@PodSpec(name = \"p\") class P<T extends Missing> { @Main(image = \"b\") T app; }",
      "@PodSpec(name = \"p\") @Unknown interface P { @Main(image = \"b\") void app(); }",
      "@PodSpec(name = \"p\") interface P { @Main(image = \"b\") @Unknown void app(); "
          + "Missing other(); }"})
  void erroneousTypesLeftByOtherMistakesAreNotCrashes(String body) {
    assertErrorsWithoutCrash(body);
  }

  @ParameterizedTest(name = "wrong target: {0}")
  @ValueSource(strings = {
      // an object annotation on something that cannot hold containers
      "@PodSpec(name = \"p\") enum P { A; @Main(image = \"b\") void app() {} }",
      "@PodSpec(name = \"p\") record P(@Main(image = \"b\") String app) {}",
      "@PodSpec(name = \"p\") @interface P { @Main(image = \"b\") String app(); }",
      "interface P { @PodSpec(name = \"p\") void app(); }",
      "interface P { @DeploymentSpec(name = \"d\") String APP = \"x\"; }",
      "class P { void run(@JobSpec(name = \"j\", restartPolicy = \"Never\") String s) {} }",
      // a container annotation on a type, an enum constant, a record component or a parameter
      "@Main(image = \"b\") interface P {}",
      "@Sidecar(image = \"b\") enum P { A }",
      "@PodSpec(name = \"p\") enum P { @Main(image = \"b\") A }",
      "record P(@Init(image = \"b\") String setup) {}",
      "class P { void run(@Main(image = \"b\") String s) {} }",
      "interface P { @Main(image = \"b\") void app(); }"})
  void annotationsOnTheWrongKindOfElementAreErrorsNotCrashes(String body) {
    assertErrorsWithoutCrash(body);
  }

  @ParameterizedTest(name = "package: {0}")
  @ValueSource(strings = {"@PodSpec(name = \"p\")", "@Main(image = \"b\")",
      "@CronJobSpec(name = \"c\", schedule = \"@daily\", restartPolicy = \"Never\")"})
  void annotationsOnAPackageAreErrorsNotCrashes(String annotation) {
    JavaFileObject info = JavaFileObjects.forSourceString("test.package-info",
        annotation + "\npackage test;\n\nimport dev.podwright.annotations.Podwright.*;\n");
    assertNoCrash(Compilations.compile(info));
  }

  private static void assertErrorsWithoutCrash(String body) {
    JavaFileObject src = JavaFileObjects.forSourceString("test.P",
        "package test;\n\nimport dev.podwright.annotations.Podwright.*;\n\n" + body + "\n");
    assertNoCrash(Compilations.compile(src));
  }

  private static void assertNoCrash(Compilation c) {
    assertThat(c).failed();
    if (System.getenv("PODWRIGHT_DEBUG") != null) {
      c.diagnostics().forEach(d -> System.out.println("DIAG " + d.getKind() + " "
          + d.getMessage(Locale.ROOT).replace('\n', ' ')));
      System.out.println("----");
    }
    String output = c.diagnostics().stream()
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertThat(c.diagnostics()).anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    assertThat(output)
        .doesNotContain("An annotation processor threw an uncaught exception")
        .doesNotContain("[PodwrightUnexpected]")
        .doesNotContainPattern("java\\.lang\\.\\w*(Exception|Error)\\b")
        .doesNotContainPattern(STACK_LINE);
  }
}
