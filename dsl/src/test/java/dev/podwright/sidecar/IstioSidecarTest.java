package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Container;
import dev.podwright.model.Deployment;
import dev.podwright.model.EnvVar;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Pod;
import dev.podwright.model.Probe;
import dev.podwright.model.Quantity;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.sidecar.IstioSidecar.InterceptionMode;
import dev.podwright.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IstioSidecarTest {
  private static Pod meshed(IstioSidecar istio) {
    return istio.applyTo(pod("hello"))
        .init(initContainer("migrate").image("acme/migrate:1"))
        .main(container("hello").image("google-samples/hello-go-gke:1.0").port("http", 80))
        .build();
  }

  @Test
  void layoutFollowsTheNativeSidecarInjection() {
    Pod pod = meshed(IstioSidecar.defaults());

    assertThat(Validator.defaults().validate(pod)).isEmpty();
    assertThat(pod.spec().initContainers()).extracting(Container::name)
        .containsExactly("istio-init", "istio-proxy", "migrate");
    Container init = pod.spec().initContainers().get(0);
    assertThat(init.isRestartable()).isFalse();
    assertThat(init.args()).containsExactly("istio-iptables", "-p", "15001", "-z", "15006", "-u",
        "1337", "-m", "REDIRECT", "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
        "--log_output_level=default:info");
    assertThat(init.securityContext().orElseThrow().capabilities().orElseThrow().add())
        .containsExactly("NET_ADMIN", "NET_RAW");
    assertThat(init.securityContext().orElseThrow().runAsUser()).hasValue(0L);

    Container proxy = pod.spec().initContainers().get(1);
    assertThat(proxy.isRestartable()).isTrue();
    assertThat(proxy.image()).isEqualTo("docker.io/istio/proxyv2:1.28.0");
    assertThat(proxy.args()).containsExactly("proxy", "sidecar", "--domain",
        "$(POD_NAMESPACE).svc.cluster.local", "--proxyLogLevel=warning",
        "--proxyComponentLogLevel=misc:error", "--log_output_level=default:info");
    assertThat(proxy.ports()).singleElement().satisfies(p -> {
      assertThat(p.containerPort()).isEqualTo(15090);
      assertThat(p.name()).hasValue("http-envoy-prom");
      assertThat(p.protocol()).hasValue("TCP");
    });
    Probe startup = proxy.startupProbe().orElseThrow();
    assertThat(startup.httpGet().orElseThrow().path()).hasValue("/healthz/ready");
    assertThat(startup.httpGet().orElseThrow().port()).isEqualTo(IntOrString.of(15021));
    assertThat(startup.periodSeconds()).hasValue(1);
    assertThat(startup.timeoutSeconds()).hasValue(3);
    assertThat(startup.failureThreshold()).hasValue(600);
    Probe readiness = proxy.readinessProbe().orElseThrow();
    assertThat(readiness.httpGet().orElseThrow().port()).isEqualTo(IntOrString.of(15021));
    assertThat(readiness.periodSeconds()).hasValue(15);
    assertThat(readiness.timeoutSeconds()).hasValue(3);
    assertThat(readiness.failureThreshold()).hasValue(4);
    assertThat(proxy.lifecycle().orElseThrow().preStop().orElseThrow().exec().orElseThrow()
        .command()).containsExactly("pilot-agent", "request", "--debug-port=15020", "POST",
        "drain");
    assertThat(proxy.resources().orElseThrow().requests()).containsExactly(
        Map.entry("cpu", Quantity.parse("100m")), Map.entry("memory", Quantity.parse("128Mi")));
    assertThat(proxy.resources().orElseThrow().limits()).containsExactly(
        Map.entry("cpu", Quantity.parse("2")), Map.entry("memory", Quantity.parse("1Gi")));
    SecurityContext sc = proxy.securityContext().orElseThrow();
    assertThat(sc.runAsUser()).hasValue(1337L);
    assertThat(sc.runAsNonRoot()).hasValue(true);
    assertThat(sc.readOnlyRootFilesystem()).hasValue(true);
    assertThat(sc.capabilities().orElseThrow().drop()).containsExactly("ALL");
    assertThat(sc.capabilities().orElseThrow().add()).isEmpty();
  }

  @Test
  void proxyEnvUsesTheDownwardApi() {
    Container proxy = IstioSidecar.defaults().istioProxy().toContainer();

    assertThat(proxy.env()).extracting(EnvVar::name).containsExactly("PILOT_CERT_PROVIDER",
        "CA_ADDR", "POD_NAME", "POD_NAMESPACE", "INSTANCE_IP", "SERVICE_ACCOUNT", "HOST_IP",
        "ISTIO_CPU_LIMIT", "PROXY_CONFIG", "GOMEMLIMIT", "GOMAXPROCS", "ISTIO_META_CLUSTER_ID",
        "ISTIO_META_NODE_NAME", "ISTIO_META_INTERCEPTION_MODE", "ISTIO_META_MESH_ID",
        "TRUST_DOMAIN");
    assertThat(env(proxy, "INSTANCE_IP").valueFrom().orElseThrow().fieldRef().orElseThrow()
        .fieldPath()).isEqualTo("status.podIP");
    assertThat(env(proxy, "GOMEMLIMIT").valueFrom().orElseThrow().resourceFieldRef()
        .orElseThrow().resource()).isEqualTo("limits.memory");
    assertThat(env(proxy, "GOMAXPROCS").valueFrom().orElseThrow().resourceFieldRef()
        .orElseThrow().resource()).isEqualTo("limits.cpu");
  }

  @Test
  void mountsAndDeclaresTheIstioVolumes() {
    Pod pod = meshed(IstioSidecar.defaults());
    Container proxy = pod.spec().initContainers().get(1);

    assertThat(proxy.volumeMounts()).extracting(VolumeMount::name, VolumeMount::mountPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("workload-socket",
                "/var/run/secrets/workload-spiffe-uds"),
            org.assertj.core.groups.Tuple.tuple("credential-socket",
                "/var/run/secrets/credential-uds"),
            org.assertj.core.groups.Tuple.tuple("workload-certs",
                "/var/run/secrets/workload-spiffe-credentials"),
            org.assertj.core.groups.Tuple.tuple("istiod-ca-cert", "/var/run/secrets/istio"),
            org.assertj.core.groups.Tuple.tuple("istio-ca-crl", "/var/run/secrets/istio/crl"),
            org.assertj.core.groups.Tuple.tuple("istio-data", "/var/lib/istio/data"),
            org.assertj.core.groups.Tuple.tuple("istio-envoy", "/etc/istio/proxy"),
            org.assertj.core.groups.Tuple.tuple("istio-token", "/var/run/secrets/tokens"),
            org.assertj.core.groups.Tuple.tuple("istio-podinfo", "/etc/istio/pod"));
    assertThat(pod.spec().volumes()).extracting(Volume::name).containsExactlyInAnyOrder(
        "workload-socket", "credential-socket", "workload-certs", "istio-envoy", "istio-data",
        "istio-podinfo", "istio-token", "istiod-ca-cert", "istio-ca-crl");
    Volume envoy = pod.spec().volumes().stream().filter(v -> v.name().equals("istio-envoy"))
        .findFirst().orElseThrow();
    assertThat(envoy.emptyDir().orElseThrow().medium()).hasValue("Memory");
    Volume token = pod.spec().volumes().stream().filter(v -> v.name().equals("istio-token"))
        .findFirst().orElseThrow();
    assertThat(token.projected().orElseThrow().sources().get(0).serviceAccountToken()
        .orElseThrow().expirationSeconds()).hasValue(43200L);
  }

  @Test
  void tproxyModeGivesTheProxyNetAdminAndRoot() {
    Pod pod = meshed(IstioSidecar.builder().interceptionMode(InterceptionMode.TPROXY).build());

    assertThat(Validator.defaults().validate(pod)).isEmpty();
    assertThat(pod.spec().initContainers().get(0).args()).containsSequence("-m", "TPROXY");
    SecurityContext sc = pod.spec().initContainers().get(1).securityContext().orElseThrow();
    assertThat(sc.capabilities().orElseThrow().add()).containsExactly("NET_ADMIN");
    assertThat(sc.runAsUser()).hasValue(0L);
    assertThat(sc.runAsNonRoot()).hasValue(false);
  }

  @Test
  void noneModeHasNoInitContainer() {
    Pod pod = meshed(IstioSidecar.builder().interceptionMode(InterceptionMode.NONE).build());

    assertThat(pod.spec().initContainers()).extracting(Container::name)
        .containsExactly("istio-proxy", "migrate");
  }

  @Test
  void cniModeValidatesInsteadOfInstallingRules() {
    Container init = IstioSidecar.builder().cni(true).build().istioInit().orElseThrow()
        .toContainer();

    assertThat(init.name()).isEqualTo("istio-validation");
    assertThat(init.args()).endsWith("--run-validation", "--skip-rule-apply");
    assertThat(init.securityContext().orElseThrow().runAsUser()).hasValue(1337L);
    assertThat(init.securityContext().orElseThrow().capabilities().orElseThrow().add()).isEmpty();
  }

  @Test
  void imageAndResourcesAreConfigurable() {
    IstioSidecar istio = IstioSidecar.builder().proxyImage("registry.local/proxyv2:1.28.1")
        .proxyRequests(cpu("250m"), memory("256Mi")).proxyLimits().build();

    Container proxy = istio.istioProxy().toContainer();

    assertThat(proxy.image()).isEqualTo("registry.local/proxyv2:1.28.1");
    assertThat(istio.istioInit().orElseThrow().toContainer().image())
        .isEqualTo("registry.local/proxyv2:1.28.1");
    assertThat(proxy.resources().orElseThrow().requests())
        .containsEntry("cpu", Quantity.parse("250m"));
    assertThat(proxy.resources().orElseThrow().limits()).isEmpty();
  }

  @Test
  void statusPortZeroDropsTheProbes() {
    Container proxy = IstioSidecar.builder().statusPort(0).build().istioProxy().toContainer();

    assertThat(proxy.startupProbe()).isEmpty();
    assertThat(proxy.readinessProbe()).isEmpty();
  }

  @Test
  void proxyGatesTheApplicationAndCountsInEffectiveResources() {
    Pod pod = meshed(IstioSidecar.defaults());

    LifecyclePlan plan = LifecycleExplainer.defaults().explain(pod);
    assertThat(plan.start().get(1).gate()).isEqualTo(LifecyclePlan.Gate.STARTUP_PROBE);
    assertThat(plan.warnings()).isEmpty();
    // istio-init 100m alone, then proxy 100m + nothing else requested: the proxy's 100m stays.
    assertThat(EffectiveResources.of(pod).requests()).containsEntry("cpu", Quantity.parse("100m"));
  }

  @Test
  void injectsIntoWorkloadTemplatesAtTheFront() {
    Deployment web = deployment("web", template().label("app", "web")
        .init(initContainer("migrate").image("acme/migrate:1"))
        .main(container("app").image("nginx:1.27"))).build();

    Deployment meshed = (Deployment) IstioSidecar.defaults().inject(web);

    assertThat(meshed.spec().template().spec().initContainers()).extracting(Container::name)
        .containsExactly("istio-init", "istio-proxy", "migrate");
    assertThat(meshed.spec().template().spec().volumes()).hasSize(9);
    assertThat(Validator.defaults().validate(meshed)).isEmpty();
    assertThatThrownBy(() -> IstioSidecar.defaults().inject(meshed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pod already has a container named istio-init");
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> IstioSidecar.builder().statusPort(70000))
        .hasMessage("status port must be 0 or between 1 and 65535, found 70000");
    assertThatThrownBy(() -> IstioSidecar.builder().startupFailureThreshold(0))
        .hasMessage("startup failure threshold must be at least 1, found 0");
  }

  private static EnvVar env(Container c, String name) {
    return c.env().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
