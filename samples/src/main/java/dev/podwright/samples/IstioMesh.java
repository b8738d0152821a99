package dev.podwright.samples;

import static dev.podwright.dsl.Pods.configMapVolume;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.downwardAPI;
import static dev.podwright.dsl.Pods.downwardAPIFile;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.projected;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.resourceFieldRef;
import static dev.podwright.dsl.Pods.serviceAccountToken;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.volume;

import dev.podwright.dsl.InitContainer;
import dev.podwright.dsl.SidecarContainer;
import dev.podwright.model.Capabilities;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import java.util.List;

/**
 * The containers and volumes Istio's injector adds in native-sidecar mode (Istio 1.28+ on
 * Kubernetes 1.33+), written out with the DSL: the {@code istio-init} plain init container that
 * installs the iptables redirect, and the {@code istio-proxy} native sidecar whose startup probe
 * holds back every later container until Envoy is ready.
 */
final class IstioMesh {
  static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  static final Volume WORKLOAD_SOCKET = emptyDir("workload-socket");
  static final Volume CREDENTIAL_SOCKET = emptyDir("credential-socket");
  static final Volume WORKLOAD_CERTS = emptyDir("workload-certs");
  static final Volume ISTIO_ENVOY =
      volume("istio-envoy", EmptyDirVolumeSource.builder().medium("Memory").build());
  static final Volume ISTIO_DATA = emptyDir("istio-data");
  static final Volume ISTIO_PODINFO = downwardAPI("istio-podinfo",
      downwardAPIFile("labels", "metadata.labels"),
      downwardAPIFile("annotations", "metadata.annotations"));
  static final Volume ISTIO_TOKEN =
      projected("istio-token", serviceAccountToken("istio-token", "istio-ca", 43200));
  static final Volume ISTIOD_CA_CERT = configMapVolume("istiod-ca-cert", "istio-ca-root-cert");
  static final Volume ISTIO_CA_CRL = volume("istio-ca-crl",
      ConfigMapVolumeSource.builder().name("istio-ca-crl").optional(true).build());

  private IstioMesh() {}

  /** The plain init container that redirects the pod's traffic through Envoy. */
  static InitContainer istioInit() {
    return initContainer("istio-init").image(PROXY_IMAGE)
        .args("istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT",
            "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
            "--log_output_level=default:info")
        .requests(cpu("100m"), memory("128Mi"))
        .limits(cpu("2"), memory("1Gi"))
        .securityContext(SecurityContext.builder()
            .capabilities(Capabilities.builder().add(List.of("NET_ADMIN", "NET_RAW"))
                .drop(List.of("ALL")).build())
            .privileged(false)
            .allowPrivilegeEscalation(false)
            .readOnlyRootFilesystem(false)
            .runAsUser(0L)
            .runAsGroup(0L)
            .runAsNonRoot(false)
            .build());
  }

  /**
   * The Envoy proxy as a native sidecar. Its startup probe (every second, up to 600 times) gates
   * the next init container and the app; its preStop hook starts draining as soon as the pod
   * terminates, while SIGTERM waits until the app containers have exited.
   */
  static SidecarContainer istioProxy(String workload) {
    return sidecar("istio-proxy").image(PROXY_IMAGE)
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
        .env("ISTIO_META_APP_CONTAINERS", workload)
        .env("GOMEMLIMIT", resourceFieldRef("limits.memory"))
        .env("GOMAXPROCS", resourceFieldRef("limits.cpu"))
        .env("ISTIO_META_CLUSTER_ID", "Kubernetes")
        .env("ISTIO_META_NODE_NAME", fieldRef("spec.nodeName"))
        .env("ISTIO_META_INTERCEPTION_MODE", "REDIRECT")
        .env("ISTIO_META_WORKLOAD_NAME", workload)
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
            .capabilities(Capabilities.builder().drop(List.of("ALL")).build())
            .privileged(false)
            .allowPrivilegeEscalation(false)
            .readOnlyRootFilesystem(true)
            .runAsUser(1337L)
            .runAsGroup(1337L)
            .runAsNonRoot(true)
            .build())
        .volumeMount(WORKLOAD_SOCKET, "/var/run/secrets/workload-spiffe-uds")
        .volumeMount(CREDENTIAL_SOCKET, "/var/run/secrets/credential-uds")
        .volumeMount(WORKLOAD_CERTS, "/var/run/secrets/workload-spiffe-credentials")
        .volumeMount(ISTIOD_CA_CERT, "/var/run/secrets/istio")
        .volumeMount(ISTIO_CA_CRL, "/var/run/secrets/istio/crl")
        .volumeMount(ISTIO_DATA, "/var/lib/istio/data")
        .volumeMount(ISTIO_ENVOY, "/etc/istio/proxy")
        .volumeMount(ISTIO_TOKEN, "/var/run/secrets/tokens")
        .volumeMount(ISTIO_PODINFO, "/etc/istio/pod");
  }
}
