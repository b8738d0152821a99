package dev.podwright.samples.annotated;

import dev.podwright.annotations.ConfigMapVolume;
import dev.podwright.annotations.DownwardApiFile;
import dev.podwright.annotations.EmptyDir;
import dev.podwright.annotations.Env;
import dev.podwright.annotations.HttpGet;
import dev.podwright.annotations.Hook;
import dev.podwright.annotations.Init;
import dev.podwright.annotations.Label;
import dev.podwright.annotations.Main;
import dev.podwright.annotations.Mount;
import dev.podwright.annotations.PodAnnotation;
import dev.podwright.annotations.PodSpec;
import dev.podwright.annotations.Port;
import dev.podwright.annotations.Probe;
import dev.podwright.annotations.Projection;
import dev.podwright.annotations.Resource;
import dev.podwright.annotations.Security;
import dev.podwright.annotations.ServiceAccountToken;
import dev.podwright.annotations.Sidecar;
import dev.podwright.annotations.Volume;

/**
 * Istio's {@code sleep} sample as the injector renders it in native-sidecar mode (Istio 1.28+ on
 * Kubernetes 1.33+), declared with annotations: the plain init container {@code istio-init}
 * installs the iptables redirect, the native sidecar {@code istio-proxy} holds back the app until
 * its startup probe passes, then {@code sleep} starts. Member order is start order. The build
 * generates {@code IstioSleepPodSpec.pod()} and {@code META-INF/podwright/sleep.yaml}.
 */
@PodSpec(
    name = "sleep",
    namespace = "default",
    labels = {
        @Label(key = "app", value = "sleep"),
        @Label(key = "security.istio.io/tlsMode", value = "istio"),
        @Label(key = "service.istio.io/canonical-name", value = "sleep"),
        @Label(key = "service.istio.io/canonical-revision", value = "latest")},
    annotations = {
        @PodAnnotation(key = "istio.io/rev", value = "default"),
        @PodAnnotation(key = "kubectl.kubernetes.io/default-container", value = "sleep"),
        @PodAnnotation(key = "prometheus.io/path", value = "/stats/prometheus"),
        @PodAnnotation(key = "prometheus.io/port", value = "15020"),
        @PodAnnotation(key = "prometheus.io/scrape", value = "true")},
    serviceAccountName = "sleep",
    volumes = {
        @Volume(name = "workload-socket", emptyDir = @EmptyDir),
        @Volume(name = "credential-socket", emptyDir = @EmptyDir),
        @Volume(name = "workload-certs", emptyDir = @EmptyDir),
        @Volume(name = "istiod-ca-cert",
            configMap = @ConfigMapVolume(name = "istio-ca-root-cert")),
        @Volume(name = "istio-ca-crl",
            configMap = @ConfigMapVolume(name = "istio-ca-crl", optional = true)),
        @Volume(name = "istio-data", emptyDir = @EmptyDir),
        @Volume(name = "istio-envoy", emptyDir = @EmptyDir(medium = "Memory")),
        @Volume(name = "istio-token", projected = @Projection(serviceAccountToken =
            @ServiceAccountToken(path = "istio-token", audience = "istio-ca",
                expirationSeconds = 43200))),
        @Volume(name = "istio-podinfo", downwardAPI = {
            @DownwardApiFile(path = "labels", fieldPath = "metadata.labels"),
            @DownwardApiFile(path = "annotations", fieldPath = "metadata.annotations")})})
public interface IstioSleepPod {
  /** The proxy image shared by {@code istio-init} and {@code istio-proxy}. */
  String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Redirects the pod's traffic through Envoy, then exits. */
  @Init(
      image = PROXY_IMAGE,
      args = {"istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT",
          "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
          "--log_output_level=default:info"},
      requests = {@Resource(name = "cpu", quantity = "100m"),
          @Resource(name = "memory", quantity = "128Mi")},
      limits = {@Resource(name = "cpu", quantity = "2"),
          @Resource(name = "memory", quantity = "1Gi")},
      securityContext = @Security(capabilitiesAdd = {"NET_ADMIN", "NET_RAW"},
          capabilitiesDrop = "ALL", privileged = false, allowPrivilegeEscalation = false,
          readOnlyRootFilesystem = false, runAsUser = 0, runAsGroup = 0, runAsNonRoot = false))
  void istioInit();

