package dev.podwright.samples.annotated;

import dev.podwright.annotations.DeploymentSpec;
import dev.podwright.annotations.EmptyDir;
import dev.podwright.annotations.Env;
import dev.podwright.annotations.Hook;
import dev.podwright.annotations.HttpGet;
import dev.podwright.annotations.Init;
import dev.podwright.annotations.Label;
import dev.podwright.annotations.Main;
import dev.podwright.annotations.Mount;
import dev.podwright.annotations.PodAnnotation;
import dev.podwright.annotations.PodSpec;
import dev.podwright.annotations.Port;
import dev.podwright.annotations.Probe;
import dev.podwright.annotations.Resource;
import dev.podwright.annotations.Security;
import dev.podwright.annotations.Sidecar;
import dev.podwright.annotations.Volume;

/**
 * The {@code checkout} deployment of {@code dev.podwright.samples.workloads.MeshDeployment},
 * declared with annotations: three replicas whose pods run {@code istio-init} as a plain init
 * container, then the Envoy proxy as a native sidecar that gates and outlives the application.
 * The template's labels select the pods. The build generates
 * {@code CheckoutDeploymentSpec.deployment()} and {@code META-INF/podwright/checkout.yaml}.
 */
@DeploymentSpec(name = "checkout", namespace = "shop", replicas = 3,
    maxUnavailable = "0", maxSurge = "1", revisionHistoryLimit = 5)
@PodSpec(
    labels = {@Label(key = "app", value = "checkout"), @Label(key = "version", value = "v1")},
    // The proxy is declared here, so the injector must not add a second one.
    annotations = @PodAnnotation(key = "sidecar.istio.io/inject", value = "false"),
    terminationGracePeriodSeconds = 45,
    volumes = @Volume(name = "istio-envoy",
        emptyDir = @EmptyDir(medium = "Memory", sizeLimit = "64Mi")))
public interface CheckoutDeployment {
  /** The proxy image shared by {@code istio-init} and {@code istio-proxy}. */
  String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Redirects the pod's traffic through Envoy, then exits. */
  @Init(image = PROXY_IMAGE,
      args = {"istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337",
          "-m", "REDIRECT", "-i", "*", "-b", "*", "-d", "15090,15021,15020"},
      securityContext = @Security(capabilitiesAdd = {"NET_ADMIN", "NET_RAW"},
          capabilitiesDrop = "ALL", runAsUser = 0, runAsNonRoot = false))
  void istioInit();

  /** Envoy: its startup probe gates the application, its preStop hook drains connections. */
  @Sidecar(image = PROXY_IMAGE,
      args = {"proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local"},
      ports = @Port(name = "http-envoy-prom", containerPort = 15090),
      env = {@Env(name = "POD_NAME", fieldRef = "metadata.name"),
          @Env(name = "POD_NAMESPACE", fieldRef = "metadata.namespace")},
      startupProbe = @Probe(httpGet = @HttpGet(path = "/healthz/ready", port = 15021),
          periodSeconds = 1, timeoutSeconds = 3, failureThreshold = 600),
      readinessProbe = @Probe(httpGet = @HttpGet(path = "/healthz/ready", port = 15021),
          periodSeconds = 15, timeoutSeconds = 3, failureThreshold = 4),
      preStop = @Hook(exec = {"pilot-agent", "request", "--debug-port=15020", "POST", "drain"}),
      mounts = @Mount(volume = "istio-envoy", path = "/etc/istio/proxy"),
      securityContext = @Security(capabilitiesDrop = "ALL", allowPrivilegeEscalation = false,
          readOnlyRootFilesystem = true, runAsUser = 1337, runAsGroup = 1337,
          runAsNonRoot = true),
      requests = {@Resource(name = "cpu", quantity = "100m"),
          @Resource(name = "memory", quantity = "128Mi")},
      limits = {@Resource(name = "cpu", quantity = "2"),
          @Resource(name = "memory", quantity = "1Gi")})
  void istioProxy();

  /** The checkout service; ready once it answers on its named port. */
  @Main(image = "example/checkout:3.2.0",
      ports = @Port(name = "http", containerPort = 8080),
      readinessProbe = @Probe(httpGet = @HttpGet(path = "/ready", portName = "http")),
      requests = {@Resource(name = "cpu", quantity = "250m"),
          @Resource(name = "memory", quantity = "256Mi")},
      limits = @Resource(name = "memory", quantity = "256Mi"))
  void checkout();
}
