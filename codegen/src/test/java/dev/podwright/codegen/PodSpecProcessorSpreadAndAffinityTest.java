package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.podwright.codegen.PodSpecProcessorErrorsTest.compile;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.generated;
import static dev.podwright.codegen.PodSpecProcessorWorkloadsTest.source;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.matchLabels;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.dsl.Pods;
import dev.podwright.model.CSIVolumeSource;
import dev.podwright.model.Deployment;
import dev.podwright.model.EphemeralVolumeSource;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.ImageVolumeSource;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.PersistentVolumeClaimTemplate;
import dev.podwright.model.Pod;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodDNSConfigOption;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.TopologySpreadConstraint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * General topology spread, pod affinity and anti-affinity, runtime settings, full SELinux
 * options, httpGet scheme and host, and CSI, generic ephemeral and image volumes: the generated
 * spec and its YAML resource are the object the DSL builds, and mistakes are tagged errors on the
 * offending element.
 */
class PodSpecProcessorSpreadAndAffinityTest {
  @Test
  void spreadAndPodAffinityBuildTheDslDeployment() {
    JavaFileObject src = source("""
        @DeploymentSpec(name = "web", replicas = 6)
        @PodSpec(labels = @Label(key = "app", value = "web"),
            spreadAcrossZones = 1,
            oneReplicaPerNode = true,
            topologySpread = {
                @TopologySpread(topologyKey = "kubernetes.io/hostname", maxSkew = 2,
                    whenUnsatisfiable = "ScheduleAnyway", nodeTaintsPolicy = "Honor",
                    matchLabelKeys = "pod-template-hash"),
                @TopologySpread(topologyKey = "topology.kubernetes.io/region", minDomains = 2,
                    matchLabels = @Label(key = "tier", value = "front"))},
            podAffinity = {
                @PodAffinity(topologyKey = "topology.kubernetes.io/zone",
                    matchLabels = @Label(key = "app", value = "cache")),
                @PodAffinity(topologyKey = "kubernetes.io/hostname", weight = 20,
                    matchLabels = @Label(key = "app", value = "cache"))},
            podAntiAffinity = @PodAffinity(topologyKey = "topology.kubernetes.io/zone",
                weight = 100),
            runtimeClassName = "gvisor", hostPID = false, hostIPC = false, hostUsers = false,
            os = "linux")
        interface Sample {
          @Main(image = "nginx:1.27")
          void web();
        }
        """);
    Deployment expected = Pods.deployment("web", template().label("app", "web")
            .spreadAcrossZones(1)
            .oneReplicaPerNode()
            .topologySpreadConstraint(TopologySpreadConstraint.builder()
                .maxSkew(2).topologyKey("kubernetes.io/hostname")
                .whenUnsatisfiable("ScheduleAnyway").nodeTaintsPolicy("Honor")
                .addMatchLabelKey("pod-template-hash")
                .labelSelector(matchLabels("app", "web"))
                .build())
            .topologySpreadConstraint(TopologySpreadConstraint.builder()
                .maxSkew(1).topologyKey("topology.kubernetes.io/region")
                .whenUnsatisfiable("DoNotSchedule").minDomains(2)
                .labelSelector(matchLabels("tier", "front"))
                .build())
            .requirePodAffinity("topology.kubernetes.io/zone", matchLabels("app", "cache"))
            .preferPodAffinity(20, "kubernetes.io/hostname", matchLabels("app", "cache"))
            .preferPodAntiAffinity(100, "topology.kubernetes.io/zone", matchLabels("app", "web"))
            .runtimeClassName("gvisor").hostPID(false).hostIPC(false).hostUsers(false)
            .os("linux")
            .main(container("web").image("nginx:1.27")))
        .replicas(6)
        .build();

    Deployment deployment = (Deployment) generated(src, "deployment",
        "META-INF/podwright/web.yaml");

    assertThat(deployment).isEqualTo(expected);
  }

