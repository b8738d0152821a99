package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.resourceFieldRef;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static java.util.Objects.requireNonNull;

import dev.podwright.dsl.InitContainer;
import dev.podwright.dsl.Pods;
import dev.podwright.dsl.ResourceAmount;
import dev.podwright.dsl.SidecarContainer;
import dev.podwright.dsl.StartSequenceStep;
import dev.podwright.model.Capabilities;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout Istio's injector produces in native-sidecar mode (Istio 1.28+, Kubernetes 1.33+):
 * a plain init container {@code istio-init} that installs the traffic redirection, then the
 * {@code istio-proxy} sidecar with {@code restartPolicy: Always}, its startup probe gating the
 * application, its readiness probe, a preStop drain, the downward-API environment and the
 * volumes it mounts. Use it to write meshed pods without the webhook, or to see what the webhook
 * will do.
 *
 * <pre>{@code
 * IstioSidecar istio = IstioSidecar.builder()
 *     .proxyImage("docker.io/istio/proxyv2:1.28.0")
 *     .proxyRequests(cpu("200m"), memory("256Mi"))
 *     .interceptionMode(IstioSidecar.InterceptionMode.TPROXY)
 *     .build();
 * Pod pod = istio.applyTo(pod("web"))
 *     .main(container("app").image("nginx:1.27"))
 *     .build();
 * }</pre>
 *
 * <p>Defaults follow the Istio chart: image {@code docker.io/istio/proxyv2:1.28.0}, requests
 * {@code 100m}/{@code 128Mi}, limits {@code 2000m}/{@code 1024Mi}, {@code REDIRECT} mode, status
 * port 15020, startup probe {@code /healthz/ready} on 15021 every second up to 600 times.
 * Metadata the webhook derives from the workload ({@code ISTIO_META_APP_CONTAINERS},
 * {@code ISTIO_META_POD_PORTS}, {@code ISTIO_META_WORKLOAD_NAME}, {@code ISTIO_META_OWNER}) and
 * the rewriting of application probes are not reproduced.
 */
public final class IstioSidecar {
  /** How inbound and outbound traffic reaches the proxy ({@code -m} of istio-iptables). */
  public enum InterceptionMode {
    /** iptables REDIRECT (NAT); the proxy runs as uid 1337 without capabilities. */
    REDIRECT,
    /** iptables TPROXY, which keeps source addresses; the proxy needs NET_ADMIN and uid 0. */
    TPROXY,
    /** No interception: no {@code istio-init}, the application talks to the proxy itself. */
    NONE
  }

  private static final int READY_PORT = 15021;
  private static final IstioSidecar DEFAULTS = builder().build();

  private final String proxyImage;
  private final String proxyInitImage;
  private final List<ResourceAmount> requests;
  private final List<ResourceAmount> limits;
  private final InterceptionMode mode;
  private final int statusPort;
  private final int startupFailureThreshold;
  private final String clusterDomain;
  private final String caAddress;
  private final String includeOutboundIpRanges;
  private final String excludeOutboundIpRanges;
  private final String includeInboundPorts;
  private final boolean cni;

  private IstioSidecar(Builder b) {
    this.proxyImage = b.proxyImage;
    this.proxyInitImage = b.proxyInitImage.orElse(b.proxyImage);
    this.requests = List.copyOf(b.requests);
    this.limits = List.copyOf(b.limits);
    this.mode = b.mode;
    this.statusPort = b.statusPort;
    this.startupFailureThreshold = b.startupFailureThreshold;
    this.clusterDomain = b.clusterDomain;
    this.caAddress = b.caAddress;
    this.includeOutboundIpRanges = b.includeOutboundIpRanges;
    this.excludeOutboundIpRanges = b.excludeOutboundIpRanges;
    this.includeInboundPorts = b.includeInboundPorts;
    this.cni = b.cni;
  }

  /** Returns the layout with Istio's chart defaults. */
  public static IstioSidecar defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from Istio's chart defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds {@code istio-init} (unless the mode is {@code NONE}) and {@code istio-proxy} to a pod or
   * pod template under construction, with the volumes the proxy mounts. Call it before adding
   * other init containers and sidecars, so that they run inside the mesh as with the webhook.
   *
   * @param <S> {@link dev.podwright.dsl.PodInitStep} or {@link dev.podwright.dsl.TemplateInitStep}
   */
  public <S extends StartSequenceStep<S, ?>> S applyTo(S pod) {
    requireNonNull(pod, "pod == null");
    S result = pod;
    Optional<InitContainer> init = istioInit();
    if (init.isPresent()) {
      result = result.init(init.get());
    }
    return result.sidecar(istioProxy());
  }

