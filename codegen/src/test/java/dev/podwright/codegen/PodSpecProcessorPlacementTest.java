package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.dsl.Pods;
import dev.podwright.model.Deployment;
import dev.podwright.model.Pod;
import dev.podwright.yaml.PodYaml;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Node affinity by label, zone spread, one replica per node, the service account token and
 * pod-level resources: the generated spec builds the same object as the DSL, and mistakes are
 * tagged errors on the offending value.
 */
class PodSpecProcessorPlacementTest {
  private static Compilation compile(JavaFileObject source) {
    return Compilations.compile(source);
  }

  @Test
  void placementMembersBuildTheDslDeployment() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", replicas = 3)
        @PodSpec(labels = @Label(key = "app", value = "web"),
            automountServiceAccountToken = false,
            requireNodeLabels = {@NodeLabel(key = "kubernetes.io/arch", values = {"amd64", "arm64"}),
                @NodeLabel(key = "gpu")},
            preferNodeLabels = @PreferredNodeLabel(weight = 50, key = "pool", values = "fast"),
            spreadAcrossZones = 2,
            oneReplicaPerNode = true)
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    Deployment generated =
        (Deployment) GeneratedClasses.call(c, "com.example.SampleSpec", "deployment");
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/podwright/web.yaml")
        .contentsAsUtf8String().isEqualTo(PodYaml.toYaml(generated));
    Deployment expected = Pods.deployment("web", template().label("app", "web")
            .automountServiceAccountToken(false)
            .requireNodeLabel("kubernetes.io/arch", "amd64", "arm64")
            .requireNodeLabel("gpu")
            .preferNodeLabel(50, "pool", "fast")
            .spreadAcrossZones(2)
            .oneReplicaPerNode()
            .main(container("web").image("nginx:1.27")))
        .replicas(3)
        .build();
    assertThat(generated).isEqualTo(expected);
  }

  @Test
  void podLevelResourcesBuildTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            podRequests = {@Resource(name = "cpu", quantity = "1"),
                @Resource(name = "memory", quantity = "1Gi")},
            podLimits = @Resource(name = "memory", quantity = "2Gi"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    Pod generated = (Pod) GeneratedClasses.call(c, "com.example.SampleSpec", "pod");
    assertThat(generated).isEqualTo(Pods.pod("p")
        .main(container("app").image("busybox"))
        .podRequests(cpu("1"), memory("1Gi"))
        .podLimits(memory("2Gi"))
        .build());
  }

  @Test
  void malformedPodRequestIsAnErrorOnTheQuantity() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            podRequests = @Resource(name = "cpu", quantity = "lots"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightQuantity] quantity 'lots' (pod-level requests of"
            + " 'cpu') is malformed")
        .inFile(src).onLineContaining("quantity = \"lots\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void preferenceWeightOutOfRangeIsAnErrorOnTheWeight() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            preferNodeLabels = @PreferredNodeLabel(
                weight = 101, key = "pool"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("weight: Invalid value: 101")
        .inFile(src).onLineContaining("weight = 101");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void zeroZoneSkewIsAnErrorOnTheSpread() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", labels = @Label(key = "app", value = "p"),
            spreadAcrossZones = 0)
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0")
        .inFile(src).onLineContaining("spreadAcrossZones = 0");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void spreadWithoutLabelsIsAnErrorNotACrash() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", oneReplicaPerNode = true)
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("oneReplicaPerNode() selects the pod's own labels")
        .inFile(src).onLineContaining("@PodSpec(");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void securityProfilesSysctlsAndGroupsBuildTheDslObjects() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", securityContext = @PodSecurity(supplementalGroups = {4000, 5000},
            fsGroup = 2000, fsGroupChangePolicy = "OnRootMismatch",
            appArmorProfile = "RuntimeDefault", seLinuxLevel = "s0:c123,c456",
            sysctls = @Sysctl(name = "net.ipv4.ping_group_range", value = "0 2147483647")))
        interface Sample {
          @Main(image = "busybox", securityContext = @Security(appArmorProfile = "Localhost",
              appArmorLocalhostProfile = "k8s-apparmor-example", seLinuxLevel = "s0:c1,c2",
              procMount = "Default"))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    Pod generated = (Pod) GeneratedClasses.call(c, "com.example.SampleSpec", "pod");
    assertThat(generated).isEqualTo(Pods.pod("p")
        .main(container("app").image("busybox")
            .appArmorProfile(Pods.appArmorLocalhost("k8s-apparmor-example"))
            .seLinuxOptions(Pods.seLinuxLevel("s0:c1,c2"))
            .procMount(dev.podwright.dsl.ProcMountType.DEFAULT))
        .fsGroup(2000)
        .appArmorProfile(Pods.appArmorRuntimeDefault())
        .seLinuxOptions(Pods.seLinuxLevel("s0:c123,c456"))
        .supplementalGroup(4000).supplementalGroup(5000)
        .podSpec(s -> s.securityContext(dev.podwright.model.PodSecurityContext.builder()
            .from(s.build().securityContext().orElseThrow())
            .fsGroupChangePolicy("OnRootMismatch").build()))
        .sysctl("net.ipv4.ping_group_range", "0 2147483647")
        .build());
  }

  @Test
  void unknownFsGroupChangePolicyIsAnErrorOnThePolicy() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", securityContext = @PodSecurity(
            fsGroupChangePolicy = "Sometimes"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.securityContext.fsGroupChangePolicy: Unsupported value:"
            + " \"Sometimes\"")
        .inFile(src).onLineContaining("fsGroupChangePolicy = \"Sometimes\"");
    assertThat(c).hadErrorCount(1);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "spreadAcrossZones = ZONES",
      "requireNodeLabels = @NodeLabel(key = \"k\", values = {\"a\", NOPE})",
      "preferNodeLabels = @PreferredNodeLabel(weight = HEAVY, key = \"k\")",
      "podRequests = @Resource(name = \"cpu\", quantity = CPU)",
      "securityContext = @PodSecurity(supplementalGroups = {1, GROUP})"})
  void erroneousPlacementValuesAreErrorsNotCrashes(String member) {
    JavaFileObject src = source("""
        @PodSpec(name = "p", labels = @Label(key = "app", value = "p"), %s)
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """.formatted(member));
    Compilation c = compile(src);
    assertThat(c).failed();
    if (member.startsWith("spreadAcrossZones")) { // reaches the processor, as @Main(image = X)
      assertThat(c).hadErrorContaining("[PodwrightMalformed] @PodSpec(spreadAcrossZones)");
    }
    String output = c.diagnostics().toString();
    assertThat(output).doesNotContain("PodwrightUnexpected").doesNotContainPattern(
        "(?m)^\\s*at [\\w$.]+\\(");
  }
}
