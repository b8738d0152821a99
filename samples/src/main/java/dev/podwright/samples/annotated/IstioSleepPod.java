package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * Istio's {@code sleep} sample as the injector renders it in native-sidecar mode (Istio 1.28+ on
 * Kubernetes 1.33+), declared with annotations: the plain init container {@code istio-init}
 * installs the iptables redirect, the native sidecar {@code istio-proxy} holds back the app until
 * its startup probe passes, then {@code sleep} starts. Member order is start order. The build
 * generates {@code IstioSleepPodSpec.pod()} and {@code META-INF/podwright/sleep.yaml}.
 */
@Podwright.PodSpec(
    name = "sleep",
    namespace = "default",
    labels = {
        @Podwright.Label(key = "app", value = "sleep"),
        @Podwright.Label(key = "security.istio.io/tlsMode", value = "istio"),
        @Podwright.Label(key = "service.istio.io/canonical-name", value = "sleep"),
        @Podwright.Label(key = "service.istio.io/canonical-revision", value = "latest")},
    annotations = {
        @Podwright.PodAnnotation(key = "istio.io/rev", value = "default"),
        @Podwright.PodAnnotation(key = "kubectl.kubernetes.io/default-container", value = "sleep"),
        @Podwright.PodAnnotation(key = "prometheus.io/path", value = "/stats/prometheus"),
        @Podwright.PodAnnotation(key = "prometheus.io/port", value = "15020"),
        @Podwright.PodAnnotation(key = "prometheus.io/scrape", value = "true")},
    serviceAccountName = "sleep",
    volumes = {
        @Podwright.Volume(name = "workload-socket", emptyDir = @Podwright.EmptyDir),
        @Podwright.Volume(name = "credential-socket", emptyDir = @Podwright.EmptyDir),
        @Podwright.Volume(name = "workload-certs", emptyDir = @Podwright.EmptyDir),
        @Podwright.Volume(name = "istiod-ca-cert",
            configMap = @Podwright.ConfigMapVolume(name = "istio-ca-root-cert")),
        @Podwright.Volume(name = "istio-ca-crl",
            configMap = @Podwright.ConfigMapVolume(name = "istio-ca-crl", optional = true)),
        @Podwright.Volume(name = "istio-data", emptyDir = @Podwright.EmptyDir),
        @Podwright.Volume(name = "istio-envoy", emptyDir = @Podwright.EmptyDir(medium = "Memory")),
        @Podwright.Volume(name = "istio-token", projected = @Podwright.Projection(
            serviceAccountToken =
            @Podwright.ServiceAccountToken(path = "istio-token", audience = "istio-ca",
                expirationSeconds = 43200))),
        @Podwright.Volume(name = "istio-podinfo", downwardAPI = {
            @Podwright.DownwardApiFile(path = "labels", fieldPath = "metadata.labels"),
            @Podwright.DownwardApiFile(path = "annotations", fieldPath = "metadata.annotations")})})