  /**
   * Returns {@code spec} with {@code istio-init} and {@code istio-proxy} at the front of its
   * init containers, where the webhook's {@code reorderPod} puts them, and the proxy's volumes
   * added; everything else is kept.
   *
   * @throws IllegalArgumentException if the pod already has one of these containers or a
   *     different volume under one of Istio's volume names
   */
  public PodSpec inject(PodSpec spec) {
    requireNonNull(spec, "spec == null");
    List<String> names = new ArrayList<>();
    spec.initContainers().forEach(c -> names.add(c.name()));
    spec.containers().forEach(c -> names.add(c.name()));
    List<Container> front = new ArrayList<>();
    istioInit().ifPresent(i -> front.add(i.toContainer()));
    front.add(istioProxy().toContainer());
    for (Container c : front) {
      if (names.contains(c.name())) {
        throw new IllegalArgumentException("the pod already has a container named " + c.name());
      }
    }
    List<Volume> volumes = new ArrayList<>(spec.volumes());
    for (Volume v : volumes()) {
      Optional<Volume> same = spec.volumes().stream()
          .filter(d -> d.name().equals(v.name())).findFirst();
      if (same.isEmpty()) {
        volumes.add(v);
      } else if (!same.get().equals(v)) {
        throw new IllegalArgumentException("the pod already has a different volume named "
            + v.name());
      }
    }
    front.addAll(spec.initContainers());
    return PodSpec.builder().from(spec).initContainers(front).volumes(volumes).build();
  }

  /**
   * Injects into a Pod or the pod template of a workload, as {@link #inject(PodSpec)}.
   *
   * @throws IllegalArgumentException if the kind has no pod template, or as
   *     {@link #inject(PodSpec)}
   */
  public KubernetesObject inject(KubernetesObject object) {
    PodTemplates.Found found = PodTemplates.find(object);
    return found.replace().apply(inject(found.spec()));
  }

  /**
   * Returns {@code istio-init} (or {@code istio-validation} with Istio CNI), a plain init
   * container running {@code istio-iptables}; empty in {@code NONE} mode.
   */
  public Optional<InitContainer> istioInit() {
    if (mode == InterceptionMode.NONE) {
      return Optional.empty();
    }
    List<String> args = new ArrayList<>(List.of("istio-iptables", "-p", "15001", "-z", "15006",
        "-u", "1337", "-m", mode.name(), "-i", includeOutboundIpRanges, "-x",
        excludeOutboundIpRanges, "-b", includeInboundPorts, "-d",
        statusPort == 0 ? "15090,15021" : "15090,15021," + statusPort,
        "--log_output_level=default:info"));
    SecurityContext.Builder security = SecurityContext.builder()
        .allowPrivilegeEscalation(false)
        .privileged(false);
    if (cni) {
      args.add("--run-validation");
      args.add("--skip-rule-apply");
      security.capabilities(Capabilities.builder().drop(List.of("ALL")).build())
          .readOnlyRootFilesystem(true).runAsGroup(1337L).runAsNonRoot(true).runAsUser(1337L);
    } else {
      security.capabilities(Capabilities.builder().add(List.of("NET_ADMIN", "NET_RAW"))
          .drop(List.of("ALL")).build())
          .readOnlyRootFilesystem(false).runAsGroup(0L).runAsNonRoot(false).runAsUser(0L);
    }
    return Optional.of(initContainer(cni ? "istio-validation" : "istio-init")
        .image(proxyInitImage)
        .args(args.toArray(String[]::new))
        .requests(requests.toArray(ResourceAmount[]::new))
        .limits(limits.toArray(ResourceAmount[]::new))
        .securityContext(security.build()));
  }