  /**
   * Envoy as a native sidecar: its startup probe (every second, up to 600 times) gates the app,
   * and its preStop hook starts draining as soon as the pod terminates.
   */
  @Sidecar(
      image = PROXY_IMAGE,
      args = {"proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
          "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
          "--log_output_level=default:info"},
      ports = @Port(name = "http-envoy-prom", containerPort = 15090),
      env = {
          @Env(name = "PILOT_CERT_PROVIDER", value = "istiod"),
          @Env(name = "CA_ADDR", value = "istiod.istio-system.svc:15012"),
          @Env(name = "POD_NAME", fieldRef = "metadata.name"),
          @Env(name = "POD_NAMESPACE", fieldRef = "metadata.namespace"),
          @Env(name = "INSTANCE_IP", fieldRef = "status.podIP"),
          @Env(name = "SERVICE_ACCOUNT", fieldRef = "spec.serviceAccountName"),
          @Env(name = "HOST_IP", fieldRef = "status.hostIP"),
          @Env(name = "ISTIO_CPU_LIMIT", resourceFieldRef = "limits.cpu"),
          @Env(name = "PROXY_CONFIG", value = "{}\n"),
          @Env(name = "ISTIO_META_APP_CONTAINERS", value = "sleep"),
          @Env(name = "GOMEMLIMIT", resourceFieldRef = "limits.memory"),
          @Env(name = "GOMAXPROCS", resourceFieldRef = "limits.cpu"),
          @Env(name = "ISTIO_META_CLUSTER_ID", value = "Kubernetes"),
          @Env(name = "ISTIO_META_NODE_NAME", fieldRef = "spec.nodeName"),
          @Env(name = "ISTIO_META_INTERCEPTION_MODE", value = "REDIRECT"),
          @Env(name = "ISTIO_META_WORKLOAD_NAME", value = "sleep"),
          @Env(name = "ISTIO_META_MESH_ID", value = "cluster.local"),
          @Env(name = "TRUST_DOMAIN", value = "cluster.local")},
      requests = {@Resource(name = "cpu", quantity = "100m"),
          @Resource(name = "memory", quantity = "128Mi")},
      limits = {@Resource(name = "cpu", quantity = "2"),
          @Resource(name = "memory", quantity = "1Gi")},
      startupProbe = @Probe(httpGet = @HttpGet(path = "/healthz/ready", port = 15021),
          timeoutSeconds = 3, periodSeconds = 1, failureThreshold = 600),
      readinessProbe = @Probe(httpGet = @HttpGet(path = "/healthz/ready", port = 15021),
          timeoutSeconds = 3, periodSeconds = 15, failureThreshold = 4),
      preStop = @Hook(exec = {"pilot-agent", "request", "--debug-port=15020", "POST", "drain"}),
      securityContext = @Security(capabilitiesDrop = "ALL", privileged = false,
          allowPrivilegeEscalation = false, readOnlyRootFilesystem = true, runAsUser = 1337,
          runAsGroup = 1337, runAsNonRoot = true),
      mounts = {
          @Mount(volume = "workload-socket", path = "/var/run/secrets/workload-spiffe-uds"),
          @Mount(volume = "credential-socket", path = "/var/run/secrets/credential-uds"),
          @Mount(volume = "workload-certs",
              path = "/var/run/secrets/workload-spiffe-credentials"),
          @Mount(volume = "istiod-ca-cert", path = "/var/run/secrets/istio"),
          @Mount(volume = "istio-ca-crl", path = "/var/run/secrets/istio/crl"),
          @Mount(volume = "istio-data", path = "/var/lib/istio/data"),
          @Mount(volume = "istio-envoy", path = "/etc/istio/proxy"),
          @Mount(volume = "istio-token", path = "/var/run/secrets/tokens"),
          @Mount(volume = "istio-podinfo", path = "/etc/istio/pod")})
  void istioProxy();

  /** The application: sleeps forever, so that you can {@code kubectl exec} into it. */
  @Main(image = "curlimages/curl:8.16.0", command = {"/bin/sleep", "infinity"})
  void sleep();
}
