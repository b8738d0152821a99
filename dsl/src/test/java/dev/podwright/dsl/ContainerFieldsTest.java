package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.appArmorLocalhost;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.csi;
import static dev.podwright.dsl.Pods.ephemeral;
import static dev.podwright.dsl.Pods.imageVolume;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.persistentVolumeClaim;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.restartAllContainersOnExitCodes;
import static dev.podwright.dsl.Pods.restartOnExitCodes;
import static dev.podwright.dsl.Pods.restartUnlessExitCodes;
import static dev.podwright.dsl.Pods.seccompLocalhost;
import static dev.podwright.dsl.Pods.sidecar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.EnvVar;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Probe;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationException;
import dev.podwright.yaml.PodYaml;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Container security fields, runtime settings, restart rules and the new volume sources. */
class ContainerFieldsTest {

  @Test
  void restrictedAppliesThePodSecurityStandardAndKeepsAddedCapabilities() {
    SecurityContext sc = container("app").image("nginx").addCapabilities("NET_BIND_SERVICE")
        .restricted().readOnlyRootFilesystem(true).runAsUser(101)
        .toContainer().securityContext().orElseThrow();
    assertThat(sc.capabilities().orElseThrow().add()).containsExactly("NET_BIND_SERVICE");
    assertThat(sc.capabilities().orElseThrow().drop()).containsExactly("ALL");
    assertThat(sc.allowPrivilegeEscalation()).contains(false);
    assertThat(sc.runAsNonRoot()).contains(true);
    assertThat(sc.seccompProfile().orElseThrow().type()).isEqualTo("RuntimeDefault");
    assertThat(sc.readOnlyRootFilesystem()).contains(true);
    assertThat(sc.runAsUser()).contains(101L);
  }

  @Test
  void securityFieldsMergeAndCapabilitiesAreNotRepeated() {
    SecurityContext sc = initContainer("setup").image("busybox")
        .dropCapabilities("ALL").dropCapabilities("ALL", "NET_RAW")
        .privileged(false).allowPrivilegeEscalation(true).runAsGroup(3000).runAsNonRoot(false)
        .seccompProfile(seccompLocalhost("profiles/audit.json"))
        .appArmorProfile(appArmorLocalhost("k8s-apparmor-example"))
        .seLinuxOptions(Pods.seLinuxLevel("s0:c1,c2"))
        .procMount(ProcMountType.UNMASKED)
        .toContainer().securityContext().orElseThrow();
    assertThat(sc.capabilities().orElseThrow().drop()).containsExactly("ALL", "NET_RAW");
    assertThat(sc.privileged()).contains(false);
    assertThat(sc.allowPrivilegeEscalation()).contains(true);
    assertThat(sc.runAsGroup()).contains(3000L);
    assertThat(sc.runAsNonRoot()).contains(false);
    assertThat(sc.seccompProfile().orElseThrow().localhostProfile()).contains("profiles/audit.json");
    assertThat(sc.appArmorProfile().orElseThrow().localhostProfile())
        .contains("k8s-apparmor-example");
    assertThat(sc.seLinuxOptions().orElseThrow().level()).contains("s0:c1,c2");
    assertThat(sc.procMount()).contains("Unmasked");
  }