  /** Returns the {@code istio-proxy} native sidecar, its volume mounts included. */
  public SidecarContainer istioProxy() {
    boolean tproxy = mode == InterceptionMode.TPROXY;
    SidecarContainer proxy = sidecar("istio-proxy").image(proxyImage)
        .args("proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc." + clusterDomain,
            "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
            "--log_output_level=default:info")
        .port(ContainerPort.builder().containerPort(15090).protocol("TCP")
            .name("http-envoy-prom").build())
        .env("PILOT_CERT_PROVIDER", "istiod")
        .env("CA_ADDR", caAddress)
        .env("POD_NAME", fieldRef("metadata.name"))
        .env("POD_NAMESPACE", fieldRef("metadata.namespace"))
        .env("INSTANCE_IP", fieldRef("status.podIP"))
        .env("SERVICE_ACCOUNT", fieldRef("spec.serviceAccountName"))
        .env("HOST_IP", fieldRef("status.hostIP"))
        .env("ISTIO_CPU_LIMIT", resourceFieldRef("limits.cpu"))
        .env("PROXY_CONFIG", "{}")
        .env("GOMEMLIMIT", resourceFieldRef("limits.memory"))
        .env("GOMAXPROCS", resourceFieldRef("limits.cpu"))
        .env("ISTIO_META_CLUSTER_ID", "Kubernetes")
        .env("ISTIO_META_NODE_NAME", fieldRef("spec.nodeName"))
        .env("ISTIO_META_INTERCEPTION_MODE", mode.name())
        .env("ISTIO_META_MESH_ID", clusterDomain)
        .env("TRUST_DOMAIN", clusterDomain)
        .preStop(exec("pilot-agent", "request", "--debug-port=" + statusPort, "POST", "drain"))
        .requests(requests.toArray(ResourceAmount[]::new))
        .limits(limits.toArray(ResourceAmount[]::new))
        .securityContext(SecurityContext.builder()
            .allowPrivilegeEscalation(false)
            .capabilities(Capabilities.builder()
                .add(tproxy ? List.of("NET_ADMIN") : List.of()).drop(List.of("ALL")).build())
            .privileged(false)
            .readOnlyRootFilesystem(true)
            .runAsGroup(1337L)
            .runAsNonRoot(!tproxy)
            .runAsUser(tproxy ? 0L : 1337L)
            .build());
    if (statusPort != 0) {
      // The chart renders both probes only when the status port is not "0".
      proxy = proxy
          .startupProbe(startupProbe(httpGet("/healthz/ready", READY_PORT)).periodSeconds(1)
              .timeoutSeconds(3).failureThreshold(startupFailureThreshold))
          .readinessProbe(readinessProbe(httpGet("/healthz/ready", READY_PORT))
              .periodSeconds(15).timeoutSeconds(3).failureThreshold(4));
    }
    List<Volume> v = volumes();
    String[] paths = {"/var/run/secrets/workload-spiffe-uds", "/var/run/secrets/credential-uds",
        "/var/run/secrets/workload-spiffe-credentials", "/etc/istio/proxy",
        "/var/lib/istio/data", "/etc/istio/pod", "/var/run/secrets/tokens",
        "/var/run/secrets/istio", "/var/run/secrets/istio/crl"};
    // Mount in the order of the injected pod: sockets and certs, CA, CRL, data, envoy, token, pod.
    int[] order = {0, 1, 2, 7, 8, 4, 3, 6, 5};
    for (int i : order) {
      proxy = proxy.volumeMount(mount(v.get(i), paths[i]));
    }
    return proxy;
  }

  /** Returns the pod volumes the proxy mounts, in the order the injector declares them. */
  public List<Volume> volumes() {
    return List.of(
        Pods.emptyDir("workload-socket"),
        Pods.emptyDir("credential-socket"),
        Pods.emptyDir("workload-certs"),
        Pods.volume("istio-envoy", EmptyDirVolumeSource.builder().medium("Memory").build()),
        Pods.emptyDir("istio-data"),
        Pods.downwardAPI("istio-podinfo", Pods.downwardAPIFile("labels", "metadata.labels"),
            Pods.downwardAPIFile("annotations", "metadata.annotations")),
        Pods.projected("istio-token",
            Pods.serviceAccountToken("istio-token", "istio-ca", 43200)),
        Pods.configMapVolume("istiod-ca-cert", "istio-ca-root-cert"),
        Pods.volume("istio-ca-crl",
            ConfigMapVolumeSource.builder().name("istio-ca-crl").optional(true).build()));
  }

