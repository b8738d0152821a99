package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.compile;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.generated;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.sidecar;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.dsl.Pods;
import dev.podwright.dsl.ResizeRestartPolicy;
import dev.podwright.model.Pod;
import dev.podwright.model.PodResourceClaim;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.ResourceClaim;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.WindowsSecurityContextOptions;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Windows options of the pod and container security contexts, container resize policies and
 * dynamic resource claims: the generated spec and its YAML resource are the object the DSL builds, and the API server's rules on them are errors on the
 * offending member.
 */
class PodSpecProcessorWindowsResizeClaimsTest {
  @Test
  void windowsOptionsBuildTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", os = "windows", hostNetwork = true,
            securityContext = @PodSecurity(windowsRunAsUserName = "NT AUTHORITY\\\\SYSTEM",
                windowsHostProcess = true))
        interface Sample {
          @Main(image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
              securityContext = @Security(windowsGmsaCredentialSpecName = "webapp1",
                  windowsGmsaCredentialSpec = "{\\"CmsPlugins\\":[\\"ActiveDirectory\\"]}",
                  windowsHostProcess = true))
          void app();
        }
        """);
    Pod expected = Pods.pod("p").os("windows").hostNetwork(true)
        .securityContext(PodSecurityContext.builder()
            .windowsOptions(WindowsSecurityContextOptions.builder()
                .runAsUserName("NT AUTHORITY\\SYSTEM").hostProcess(true).build())
            .build())
        .main(container("app").image("mcr.microsoft.com/windows/nanoserver:ltsc2022")
            .securityContext(SecurityContext.builder()
                .windowsOptions(WindowsSecurityContextOptions.builder()
                    .gmsaCredentialSpecName("webapp1")
                    .gmsaCredentialSpec("{\"CmsPlugins\":[\"ActiveDirectory\"]}")
                    .hostProcess(true).build())
                .build()))
        .build();

    Pod pod = (Pod) generated(src, "pod", "META-INF/podwright/p.yaml");

    assertThat(pod).isEqualTo(expected);
  }

  @Test
  void windowsRulesLandOnTheirMembers() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            securityContext = @PodSecurity(windowsRunAsUserName = ""))
        interface Sample {
          @Main(image = "busybox",
              securityContext = @Security(windowsGmsaCredentialSpecName = "Not_A_Name"))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.securityContext.windowsOptions.runAsUserName: "
            + "Invalid value: \"\": runAsUserName cannot be an empty string")
        .inFile(src).onLineContaining("windowsRunAsUserName = \"\"");
    assertThat(c).hadErrorContaining("spec.containers[0].securityContext.windowsOptions."
            + "gmsaCredentialSpecName: Invalid value: \"Not_A_Name\"")
        .inFile(src).onLineContaining("windowsGmsaCredentialSpecName = \"Not_A_Name\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void resizePolicyBuildsTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p")
        interface Sample {
          @Sidecar(image = "envoy", resizePolicy = @Resize(resource = "cpu"))
          void proxy();

          @Main(image = "busybox", resizePolicy = {@Resize(resource = "cpu"),
              @Resize(resource = "memory", restartPolicy = "RestartContainer")})
          void app();
        }
        """);
    Pod expected = Pods.pod("p")
        .sidecar(sidecar("proxy").image("envoy")
            .resizePolicy("cpu", ResizeRestartPolicy.NOT_REQUIRED))
        .main(container("app").image("busybox")
            .resizePolicy("cpu", ResizeRestartPolicy.NOT_REQUIRED)
            .resizePolicy("memory", ResizeRestartPolicy.RESTART_CONTAINER))
        .build();

    Pod pod = (Pod) generated(src, "pod", "META-INF/podwright/p.yaml");

    assertThat(pod).isEqualTo(expected);
  }

  @Test
  void resizeMistakesAreErrorsOnTheirResize() {
    JavaFileObject src = source("""
        @PodSpec(name = "p")
        interface Sample {
          @Main(image = "busybox", resizePolicy = {@Resize(resource = "cpu"),
              @Resize(resource = "cpu", restartPolicy = "RestartContainer"),
              @Resize(resource = "memory", restartPolicy = "Always")})
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightUnsupportedValue] restartPolicy \"Always\" is "
            + "not supported")
        .inFile(src).onLineContaining("restartPolicy = \"Always\"");
    // The 1.33 default target prints a core.ResourceName bare (apimachinery v0.33 ErrorBody).
    assertThat(c).hadErrorContaining("spec.containers[0].resizePolicy[1]: Duplicate value: cpu")
        .inFile(src).onLineContaining("restartPolicy = \"RestartContainer\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void resourceClaimsBuildTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", resourceClaims = {
            @DeviceClaim(name = "gpu", resourceClaimTemplateName = "single-gpu"),
            @DeviceClaim(name = "shared", resourceClaimName = "nic-pool")})
        interface Sample {
          @Sidecar(image = "envoy", claims = @ClaimUse(name = "shared", request = "nic"))
          void proxy();

          @Main(image = "cuda", requests = @Resource(name = "cpu", quantity = "1"),
              claims = {@ClaimUse(name = "gpu"), @ClaimUse(name = "shared", request = "rdma")})
          void app();
        }
        """);
    Pod expected = Pods.pod("p")
        .resourceClaim(PodResourceClaim.builder().name("gpu")
            .resourceClaimTemplateName("single-gpu").build())
        .resourceClaim(PodResourceClaim.builder().name("shared")
            .resourceClaimName("nic-pool").build())
        .sidecar(sidecar("proxy").image("envoy").resourceClaim("shared", "nic"))
        .main(container("app").image("cuda").requests(Pods.cpu("1"))
            .resourceClaim("gpu").resourceClaim("shared", "rdma"))
        .build();

    Pod pod = (Pod) generated(src, "pod", "META-INF/podwright/p.yaml");

    assertThat(pod).isEqualTo(expected);
    assertThat(pod.spec().containers().get(0).resources().orElseThrow().claims())
        .extracting(ResourceClaim::name).containsExactly("gpu", "shared");
  }
}