  @Test
  void runtimeSettingsAndVolumeDevicesDeclareTheirVolume() {
    Volume disk = persistentVolumeClaim("disk", "raw-disk");
    Pod p = pod("web").main(container("app").image("nginx")
            .resizePolicy("memory", ResizeRestartPolicy.RESTART_CONTAINER)
            .volumeDevice(disk, "/dev/xvda")
            .stdin(true).tty(true))
        .build();
    Container c = p.spec().containers().get(0);
    assertThat(c.resizePolicy()).singleElement().satisfies(r -> {
      assertThat(r.resourceName()).isEqualTo("memory");
      assertThat(r.restartPolicy()).isEqualTo("RestartContainer");
    });
    assertThat(c.volumeDevices()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("disk");
      assertThat(d.devicePath()).isEqualTo("/dev/xvda");
    });
    assertThat(c.stdin()).contains(true);
    assertThat(c.tty()).contains(true);
    assertThat(p.spec().volumes()).containsExactly(disk);
  }

  @Test
  void restartRulesGoWithAPolicyOnEachRole() {
    Pod p = pod("batch")
        .init(initContainer("fetch").image("busybox")
            .restartPolicy(InitRestartPolicy.NEVER, restartOnExitCodes(75)))
        .sidecar(sidecar("proxy").image("envoy")
            .restartPolicyRules(restartAllContainersOnExitCodes(88)))
        .main(container("app").image("app")
            .restartPolicy(RestartPolicy.NEVER, restartUnlessExitCodes(0, 1)))
        .build(Profile.of("1.36"));
    Container fetch = p.spec().initContainers().get(0);
    Container proxy = p.spec().initContainers().get(1);
    Container app = p.spec().containers().get(0);
    assertThat(fetch.restartPolicy()).contains("Never");
    assertThat(rule(fetch)).isEqualTo("Restart In [75]");
    assertThat(proxy.restartPolicy()).contains("Always");
    assertThat(rule(proxy)).isEqualTo("RestartAllContainers In [88]");
    assertThat(app.restartPolicy()).contains("Never");
    assertThat(rule(app)).isEqualTo("Restart NotIn [0, 1]");
  }

  private static String rule(Container c) {
    ContainerRestartRule r = c.restartPolicyRules().get(0);
    return r.action() + " " + r.exitCodes().orElseThrow().operator() + " "
        + r.exitCodes().orElseThrow().values();
  }

  @Test
  void stopSignalIsALifecycleField() {
    assertThat(sidecar("proxy").image("envoy").stopSignal("SIGQUIT").toContainer()
        .lifecycle().orElseThrow().stopSignal()).contains("SIGQUIT");
  }

  @Test
  void csiEphemeralAndImageVolumes() {
    Volume secrets = csi("secrets", "secrets-store.csi.k8s.io");
    Volume scratch = ephemeral("scratch", "fast-ssd", "10Gi");
    Volume model = imageVolume("model", "registry.example.com/models/llm:1.2");
    assertThat(secrets.csi().orElseThrow().driver()).isEqualTo("secrets-store.csi.k8s.io");
    var claim = scratch.ephemeral().orElseThrow().volumeClaimTemplate().orElseThrow().spec();
    assertThat(claim.accessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.storageClassName()).contains("fast-ssd");
    assertThat(claim.resources().orElseThrow().requests())
        .containsEntry("storage", Quantity.parse("10Gi"));
    assertThat(model.image().orElseThrow().reference())
        .contains("registry.example.com/models/llm:1.2");
    String yaml = PodYaml.toYaml(pod("web").main(container("app").image("nginx")
        .volumeMount(secrets, "/mnt/secrets").volumeMount(scratch, "/scratch"))
        .build());
    assertThat(yaml).contains("""
              ephemeral:
                volumeClaimTemplate:
                  spec:
                    accessModes:
                      - ReadWriteOnce
                    resources:
                      requests:
                        storage: 10Gi
                    storageClassName: fast-ssd
        """);
  }

  @Test
  void resourceClaimsMergeWithRequestsAndLimits() {
    Pod p = pod("web")
        .resourceClaim(dev.podwright.model.PodResourceClaim.builder().name("gpu")
            .resourceClaimTemplateName("single-gpu").build())
        .main(container("app").image("cuda").requests(Pods.cpu("1")).resourceClaim("gpu", "a")
            .limits(Pods.memory("1Gi")).resourceClaim("gpu", "b"))
        .build();
    var resources = p.spec().containers().get(0).resources().orElseThrow();
    assertThat(resources.requests()).containsEntry("cpu", Quantity.parse("1"));
    assertThat(resources.limits()).containsEntry("memory", Quantity.parse("1Gi"));
    assertThat(resources.claims()).extracting(c -> c.name() + "/" + c.request().orElse(""))
        .containsExactly("gpu/a", "gpu/b");
    assertThatThrownBy(() -> pod("web").main(container("app").image("cuda")
            .resourceClaim("nope")).build(Profile.of("1.36")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.containers[0].resources.claims[0]: Not found: \"nope\": "
            + "must be one of the names in pod.spec.resourceClaims which is empty");
  }

  @Test
  void ephemeralVolumeTakesAccessModes() {
    Volume shared = ephemeral("shared", "nfs", "5Gi", AccessMode.READ_WRITE_MANY,
        AccessMode.READ_ONLY_MANY);
    var claim = shared.ephemeral().orElseThrow().volumeClaimTemplate().orElseThrow().spec();
    assertThat(claim.accessModes()).containsExactly("ReadWriteMany", "ReadOnlyMany");
    assertThat(claim.storageClassName()).contains("nfs");
    assertThat(claim.resources().orElseThrow().requests())
        .containsEntry("storage", Quantity.parse("5Gi"));
    Volume once = ephemeral("once", "fast-ssd", "1Gi", AccessMode.READ_WRITE_ONCE_POD);
    assertThat(pod("web").main(container("app").image("nginx").volumeMount(once, "/once"))
        .build().spec().volumes().get(0).ephemeral().orElseThrow().volumeClaimTemplate()
        .orElseThrow().spec().accessModes()).containsExactly("ReadWriteOncePod");
  }

  @Test
  void ephemeralVolumeAccessModeMistakesAreTheServersErrors() {
    Volume mixed = ephemeral("mixed", "fast-ssd", "1Gi", AccessMode.READ_WRITE_ONCE_POD,
        AccessMode.READ_WRITE_ONCE);
    Volume none = ephemeral("none", "fast-ssd", "1Gi");
    assertThatThrownBy(() -> pod("web").main(container("app").image("nginx")
            .volumeMount(mixed, "/mixed")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: "
            + "Forbidden: may not use ReadWriteOncePod with other access modes");
    assertThatThrownBy(() -> ephemeral("x", "fast-ssd", "1Gi", (AccessMode) null))
        .isInstanceOf(NullPointerException.class).hasMessage("accessModes[0] == null");
    assertThat(none.ephemeral().orElseThrow().volumeClaimTemplate().orElseThrow().spec()
        .accessModes()).containsExactly("ReadWriteOnce");
  }

  @Test
  void containerSpecReachesFieldsWithoutAMethod() {
    Pod p = pod("web")
        .init(initContainer("setup").image("busybox")
            .containerSpec(c -> c.terminationMessagePath("/dev/setup-log")))
        .main(container("app").image("nginx").port(80)
            .containerSpec(c -> c.stdinOnce(true).addPort(ContainerPort.builder()
                .containerPort(443).build())))
        .build();

    assertThat(p.spec().initContainers().get(0).terminationMessagePath())
        .contains("/dev/setup-log");
    Container app = p.spec().containers().get(0);
    assertThat(app.stdinOnce()).contains(true);
    assertThat(app.ports()).extracting(ContainerPort::containerPort).containsExactly(80, 443);
  }

  @Test
  void containerSpecKeepsWhatTheRoleDecides() {
    assertThatThrownBy(() -> sidecar("proxy").image("envoy")
            .containerSpec(c -> c.restartPolicy("Never")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("containerSpec(..) must not change restartPolicy, which the DSL "
            + "controls");
    assertThatThrownBy(() -> container("app").image("nginx").containerSpec(c -> c.name("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not change name");
    assertThatThrownBy(() -> container("app").image("nginx").containerSpec(c -> c.addVolumeMount(
            VolumeMount.builder().name("data").mountPath("/data").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not change which volumes volumeMounts name")
        .hasMessageContaining("volumeMount(..)");
  }

  @Test
  void containerSpecMayChangeTheOptionsOfAMount() {
    Volume data = Pods.emptyDir("data");
    Container app = container("app").image("nginx").volumeMount(data, "/data")
        .containerSpec(c -> c.volumeMounts(java.util.List.of(VolumeMount.builder()
            .name("data").mountPath("/data").mountPropagation("HostToContainer").build())))
        .toContainer();
    assertThat(app.volumeMounts().get(0).mountPropagation()).contains("HostToContainer");
  }

  @Test
  void plainInitContainerGetsNoProbeThroughTheHatch() {
    Probe probe = Probe.builder().tcpSocket(TCPSocketAction.builder()
        .port(IntOrString.of(80)).build()).build();
    assertThatThrownBy(() -> initContainer("setup").image("busybox")
            .containerSpec(c -> c.readinessProbe(probe)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("containerSpec(..) must not change readinessProbe, which the DSL controls; "
            + "a plain init container has none; make it a sidecar(..)");
    Container sidecar = sidecar("proxy").image("envoy")
        .containerSpec(c -> c.readinessProbe(probe))
        .toContainer();
    assertThat(sidecar.readinessProbe()).contains(probe);
  }

  @Test
  void containerSpecRunsTheFunctionOnceWithExactlyItsEffect() {
    AtomicInteger calls = new AtomicInteger();
    Volume data = Pods.emptyDir("data");
    MainContainer app = container("app").image("nginx").env("A", "1").port(80)
        .volumeMount(data, "/data")
        .containerSpec(c -> {
          calls.incrementAndGet();
          return c.addEnv(EnvVar.builder().name("B").value("2").build())
              .addPort(ContainerPort.builder().containerPort(443).build());
        });
    MainContainer later = app.env("C", "3").requests(Pods.cpu("100m"));
    Pod p = pod("web").main(later).build();
    later.toContainer();
    app.toContainer();
    PodYaml.toYaml(p);

    assertThat(calls).hasValue(1);
    Container built = p.spec().containers().get(0);
    assertThat(built.env()).extracting(EnvVar::name).containsExactly("A", "B", "C");
    assertThat(built.ports()).extracting(ContainerPort::containerPort).containsExactly(80, 443);
    assertThat(built.resources().get().requests()).containsOnlyKeys("cpu");
    assertThat(p.spec().volumes()).containsExactly(data);
    assertThat(app.toContainer().env()).extracting(EnvVar::name).containsExactly("A", "B");
  }

  @Test
  void stepsAfterAStepThatAddsToANestedValueKeepEarlierSettings() {
    SidecarContainer proxy = sidecar("proxy").image("envoy")
        .requests(Pods.cpu("100m")).privileged(false).preStop(Pods.exec("drain"))
        .securityContext(SecurityContext.builder().runAsUser(1337L).build())
        .limits(Pods.cpu("1")).runAsNonRoot(true).stopSignal("SIGTERM")
        .requests(Pods.memory("64Mi"));
    Container c = proxy.toContainer();

    assertThat(c.resources().get().requests()).containsOnlyKeys("cpu", "memory");
    assertThat(c.resources().get().limits()).containsOnlyKeys("cpu");
    assertThat(c.securityContext().get().runAsUser()).contains(1337L);
    assertThat(c.securityContext().get().runAsNonRoot()).contains(true);
    assertThat(c.securityContext().get().privileged()).isEmpty();
    assertThat(c.lifecycle().get().preStop()).isPresent();
    assertThat(c.lifecycle().get().stopSignal()).contains("SIGTERM");
    assertThat(c.restartPolicy()).contains("Always");
  }
}