  /** Builds {@link IstioSidecar} values, starting from Istio's chart defaults. */
  public static final class Builder {
    private String proxyImage = "docker.io/istio/proxyv2:1.28.0";
    private Optional<String> proxyInitImage = Optional.empty();
    private List<ResourceAmount> requests =
        List.of(Pods.cpu("100m"), Pods.memory("128Mi"));
    private List<ResourceAmount> limits = List.of(Pods.cpu("2000m"), Pods.memory("1024Mi"));
    private InterceptionMode mode = InterceptionMode.REDIRECT;
    private int statusPort = 15020;
    private int startupFailureThreshold = 600;
    private String clusterDomain = "cluster.local";
    private String caAddress = "istiod.istio-system.svc:15012";
    private String includeOutboundIpRanges = "*";
    private String excludeOutboundIpRanges = "";
    private String includeInboundPorts = "*";
    private boolean cni;

    private Builder() {}

    /** Sets the proxy image ({@code global.proxy.image}); also the init image unless set. */
    public Builder proxyImage(String image) {
      this.proxyImage = requireNonNull(image, "image == null");
      return this;
    }

    /** Sets the image of {@code istio-init} ({@code global.proxy_init.image}). */
    public Builder proxyInitImage(String image) {
      this.proxyInitImage = Optional.of(requireNonNull(image, "image == null"));
      return this;
    }

    /** Replaces the proxy's requests, e.g. {@code cpu("200m"), memory("256Mi")}. */
    public Builder proxyRequests(ResourceAmount... requests) {
      this.requests = List.of(requireNonNull(requests, "requests == null"));
      return this;
    }

    /** Replaces the proxy's limits; none at all is allowed. */
    public Builder proxyLimits(ResourceAmount... limits) {
      this.limits = List.of(requireNonNull(limits, "limits == null"));
      return this;
    }

    /** Sets the interception mode; {@code REDIRECT} by default. */
    public Builder interceptionMode(InterceptionMode mode) {
      this.mode = requireNonNull(mode, "mode == null");
      return this;
    }

    /**
     * Sets the agent's status port ({@code status.sidecar.istio.io/port}); 0 drops the probes.
     *
     * @throws IllegalArgumentException if the port is not 0 and not between 1 and 65535
     */
    public Builder statusPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("status port must be 0 or between 1 and 65535, found "
            + port);
      }
      this.statusPort = port;
      return this;
    }

    /**
     * Sets how many one-second startup probes may fail ({@code
     * global.proxy.startupProbe.failureThreshold}); 600 by default.
     *
     * @throws IllegalArgumentException if the threshold is below 1
     */
    public Builder startupFailureThreshold(int threshold) {
      if (threshold < 1) {
        throw new IllegalArgumentException("startup failure threshold must be at least 1, found "
            + threshold);
      }
      this.startupFailureThreshold = threshold;
      return this;
    }

    /** Sets the cluster domain and trust domain; {@code cluster.local} by default. */
    public Builder clusterDomain(String domain) {
      this.clusterDomain = requireNonNull(domain, "domain == null");
      return this;
    }

    /** Sets the CA address ({@code CA_ADDR}); {@code istiod.istio-system.svc:15012} by default. */
    public Builder caAddress(String address) {
      this.caAddress = requireNonNull(address, "address == null");
      return this;
    }

    /** Sets the outbound IP ranges to intercept ({@code -i}); {@code *} by default. */
    public Builder includeOutboundIpRanges(String ranges) {
      this.includeOutboundIpRanges = requireNonNull(ranges, "ranges == null");
      return this;
    }

    /** Sets the outbound IP ranges to leave alone ({@code -x}); none by default. */
    public Builder excludeOutboundIpRanges(String ranges) {
      this.excludeOutboundIpRanges = requireNonNull(ranges, "ranges == null");
      return this;
    }

    /** Sets the inbound ports to intercept ({@code -b}); {@code *} by default. */
    public Builder includeInboundPorts(String ports) {
      this.includeInboundPorts = requireNonNull(ports, "ports == null");
      return this;
    }

    /**
     * With Istio CNI the init container becomes {@code istio-validation}, which only checks the
     * rules the CNI plugin installed and needs no capabilities.
     */
    public Builder cni(boolean cni) {
      this.cni = cni;
      return this;
    }

    /** Returns the layout. */
    public IstioSidecar build() {
      return new IstioSidecar(this);
    }
  }
}