  @Test
  void volumesSecurityAndProbeDetailsBuildTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            securityContext = @PodSecurity(seLinuxLevel = "s0:c1,c2", seLinuxType = "svirt_t",
                supplementalGroupsPolicy = "Strict", seLinuxChangePolicy = "Recursive"),
            volumes = {
                @Volume(name = "secrets", csi = @Csi(driver = "secrets-store.csi.k8s.io",
                    readOnly = true,
                    volumeAttributes = @Label(key = "secretProviderClass", value = "vault"),
                    nodePublishSecretRef = "creds")),
                @Volume(name = "plain-csi", csi = @Csi(driver = "csi.example.com")),
                @Volume(name = "scratch", ephemeral = @Ephemeral(storage = "1Gi")),
                @Volume(name = "fast", ephemeral = @Ephemeral(storage = "2Gi",
                    storageClassName = "ssd")),
                @Volume(name = "model", image = @ImageVolume(reference = "quay.io/m/llm:1",
                    pullPolicy = "IfNotPresent"))})
        interface Sample {
          @Main(image = "busybox",
              securityContext = @Security(seLinuxUser = "system_u", seLinuxRole = "system_r"),
              readinessProbe = @Probe(httpGet = @HttpGet(path = "/ready", port = 8443,
                  scheme = "HTTPS", host = "127.0.0.1",
                  headers = @HttpHeader(name = "X-Probe", value = "1"))),
              mounts = {@Mount(volume = "secrets", path = "/secrets"),
                  @Mount(volume = "scratch", path = "/scratch"),
                  @Mount(volume = "fast", path = "/fast"),
                  @Mount(volume = "model", path = "/model"),
                  @Mount(volume = "plain-csi", path = "/csi")})
          void app();
        }
        """);
    var secrets = Pods.volume("secrets", CSIVolumeSource.builder()
        .driver("secrets-store.csi.k8s.io").readOnly(true)
        .putVolumeAttribute("secretProviderClass", "vault")
        .nodePublishSecretRef(LocalObjectReference.builder().name("creds").build())
        .build());
    var plainCsi = Pods.csi("plain-csi", "csi.example.com");
    var scratch = Pods.volume("scratch", EphemeralVolumeSource.builder()
        .volumeClaimTemplate(PersistentVolumeClaimTemplate.builder()
            .spec(PersistentVolumeClaimSpec.builder().addAccessMode("ReadWriteOnce")
                .resources(ResourceRequirements.builder()
                    .putRequest("storage", Quantity.parse("1Gi")).build())
                .build())
            .build())
        .build());
    var fast = Pods.ephemeral("fast", "ssd", "2Gi");
    var model = Pods.volume("model", ImageVolumeSource.builder().reference("quay.io/m/llm:1")
        .pullPolicy("IfNotPresent").build());
    Pod expected = Pods.pod("p")
        .securityContext(PodSecurityContext.builder()
            .seLinuxOptions(SELinuxOptions.builder().level("s0:c1,c2").type("svirt_t").build())
            .supplementalGroupsPolicy("Strict").seLinuxChangePolicy("Recursive")
            .build())
        .volume(secrets).volume(plainCsi).volume(scratch).volume(fast).volume(model)
        .main(container("app").image("busybox")
            .securityContext(SecurityContext.builder()
                .seLinuxOptions(SELinuxOptions.builder().user("system_u").role("system_r")
                    .build())
                .build())
            .readinessProbe(readinessProbe(HTTPGetAction.builder()
                .from(Pods.httpGet("/ready", 8443, Pods.httpHeader("X-Probe", "1")))
                .scheme("HTTPS").host("127.0.0.1").build()))
            .volumeMount(secrets, "/secrets").volumeMount(scratch, "/scratch")
            .volumeMount(fast, "/fast").volumeMount(model, "/model")
            .volumeMount(plainCsi, "/csi"))
        .build();

    Pod pod = (Pod) generated(src, "pod", "META-INF/podwright/p.yaml");

    assertThat(pod).isEqualTo(expected);
  }

  @Test
  void gatesHostAliasesAndDnsConfigBuildTheDslPod() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", schedulingGates = "example.com/quota",
            readinessGates = "example.com/registered",
            hostAliases = @HostAlias(ip = "10.0.0.7", hostnames = {"db", "db.local"}),
            dnsPolicy = "None",
            dnsConfig = @DnsConfig(nameservers = "10.0.0.10", searches = "svc.cluster.local",
                options = {@Label(key = "ndots", value = "2"),
                    @Label(key = "edns0", value = "")}))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Pod expected = Pods.pod("p")
        .dnsPolicy(dev.podwright.dsl.DnsPolicy.NONE)
        .schedulingGate("example.com/quota")
        .readinessGate("example.com/registered")
        .hostAlias("10.0.0.7", "db", "db.local")
        .dnsConfig(PodDNSConfig.builder().addNameserver("10.0.0.10")
            .addSearch("svc.cluster.local")
            .addOption(PodDNSConfigOption.builder().name("ndots").value("2").build())
            .addOption(PodDNSConfigOption.builder().name("edns0").build())
            .build())
        .main(container("app").image("busybox"))
        .build();

    Pod pod = (Pod) generated(src, "pod", "META-INF/podwright/p.yaml");

    assertThat(pod).isEqualTo(expected);
  }

  @Test
  void termWithoutLabelsToSelectIsAnErrorOnTheTerm() {
    JavaFileObject src = source("""
        @PodSpec(name = "p",
            podAntiAffinity = @PodAffinity(topologyKey = "kubernetes.io/hostname"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightSelector] the podAntiAffinity term on "
            + "'kubernetes.io/hostname' selects the pod's own labels, but the pod has none")
        .inFile(src).onLineContaining("podAntiAffinity =");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void unsupportedSpreadChoiceIsAnErrorOnTheValue() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", labels = @Label(key = "app", value = "p"),
            topologySpread = @TopologySpread(topologyKey = "zone",
                whenUnsatisfiable = "Never"))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightUnsupportedValue] whenUnsatisfiable \"Never\" "
            + "is not supported")
        .inFile(src).onLineContaining("whenUnsatisfiable = \"Never\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void serverRulesOnTheNewMembersLandOnTheirValues() {
    JavaFileObject src = source("""
        @PodSpec(name = "p", labels = @Label(key = "app", value = "p"),
            topologySpread = @TopologySpread(topologyKey = "zone",
                maxSkew = 0),
            podAffinity = @PodAffinity(topologyKey = "zone",
                weight = 101))
        interface Sample {
          @Main(image = "busybox")
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("spec.topologySpreadConstraints[0].maxSkew: Invalid value: "
            + "0: must be greater than zero")
        .inFile(src).onLineContaining("maxSkew = 0");
    assertThat(c).hadErrorContaining("weight: Invalid value: 101: must be in the range 1-100")
        .inFile(src).onLineContaining("weight = 101");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void httpsSchemeIsCheckedAtCompileTime() {
    JavaFileObject src = source("""
        @PodSpec(name = "p")
        interface Sample {
          @Main(image = "busybox", livenessProbe = @Probe(httpGet = @HttpGet(port = 80,
              scheme = "https")))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[PodwrightUnsupportedValue] scheme \"https\" is not "
            + "supported").inFile(src).onLineContaining("scheme = \"https\"");
  }
}
