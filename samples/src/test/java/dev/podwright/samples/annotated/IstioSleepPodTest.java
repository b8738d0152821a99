package dev.podwright.samples.annotated;

import static dev.podwright.dsl.Pods.configMapVolume;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.downwardAPI;
import static dev.podwright.dsl.Pods.downwardAPIFile;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.projected;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.resourceFieldRef;
import static dev.podwright.dsl.Pods.serviceAccountToken;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.volume;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Capabilities;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annotated Istio sleep pod against the same pod written with the DSL by hand (as the
 * {@code dev.podwright.samples} Istio sample writes it): the generated {@code pod()}, the
 * generated YAML resource and the hand-written pod must agree exactly.
 */
class IstioSleepPodTest {
  private static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  @Test
  void generatedPodEqualsHandWrittenDslPod() {
    assertThat(IstioSleepPodSpec.pod()).isEqualTo(handWritten());
  }

  @Test
  void yamlResourceEqualsHandWrittenDslYaml() throws IOException {
    assertThat(resource(IstioSleepPodSpec.RESOURCE)).isEqualTo(PodYaml.toYaml(handWritten()));
  }

  @Test
  void yamlResourceIsTheRenderingOfTheGeneratedPod() throws IOException {
    assertThat(IstioSleepPodSpec.RESOURCE).isEqualTo("META-INF/podwright/sleep.yaml");
    assertThat(resource(IstioSleepPodSpec.RESOURCE))
        .isEqualTo(PodYaml.toYaml(IstioSleepPodSpec.pod()))
        .contains("restartPolicy: Always", "name: istio-proxy", "failureThreshold: 600");
  }

  static String resource(String path) throws IOException {
    try (InputStream in = IstioSleepPodTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Pod handWritten() {
    Volume workloadSocket = emptyDir("workload-socket");
    Volume credentialSocket = emptyDir("credential-socket");
    Volume workloadCerts = emptyDir("workload-certs");
    Volume istioEnvoy =
        volume("istio-envoy", EmptyDirVolumeSource.builder().medium("Memory").build());
    Volume istioData = emptyDir("istio-data");
    Volume istioPodinfo = downwardAPI("istio-podinfo",
        downwardAPIFile("labels", "metadata.labels"),
        downwardAPIFile("annotations", "metadata.annotations"));
    Volume istioToken =
        projected("istio-token", serviceAccountToken("istio-token", "istio-ca", 43200));
    Volume istiodCaCert = configMapVolume("istiod-ca-cert", "istio-ca-root-cert");
    Volume istioCaCrl = volume("istio-ca-crl",
        ConfigMapVolumeSource.builder().name("istio-ca-crl").optional(true).build());
    return pod("sleep")
        .namespace("default")
        .label("app", "sleep")
        .label("security.istio.io/tlsMode", "istio")
        .label("service.istio.io/canonical-name", "sleep")
        .label("service.istio.io/canonical-revision", "latest")
        .annotation("istio.io/rev", "default")
        .annotation("kubectl.kubernetes.io/default-container", "sleep")
        .annotation("prometheus.io/path", "/stats/prometheus")
        .annotation("prometheus.io/port", "15020")
        .annotation("prometheus.io/scrape", "true")
        .serviceAccountName("sleep")
        .init(initContainer("istio-init").image(PROXY_IMAGE)
            .args("istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT",
                "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
                "--log_output_level=default:info")
            .requests(cpu("100m"), memory("128Mi"))
            .limits(cpu("2"), memory("1Gi"))
            .securityContext(SecurityContext.builder()
                .capabilities(Capabilities.of(List.of("NET_ADMIN", "NET_RAW"), List.of("ALL")))
                .privileged(false)
                .allowPrivilegeEscalation(false)
                .readOnlyRootFilesystem(false)
                .runAsUser(0L)
                .runAsGroup(0L)
                .runAsNonRoot(false)
                .build()))
        .sidecar(sidecar("istio-proxy").image(PROXY_IMAGE)
            .args("proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
                "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
                "--log_output_level=default:info")
            .port("http-envoy-prom", 15090)
            .env("PILOT_CERT_PROVIDER", "istiod")
            .env("CA_ADDR", "istiod.istio-system.svc:15012")
            .env("POD_NAME", fieldRef("metadata.name"))
            .env("POD_NAMESPACE", fieldRef("metadata.namespace"))
            .env("INSTANCE_IP", fieldRef("status.podIP"))
            .env("SERVICE_ACCOUNT", fieldRef("spec.serviceAccountName"))
            .env("HOST_IP", fieldRef("status.hostIP"))
            .env("ISTIO_CPU_LIMIT", resourceFieldRef("limits.cpu"))
            .env("PROXY_CONFIG", "{}\n")
            .env("ISTIO_META_APP_CONTAINERS", "sleep")
            .env("GOMEMLIMIT", resourceFieldRef("limits.memory"))
            .env("GOMAXPROCS", resourceFieldRef("limits.cpu"))
            .env("ISTIO_META_CLUSTER_ID", "Kubernetes")
            .env("ISTIO_META_NODE_NAME", fieldRef("spec.nodeName"))
            .env("ISTIO_META_INTERCEPTION_MODE", "REDIRECT")
            .env("ISTIO_META_WORKLOAD_NAME", "sleep")
            .env("ISTIO_META_MESH_ID", "cluster.local")
            .env("TRUST_DOMAIN", "cluster.local")
            .requests(cpu("100m"), memory("128Mi"))
            .limits(cpu("2"), memory("1Gi"))
            .startupProbe(startupProbe(httpGet("/healthz/ready", 15021))
                .timeoutSeconds(3).periodSeconds(1).failureThreshold(600))
            .readinessProbe(readinessProbe(httpGet("/healthz/ready", 15021))
                .timeoutSeconds(3).periodSeconds(15).failureThreshold(4))
            .preStop(exec("pilot-agent", "request", "--debug-port=15020", "POST", "drain"))
            .securityContext(SecurityContext.builder()
                .capabilities(Capabilities.of(List.of(), List.of("ALL")))
                .privileged(false)
                .allowPrivilegeEscalation(false)
                .readOnlyRootFilesystem(true)
                .runAsUser(1337L)
                .runAsGroup(1337L)
                .runAsNonRoot(true)
                .build())
            .volumeMount(workloadSocket, "/var/run/secrets/workload-spiffe-uds")
            .volumeMount(credentialSocket, "/var/run/secrets/credential-uds")
            .volumeMount(workloadCerts, "/var/run/secrets/workload-spiffe-credentials")
            .volumeMount(istiodCaCert, "/var/run/secrets/istio")
            .volumeMount(istioCaCrl, "/var/run/secrets/istio/crl")
            .volumeMount(istioData, "/var/lib/istio/data")
            .volumeMount(istioEnvoy, "/etc/istio/proxy")
            .volumeMount(istioToken, "/var/run/secrets/tokens")
            .volumeMount(istioPodinfo, "/etc/istio/pod"))
        .main(container("sleep").image("curlimages/curl:8.16.0")
            .command("/bin/sleep", "infinity"))
        .build();
  }
}