public interface IstioSleepPod {
  /** The proxy image shared by {@code istio-init} and {@code istio-proxy}. */
  String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Redirects the pod's traffic through Envoy, then exits. */
  @Podwright.Init(
      image = PROXY_IMAGE,
      args = {"istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT",
          "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
          "--log_output_level=default:info"},
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "128Mi")},
      limits = {@Podwright.Resource(name = "cpu", quantity = "2"),
          @Podwright.Resource(name = "memory", quantity = "1Gi")},
      securityContext = @Podwright.Security(capabilitiesAdd = {"NET_ADMIN", "NET_RAW"},
          capabilitiesDrop = "ALL", privileged = false, allowPrivilegeEscalation = false,
          readOnlyRootFilesystem = false, runAsUser = 0, runAsGroup = 0, runAsNonRoot = false))
  void istioInit();

  /**
   * Envoy as a native sidecar: its startup probe (every second, up to 600 times) gates the app,
   * and its preStop hook starts draining as soon as the pod terminates.
   */
  @Podwright.Sidecar(
      image = PROXY_IMAGE,
      args = {"proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
          "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
          "--log_output_level=default:info"},
      ports = @Podwright.Port(name = "http-envoy-prom", containerPort = 15090),
      env = {
          @Podwright.Env(name = "PILOT_CERT_PROVIDER", value = "istiod"),
          @Podwright.Env(name = "CA_ADDR", value = "istiod.istio-system.svc:15012"),
          @Podwright.Env(name = "POD_NAME", fieldRef = "metadata.name"),
          @Podwright.Env(name = "POD_NAMESPACE", fieldRef = "metadata.namespace"),
          @Podwright.Env(name = "INSTANCE_IP", fieldRef = "status.podIP"),
          @Podwright.Env(name = "SERVICE_ACCOUNT", fieldRef = "spec.serviceAccountName"),
          @Podwright.Env(name = "HOST_IP", fieldRef = "status.hostIP"),
          @Podwright.Env(name = "ISTIO_CPU_LIMIT", resourceFieldRef = "limits.cpu"),
          @Podwright.Env(name = "PROXY_CONFIG", value = "{}\n"),
          @Podwright.Env(name = "ISTIO_META_APP_CONTAINERS", value = "sleep"),
          @Podwright.Env(name = "GOMEMLIMIT", resourceFieldRef = "limits.memory"),
          @Podwright.Env(name = "GOMAXPROCS", resourceFieldRef = "limits.cpu"),
          @Podwright.Env(name = "ISTIO_META_CLUSTER_ID", value = "Kubernetes"),
          @Podwright.Env(name = "ISTIO_META_NODE_NAME", fieldRef = "spec.nodeName"),
          @Podwright.Env(name = "ISTIO_META_INTERCEPTION_MODE", value = "REDIRECT"),
          @Podwright.Env(name = "ISTIO_META_WORKLOAD_NAME", value = "sleep"),
          @Podwright.Env(name = "ISTIO_META_MESH_ID", value = "cluster.local"),
          @Podwright.Env(name = "TRUST_DOMAIN", value = "cluster.local")},
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "128Mi")},
      limits = {@Podwright.Resource(name = "cpu", quantity = "2"),
          @Podwright.Resource(name = "memory", quantity = "1Gi")},
      startupProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/healthz/ready",
          port = 15021),
          timeoutSeconds = 3, periodSeconds = 1, failureThreshold = 600),
      readinessProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/healthz/ready",
          port = 15021),
          timeoutSeconds = 3, periodSeconds = 15, failureThreshold = 4),
      preStop = @Podwright.Hook(exec = {"pilot-agent", "request", "--debug-port=15020", "POST",
          "drain"}),
      securityContext = @Podwright.Security(capabilitiesDrop = "ALL", privileged = false,
          allowPrivilegeEscalation = false, readOnlyRootFilesystem = true, runAsUser = 1337,
          runAsGroup = 1337, runAsNonRoot = true),
      mounts = {
          @Podwright.Mount(volume = "workload-socket",
              path = "/var/run/secrets/workload-spiffe-uds"),
          @Podwright.Mount(volume = "credential-socket", path = "/var/run/secrets/credential-uds"),
          @Podwright.Mount(volume = "workload-certs",
              path = "/var/run/secrets/workload-spiffe-credentials"),
          @Podwright.Mount(volume = "istiod-ca-cert", path = "/var/run/secrets/istio"),
          @Podwright.Mount(volume = "istio-ca-crl", path = "/var/run/secrets/istio/crl"),
          @Podwright.Mount(volume = "istio-data", path = "/var/lib/istio/data"),
          @Podwright.Mount(volume = "istio-envoy", path = "/etc/istio/proxy"),
          @Podwright.Mount(volume = "istio-token", path = "/var/run/secrets/tokens"),
          @Podwright.Mount(volume = "istio-podinfo", path = "/etc/istio/pod")})
  void istioProxy();

  /** The application: sleeps forever, so that you can {@code kubectl exec} into it. */
  @Podwright.Main(image = "curlimages/curl:8.16.0", command = {"/bin/sleep", "infinity"})
  void sleep();
}
