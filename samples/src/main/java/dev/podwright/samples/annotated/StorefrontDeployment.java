package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * The {@code storefront} deployment of
 * {@code dev.podwright.samples.workloads.ZonalMeshDeployment}, declared with annotations: six
 * replicas spread evenly across zones, never two on one node, on Linux nodes, each with the
 * Istio proxy (CNI mode) as a native sidecar that gates and outlives the application. The build
 * generates {@code StorefrontDeploymentSpec.deployment()} and
 * {@code META-INF/podwright/storefront.yaml}.
 */
@Podwright.DeploymentSpec(name = "storefront", namespace = "shop", replicas = 6)
@Podwright.PodSpec(
    labels = @Podwright.Label(key = "app", value = "storefront"),
    // The proxy is declared here, so the injector must not add a second one.
    annotations = @Podwright.PodAnnotation(key = "sidecar.istio.io/inject", value = "false"),
    terminationGracePeriodSeconds = 45,
    securityContext = @Podwright.PodSecurity(seccompProfile = "RuntimeDefault"),
    requireNodeLabels = @Podwright.NodeLabel(key = "kubernetes.io/os", values = "linux"),
    spreadAcrossZones = 1,
    oneReplicaPerNode = true,
    volumes = @Podwright.Volume(name = "istio-envoy",
        emptyDir = @Podwright.EmptyDir(medium = "Memory", sizeLimit = "64Mi")))
public interface StorefrontDeployment {
  /** Envoy: its startup probe gates the application, its preStop hook drains connections. */
  @Podwright.Sidecar(image = "docker.io/istio/proxyv2:1.28.0",
      args = {"proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local"},
      ports = @Podwright.Port(name = "http-envoy-prom", containerPort = 15090),
      startupProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/healthz/ready",
          port = 15021), periodSeconds = 1, failureThreshold = 600),
      preStop = @Podwright.Hook(exec = {"pilot-agent", "request", "--debug-port=15020", "POST",
          "drain"}),
      mounts = @Podwright.Mount(volume = "istio-envoy", path = "/etc/istio/proxy"),
      securityContext = @Podwright.Security(capabilitiesDrop = "ALL",
          allowPrivilegeEscalation = false, runAsNonRoot = true, seccompProfile = "RuntimeDefault",
          readOnlyRootFilesystem = true, runAsUser = 1337, runAsGroup = 1337),
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "128Mi")})
  void istioProxy();

  /** The storefront; ready once it answers on its named port. */
  @Podwright.Main(image = "example/storefront:5.1.0",
      ports = @Podwright.Port(name = "http", containerPort = 8080),
      readinessProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/ready",
          portName = "http")),
      securityContext = @Podwright.Security(capabilitiesDrop = "ALL",
          allowPrivilegeEscalation = false, runAsNonRoot = true, seccompProfile = "RuntimeDefault",
          readOnlyRootFilesystem = true),
      requests = {@Podwright.Resource(name = "cpu", quantity = "500m"),
          @Podwright.Resource(name = "memory", quantity = "512Mi")},
      limits = @Podwright.Resource(name = "memory", quantity = "512Mi"))
  void storefront();
}
