package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * The {@code checkout} deployment of {@code dev.podwright.samples.workloads.MeshDeployment},
 * declared with annotations: three replicas whose pods run {@code istio-init} as a plain init
 * container, then the Envoy proxy as a native sidecar that gates and outlives the application.
 * The template's labels select the pods. The build generates
 * {@code CheckoutDeploymentSpec.deployment()} and {@code META-INF/podwright/checkout.yaml}.
 */
@Podwright.DeploymentSpec(name = "checkout", namespace = "shop", replicas = 3,
    maxUnavailable = "0", maxSurge = "1", revisionHistoryLimit = 5)
@Podwright.PodSpec(
    labels = {@Podwright.Label(key = "app", value = "checkout"),
        @Podwright.Label(key = "version", value = "v1")},
    // The proxy is declared here, so the injector must not add a second one.
    annotations = @Podwright.PodAnnotation(key = "sidecar.istio.io/inject", value = "false"),
    terminationGracePeriodSeconds = 45,
    volumes = @Podwright.Volume(name = "istio-envoy",
        emptyDir = @Podwright.EmptyDir(medium = "Memory", sizeLimit = "64Mi")))
public interface CheckoutDeployment {
  /** The proxy image shared by {@code istio-init} and {@code istio-proxy}. */
  String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Redirects the pod's traffic through Envoy, then exits. */
  @Podwright.Init(image = PROXY_IMAGE,
      args = {"istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337",
          "-m", "REDIRECT", "-i", "*", "-b", "*", "-d", "15090,15021,15020"},
      securityContext = @Podwright.Security(capabilitiesAdd = {"NET_ADMIN", "NET_RAW"},
          capabilitiesDrop = "ALL", runAsUser = 0, runAsNonRoot = false))
  void istioInit();

  /** Envoy: its startup probe gates the application, its preStop hook drains connections. */
  @Podwright.Sidecar(image = PROXY_IMAGE,
      args = {"proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local"},
      ports = @Podwright.Port(name = "http-envoy-prom", containerPort = 15090),
      env = {@Podwright.Env(name = "POD_NAME", fieldRef = "metadata.name"),
          @Podwright.Env(name = "POD_NAMESPACE", fieldRef = "metadata.namespace")},
      startupProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/healthz/ready",
          port = 15021), periodSeconds = 1, timeoutSeconds = 3, failureThreshold = 600),
      readinessProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/healthz/ready",
          port = 15021), periodSeconds = 15, timeoutSeconds = 3, failureThreshold = 4),
      preStop = @Podwright.Hook(exec = {"pilot-agent", "request", "--debug-port=15020", "POST",
          "drain"}),
      mounts = @Podwright.Mount(volume = "istio-envoy", path = "/etc/istio/proxy"),
      securityContext = @Podwright.Security(capabilitiesDrop = "ALL",
          allowPrivilegeEscalation = false,
          readOnlyRootFilesystem = true, runAsUser = 1337, runAsGroup = 1337,
          runAsNonRoot = true),
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "128Mi")},
      limits = {@Podwright.Resource(name = "cpu", quantity = "2"),
          @Podwright.Resource(name = "memory", quantity = "1Gi")})
  void istioProxy();

  /** The checkout service; ready once it answers on its named port. */
  @Podwright.Main(image = "example/checkout:3.2.0",
      ports = @Podwright.Port(name = "http", containerPort = 8080),
      readinessProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/ready",
          portName = "http")),
      requests = {@Podwright.Resource(name = "cpu", quantity = "250m"),
          @Podwright.Resource(name = "memory", quantity = "256Mi")},
      limits = @Podwright.Resource(name = "memory", quantity = "256Mi"))
  void checkout();
}
