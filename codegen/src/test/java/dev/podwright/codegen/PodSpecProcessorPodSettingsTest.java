package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.httpHeader;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.Pods;
import dev.podwright.model.Capabilities;
import dev.podwright.model.Job;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Toleration;
import dev.podwright.yaml.PodYaml;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Tolerations, pod and container security contexts with every option the model has, and HTTP
 * GET headers: the generated spec builds the same object as the DSL, and mistakes are tagged
 * errors on the offending value.
 */
class PodSpecProcessorPodSettingsTest {
  private static Compilation compile(JavaFileObject source) {
    return Compilations.compile(source);
  }

  @Test
  void tolerationsSecurityContextsAndHeadersBuildTheDslObject() {
    JavaFileObject src = source("""
        @JobSpec(name = "scan", restartPolicy = "Never")
        @PodSpec(
            tolerations = {
                @Toleration(key = "dedicated", operator = "Equal", value = "batch",
                    effect = "NoSchedule"),
                @Toleration(key = "node.kubernetes.io/unreachable", operator = "Exists",
                    effect = "NoExecute", tolerationSeconds = 60)},
            securityContext = @PodSecurity(runAsUser = 1000, runAsGroup = 3000,
                runAsNonRoot = true, fsGroup = 2000, seccompProfile = "RuntimeDefault"))
        interface Sample {
          @Main(image = "example/scan:1.0",
              readinessProbe = @Probe(httpGet = @HttpGet(path = "/ready", port = 8080,
                  headers = @HttpHeader(name = "X-Probe", value = "kubelet"))),
              securityContext = @Security(capabilitiesDrop = "ALL", privileged = false,
                  allowPrivilegeEscalation = false, readOnlyRootFilesystem = true,
                  runAsUser = 1001, runAsGroup = 3001, runAsNonRoot = true,
                  seccompProfile = "Localhost", seccompLocalhostProfile = "profiles/scan.json"))
          void scan();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    Job generated = (Job) GeneratedClasses.call(c, "com.example.SampleSpec", "job");
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/podwright/scan.yaml")
        .contentsAsUtf8String().isEqualTo(PodYaml.toYaml(generated));

    Job expected = Pods.job("scan", JobRestartPolicy.NEVER, template()
            .toleration(Toleration.builder().key("dedicated").operator("Equal").value("batch")
                .effect("NoSchedule").build())
            .toleration(Toleration.builder().key("node.kubernetes.io/unreachable")
                .operator("Exists").effect("NoExecute").tolerationSeconds(60L).build())
            .securityContext(PodSecurityContext.builder().runAsUser(1000L).runAsGroup(3000L)
                .runAsNonRoot(true).fsGroup(2000L)
                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build())
                .build())
            .main(container("scan").image("example/scan:1.0")
                .readinessProbe(readinessProbe(
                    httpGet("/ready", 8080, httpHeader("X-Probe", "kubelet"))))
                .securityContext(SecurityContext.builder()
                    .capabilities(Capabilities.builder().addDrop("ALL").build())
                    .privileged(false).allowPrivilegeEscalation(false)
                    .readOnlyRootFilesystem(true).runAsUser(1001L).runAsGroup(3001L)
                    .runAsNonRoot(true)
                    .seccompProfile(SeccompProfile.builder().type("Localhost")
                        .localhostProfile("profiles/scan.json").build())
                    .build())))
        .build();
    assertThat(generated).isEqualTo(expected);
    assertThat(PodYaml.toYaml(generated))
        .containsSubsequence("httpHeaders:", "- name: X-Probe", "value: kubelet")
        .containsSubsequence("tolerations:", "- key: dedicated", "operator: Equal");
  }

  @Test
  void badTolerationOperatorIsAnErrorOnTheOperator() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", tolerations = @Toleration(key = "dedicated",
            operator = "Sometimes", value = "batch"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.tolerations[0].operator: Unsupported value: "
            + "\"Sometimes\"")
        .inFile(src).onLineContaining("operator = \"Sometimes\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void localhostSeccompWithoutProfileIsAnErrorOnTheProfileType() {
    JavaFileObject src = source("""
        @PodSpec(name = "p")
        interface Sample {
          @Main(image = "busybox", securityContext = @Security(
              seccompProfile = "Localhost"))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.containers[0].securityContext.seccompProfile."
            + "localhostProfile: Required value")
        .inFile(src).onLineContaining("seccompProfile = \"Localhost\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void negativeFsGroupIsAnErrorOnTheFsGroup() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", securityContext = @PodSecurity(
            fsGroup = -1))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.securityContext.fsGroup: Invalid value: -1")
        .inFile(src).onLineContaining("fsGroup = -1");
  }

  @Test
  void twoPodSecurityContextsAreAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", securityContext = {@PodSecurity(runAsUser = 1),
            @PodSecurity(runAsUser = 2)})
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightTooMany] pod 'p' declares 2 values "
            + "for securityContext, but it takes at most one; keep one")
        .inFile(src).onLineContaining("@PodSpec(");
  }
}
