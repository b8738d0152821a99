package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.DownwardAPIProjection;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.DownwardAPIVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.EnvVar;
import dev.podwright.model.EnvVarSource;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The API server's v1 defaulting ({@code pkg/apis/core/v1/defaults.go}), applied to a copy before
 * validation, as the server does: a field the server fills in is never reported missing.
 *
 * <p>Each step returns the value it was given when it has nothing to fill in, and a list or map
 * whose items all keep their defaults is the given one, so a spec that already has its defaults
 * (most of a DSL-built pod) is not copied.
 */
final class Defaults {
  /** The volume sources of the Kubernetes API, in the order the server checks them. */
  static final List<String> VOLUME_SOURCES = List.of("emptyDir", "hostPath", "gitRepo",
      "gcePersistentDisk", "awsElasticBlockStore", "secret", "nfs", "iscsi", "glusterfs",
      "flocker", "persistentVolumeClaim", "rbd", "cinder", "cephfs", "quobyte", "downwardAPI",
      "fc", "flexVolume", "configMap", "azureFile", "vsphereVolume", "photonPersistentDisk",
      "portworxVolume", "azureDisk", "storageos", "projected", "scaleIO", "csi", "ephemeral",
      "image");

  /** Host-network templates get hostPort defaults where this deprecated gate is on (1.28-1.30). */
  private static final String HOST_PORTS_IN_TEMPLATES =
      "DefaultHostNetworkHostPortsInPodTemplates";

  private Defaults() {}

  /**
   * Returns {@code spec} with the server's defaults; {@code isPod} adds the Pod-only default of
   * requests from limits ({@code SetDefaults_Pod}), which templates do not get, and the service
   * account the {@code ServiceAccount} admission plugin sets before validation runs.
   */
  static PodSpec spec(PodSpec spec, boolean isPod) {
    return spec(spec, isPod, Profile.defaults());
  }

  /**
   * As {@link #spec(PodSpec, boolean)}, with the defaults that depend on the target's feature
   * gates: for a Pod with {@code PodLevelResources}, from 1.33 pod-level hugepage limits default
   * to the containers' ({@link #hugePageLimits}), then pod-level requests default to the
   * containers' aggregate or else to the pod-level limits ({@code defaultPodRequests} in
   * {@code SetDefaults_Pod}); from 1.37 also pod-level limits ({@link #podLimits}).
   */
  static PodSpec spec(PodSpec spec, boolean isPod, Profile profile) {
    PodSpec defaulted = specDefaults(spec, isPod, isPod || !profile.atLeast(28)
        || profile.isEnabled(HOST_PORTS_IN_TEMPLATES));
    if (isPod && profile.isEnabled(Profile.POD_LEVEL_RESOURCES)) {
      PodSpec withRequests = podRequests(hugePageLimits(defaulted, profile), profile);
      return profile.atLeast(37) ? podLimits(withRequests) : withRequests;
    }
    return defaulted;
  }

  /**
   * {@code defaultHugePagePodLimits} (1.33 on; absent from the vendored v1.32.0 defaults.go):
   * when the pod sets any pod-level request or limit, a hugepage the containers limit but the pod
   * does not gets the containers' aggregate limit; from 1.34 (kubernetes/kubernetes#131089, in
   * the v1.34.1 copy) not when the pod requests that hugepage.
   */
  private static PodSpec hugePageLimits(PodSpec spec, Profile profile) {
    if (!profile.atLeast(33) || spec.resources().isEmpty()) {
      return spec;
    }
    ResourceRequirements pod = spec.resources().get();
    if (pod.limits().isEmpty() && pod.requests().isEmpty()) {
      return spec;
    }
    Map<String, Quantity> limits = new LinkedHashMap<>(pod.limits());
    ResourceRules.aggregateLimits(spec).forEach((name, value) -> {
      boolean requested = profile.atLeast(34) && pod.requests().containsKey(name);
      if (name.startsWith("hugepages-") && !requested) {
        limits.putIfAbsent(name, value);
      }
    });
    if (limits.size() == pod.limits().size()) {
      return spec;
    }
    return PodSpec.builder().from(spec)
        .resources(ResourceRequirements.builder().from(pod).limits(limits).build()).build();
  }

  /**
   * The 1.37 pod-level limit default (kubernetes/kubernetes#140514, k8s-1.36-1.38.md section 4.5;
   * in 1.37 is inferred there): for cpu, memory and hugepages with a pod-level request but no
   * pod-level limit, where every container sets a limit, the pod-level limit becomes the larger
   * of the pod-level request and the containers' aggregate limit (counted as requests are), so
   * that the defaulted pod stays valid. The "larger of" is in the merged code as quoted in the
   * #140514 review ("Default pod-level limits to max(pod-level requests, aggregated container
   * limits) for resources where all containers have limits") and in its predecessor #136676.
   * Init containers count among "every container": the same review has the defaulting take the
   * converted containers and init containers, and the earlier attempt #136147 said "including
   * init containers"; the merged line itself was not read, so still unverified. Pods only; the
   * pod-level checks then see that limit.
   */
  private static PodSpec podLimits(PodSpec spec) {
    if (spec.resources().isEmpty() || spec.resources().get().requests().isEmpty()) {
      return spec;
    }
    ResourceRequirements pod = spec.resources().get();
    Map<String, Quantity> limits = new LinkedHashMap<>(pod.limits());
    Map<String, Quantity> aggregate = ResourceRules.aggregateLimits(spec);
    for (String name : pod.requests().keySet()) {
      boolean defaulted = name.equals("cpu") || name.equals("memory")
          || name.startsWith("hugepages-");
      if (!defaulted || limits.containsKey(name) || !aggregate.containsKey(name)) {
        continue;
      }
      boolean everyContainer = java.util.stream.Stream.concat(spec.initContainers().stream(),
          spec.containers().stream()).allMatch(c -> c.resources()
              .map(r -> r.limits().containsKey(name)).orElse(false));
      if (everyContainer) {
        limits.put(name, aggregate.get(name).max(pod.requests().get(name)));
      }
    }
    if (limits.size() == pod.limits().size()) {
      return spec;
    }
    return PodSpec.builder().from(spec)
        .resources(ResourceRequirements.builder().from(pod).limits(limits).build()).build();
  }

  /** {@code defaultPodRequests}, once the containers' requests have their defaults. */
  private static PodSpec podRequests(PodSpec spec, Profile profile) {
    if (spec.resources().isEmpty() || spec.resources().get().limits().isEmpty()) {
      return spec;
    }
    ResourceRequirements pod = spec.resources().get();
    Map<String, Quantity> requests = new LinkedHashMap<>(pod.requests());
    ResourceRules.aggregateRequests(spec).forEach((name, value) -> {
      if (ResourceRules.isPodLevel(name, profile) && ResourceRules.overcommitAllowed(name)) {
        requests.putIfAbsent(name, value);
      }
    });
    pod.limits().forEach((name, value) -> {
      if (ResourceRules.isPodLevel(name, profile)) {
        requests.putIfAbsent(name, value);
      }
    });
    return PodSpec.builder().from(spec)
        .resources(ResourceRequirements.builder().from(pod).requests(requests).build()).build();
  }

  /**
   * {@code hostPorts}: whether {@code containerPort} is copied to an unset {@code hostPort} under
   * {@code hostNetwork}. From 1.28 {@code SetDefaults_Pod}, not {@code SetDefaults_PodSpec}, does
   * it, so templates keep hostPort 0 (which validatePodHostNetworkDeps accepts there), unless the
   * deprecated {@code DefaultHostNetworkHostPortsInPodTemplates} (off, 1.28 to 1.30) is turned
   * on; in 1.27
   * {@code SetDefaults_PodSpec} did it for every pod spec, templates included (as OpenKruise's
   * defaults note: "defaults to true before k8s 1.28").
   */
  private static PodSpec specDefaults(PodSpec spec, boolean isPod, boolean hostPorts) {
    boolean hostNetwork = hostPorts && spec.hostNetwork().orElse(false);
    PodSpec.Builder b = PodSpec.builder().from(spec);
    if (isBlank(spec.restartPolicy())) {
      b.restartPolicy("Always");
    }
    if (isBlank(spec.dnsPolicy())) {
      b.dnsPolicy("ClusterFirst");
    }
    if (spec.terminationGracePeriodSeconds().isEmpty()) {
      b.terminationGracePeriodSeconds(30L);
    } else if (isPod && spec.terminationGracePeriodSeconds().get() < 0) {
      // A Pod's negative grace period becomes 1 on the way in, before validation (1.27,
      // kubernetes/kubernetes#115606, in Convert_v1_Pod_To_core_Pod; #139857 moved it to
      // defaulting): a sleep hook of 1 second is then valid. Templates keep the value.
      b.terminationGracePeriodSeconds(1L);
    }
    if (spec.securityContext().isEmpty()) {
      b.securityContext(PodSecurityContext.builder().build());
    }
    if (isPod && isBlank(spec.serviceAccountName())) {
      // The ServiceAccount admission plugin (on by default) names "default" before validation,
      // so a real server accepts projected service account tokens without a serviceAccountName.
      b.serviceAccountName("default");
    }
    b.volumes(map(spec.volumes(), Defaults::volume));
    b.containers(map(spec.containers(), c -> container(c, hostNetwork, isPod)));
    b.initContainers(map(spec.initContainers(), c -> container(c, hostNetwork, isPod)));
    b.ephemeralContainers(map(spec.ephemeralContainers(), e -> PodContainers.withCommon(e,
        container(PodContainers.asContainer(e), false, isPod))));
    b.overhead(roundUp(spec.overhead()));
    // SetDefaults_ResourceList rounds every resource list, the pod-level ones too.
    spec.resources().ifPresent(r -> {
      ResourceRequirements rounded = rounded(r);
      if (rounded != r) {
        b.resources(rounded);
      }
    });
    return b.build();
  }

  static boolean isBlank(Optional<String> value) {
    return value.isEmpty() || value.get().isEmpty();
  }

  /** Returns {@code values} mapped by {@code f}; {@code values} itself if no item changes. */
  private static <T> List<T> map(List<T> values, UnaryOperator<T> f) {
    List<T> mapped = null;
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      T changed = f.apply(value);
      if (mapped == null && changed != value) {
        mapped = new ArrayList<>(values.size());
        for (int j = 0; j < i; j++) {
          mapped.add(values.get(j)); // not addAll(subList): a sublist, its iterator, an array
        }
      }
      if (mapped != null) {
        mapped.add(changed);
      }
    }
    return mapped == null ? values : mapped;
  }

  /** Returns whether a volume names a source. */
  static boolean hasSource(Volume v) {
    for (String source : VOLUME_SOURCES) {
      if (source(v, source).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the volume source of that JSON name, one of {@link #VOLUME_SOURCES}. */
  static Optional<?> source(Volume v, String name) {
    switch (name) {
      case "emptyDir": return v.emptyDir();
      case "hostPath": return v.hostPath();
      case "gitRepo": return v.gitRepo();
      case "gcePersistentDisk": return v.gcePersistentDisk();
      case "awsElasticBlockStore": return v.awsElasticBlockStore();
      case "secret": return v.secret();
      case "nfs": return v.nfs();
      case "iscsi": return v.iscsi();
      case "glusterfs": return v.glusterfs();
      case "flocker": return v.flocker();
      case "persistentVolumeClaim": return v.persistentVolumeClaim();
      case "rbd": return v.rbd();
      case "cinder": return v.cinder();
      case "cephfs": return v.cephfs();
      case "quobyte": return v.quobyte();
      case "downwardAPI": return v.downwardAPI();
      case "fc": return v.fc();
      case "flexVolume": return v.flexVolume();
      case "configMap": return v.configMap();
      case "azureFile": return v.azureFile();
      case "vsphereVolume": return v.vsphereVolume();
      case "photonPersistentDisk": return v.photonPersistentDisk();
      case "portworxVolume": return v.portworxVolume();
      case "azureDisk": return v.azureDisk();
      case "storageos": return v.storageos();
      case "projected": return v.projected();
      case "scaleIO": return v.scaleIO();
      case "csi": return v.csi();
      case "ephemeral": return v.ephemeral();
      case "image": return v.image();
      default: throw new IllegalArgumentException("not a volume source: " + name);
    }
  }

  private static Volume volume(Volume v) {
    boolean noSource = !hasSource(v);
    boolean imagePolicy = v.image().isPresent() && isBlank(v.image().get().pullPolicy());
    List<DownwardAPIVolumeFile> files = v.downwardAPI().isEmpty() ? List.of()
        : map(v.downwardAPI().get().items(), Defaults::downwardFile);
    List<VolumeProjection> sources = v.projected().isEmpty() ? List.of()
        : map(v.projected().get().sources(), Defaults::projection);
    if (!noSource && !imagePolicy
        && (v.downwardAPI().isEmpty() || files == v.downwardAPI().get().items())
        && (v.projected().isEmpty() || sources == v.projected().get().sources())) {
      return v;
    }
    Volume.Builder b = Volume.builder().from(v);
    if (noSource) {
      b.emptyDir(EmptyDirVolumeSource.builder().build());
    }
    v.image().filter(i -> isBlank(i.pullPolicy())).ifPresent(i -> b.image(
        dev.podwright.model.ImageVolumeSource.builder().from(i)
            .pullPolicy(isLatest(i.reference().orElse("")) ? "Always" : "IfNotPresent").build()));
    v.downwardAPI().ifPresent(d -> b.downwardAPI(DownwardAPIVolumeSource.builder().from(d)
        .items(files).build()));
    v.projected().ifPresent(p -> b.projected(ProjectedVolumeSource.builder().from(p)
        .sources(sources).build()));
    return b.build();
  }

  private static VolumeProjection projection(VolumeProjection p) {
    boolean expiration = p.serviceAccountToken().isPresent()
        && p.serviceAccountToken().get().expirationSeconds().isEmpty();
    List<DownwardAPIVolumeFile> files = p.downwardAPI().isEmpty() ? List.of()
        : map(p.downwardAPI().get().items(), Defaults::downwardFile);
    if (!expiration && (p.downwardAPI().isEmpty() || files == p.downwardAPI().get().items())) {
      return p;
    }
    VolumeProjection.Builder b = VolumeProjection.builder().from(p);
    p.serviceAccountToken().filter(t -> t.expirationSeconds().isEmpty()).ifPresent(t ->
        b.serviceAccountToken(ServiceAccountTokenProjection.builder().from(t)
            .expirationSeconds(3600L).build()));
    p.downwardAPI().ifPresent(d -> b.downwardAPI(DownwardAPIProjection.builder().from(d)
        .items(files).build()));
    return b.build();
  }

  private static DownwardAPIVolumeFile downwardFile(DownwardAPIVolumeFile f) {
    return f.fieldRef().isEmpty() ? f
        : DownwardAPIVolumeFile.builder().from(f).fieldRef(fieldRef(f.fieldRef().get())).build();
  }

  private static ObjectFieldSelector fieldRef(ObjectFieldSelector s) {
    return isBlank(s.apiVersion()) ? ObjectFieldSelector.builder().from(s).apiVersion("v1").build()
        : s;
  }

  private static Container container(Container c, boolean hostNetwork, boolean isPod) {
    List<ContainerPort> ports = map(c.ports(), p -> port(p, hostNetwork));
    List<EnvVar> env = map(c.env(), Defaults::env);
    Optional<ResourceRequirements> resources = same(c.resources(), r -> resources(r, isPod));
    Optional<Probe> liveness = same(c.livenessProbe(), Defaults::probe);
    Optional<Probe> readiness = same(c.readinessProbe(), Defaults::probe);
    Optional<Probe> startup = same(c.startupProbe(), Defaults::probe);
    Optional<Lifecycle> lifecycle = same(c.lifecycle(), Defaults::lifecycle);
    if (ports == c.ports() && env == c.env() && resources == c.resources()
        && liveness == c.livenessProbe() && readiness == c.readinessProbe()
        && startup == c.startupProbe() && lifecycle == c.lifecycle()
        && !isBlank(c.terminationMessagePath()) && !isBlank(c.terminationMessagePolicy())
        && !isBlank(c.imagePullPolicy())) {
      return c;
    }
    Container.Builder b = Container.builder().from(c);
    b.ports(ports);
    b.env(env);
    b.resources(resources);
    b.livenessProbe(liveness);
    b.readinessProbe(readiness);
    b.startupProbe(startup);
    b.lifecycle(lifecycle);
    if (isBlank(c.terminationMessagePath())) {
      b.terminationMessagePath("/dev/termination-log");
    }
    if (isBlank(c.terminationMessagePolicy())) {
      b.terminationMessagePolicy("File");
    }
    if (isBlank(c.imagePullPolicy())) {
      b.imagePullPolicy(isLatest(c.image()) ? "Always" : "IfNotPresent");
    }
    return b.build();
  }

  /**
   * Mirrors {@code parsers.ParseImageName}: an untagged, undigested reference means
   * {@code latest}; a reference that does not parse has no tag.
   */
  static boolean isLatest(String image) {
    if (image.isEmpty()) {
      return false;
    }
    for (int i = 0; i < image.length(); i++) {
      if (image.charAt(i) <= ' ') {
        return false;
      }
    }
    // Read in place rather than cut into substrings: this runs for every container.
    int at = image.indexOf('@');
    int end = at >= 0 ? at : image.length(); // the name is image[0, end)
    int slash = image.lastIndexOf('/', end - 1);
    int colon = image.lastIndexOf(':', end - 1);
    int repoEnd = colon > slash ? colon : end;
    int pathStart = slash + 1; // 0 without a slash
    if (pathStart >= repoEnd) {
      return false;
    }
    for (int i = pathStart; i < repoEnd; i++) {
      char ch = image.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        return false;
      }
      if (ch >= 0x80) { // beyond ASCII, lower case is the whole string's, as the server has it
        String path = image.substring(pathStart, repoEnd);
        if (!path.equals(path.toLowerCase(java.util.Locale.ROOT))) {
          return false;
        }
        break;
      }
    }
    if (colon > slash) {
      return end - colon - 1 == 6 && image.startsWith("latest", colon + 1);
    }
    return at < 0;
  }

  private static ContainerPort port(ContainerPort p, boolean hostNetwork) {
    if (!isBlank(p.protocol()) && !(hostNetwork && p.hostPort().orElse(0) == 0)) {
      return p;
    }
    ContainerPort.Builder b = ContainerPort.builder().from(p);
    if (isBlank(p.protocol())) {
      b.protocol("TCP");
    }
    if (hostNetwork && p.hostPort().orElse(0) == 0) {
      b.hostPort(p.containerPort());
    }
    return b.build();
  }

  private static EnvVar env(EnvVar e) {
    Optional<ObjectFieldSelector> ref = e.valueFrom().flatMap(EnvVarSource::fieldRef);
    if (ref.isEmpty()) {
      return e;
    }
    EnvVarSource source = EnvVarSource.builder().from(e.valueFrom().get())
        .fieldRef(fieldRef(ref.get())).build();
    return EnvVar.builder().from(e).valueFrom(source).build();
  }

  private static ResourceRequirements resources(ResourceRequirements r, boolean isPod) {
    if (roundUp(r.limits()) == r.limits() && roundUp(r.requests()) == r.requests()
        && (!isPod || r.requests().keySet().containsAll(r.limits().keySet()))) {
      return r;
    }
    Map<String, Quantity> limits = new LinkedHashMap<>(roundUp(r.limits()));
    Map<String, Quantity> requests = new LinkedHashMap<>(roundUp(r.requests()));
    if (isPod) {
      for (Map.Entry<String, Quantity> limit : limits.entrySet()) {
        requests.putIfAbsent(limit.getKey(), limit.getValue());
      }
    }
    return ResourceRequirements.builder().from(r).limits(limits).requests(requests).build();
  }

  /** Returns {@code r} with its lists rounded up to milli precision; {@code r} if it has it. */
  private static ResourceRequirements rounded(ResourceRequirements r) {
    Map<String, Quantity> limits = roundUp(r.limits());
    Map<String, Quantity> requests = roundUp(r.requests());
    return limits == r.limits() && requests == r.requests() ? r
        : ResourceRequirements.builder().from(r).limits(limits).requests(requests).build();
  }

  /**
   * {@code SetDefaults_ResourceList}: quantities are rounded up to milli precision; returns
   * {@code values} itself if every quantity has that precision already.
   */
  private static Map<String, Quantity> roundUp(Map<String, Quantity> values) {
    boolean rounded = true;
    for (Quantity v : values.values()) {
      rounded &= v.roundUp(3) == v;
    }
    if (rounded) {
      return values;
    }
    Map<String, Quantity> up = new LinkedHashMap<>();
    values.forEach((k, v) -> up.put(k, v.roundUp(3)));
    return up;
  }

  /** Returns {@code value} mapped by {@code f}; {@code value} itself if nothing changes. */
  private static <T> Optional<T> same(Optional<T> value, UnaryOperator<T> f) {
    if (value.isEmpty()) {
      return value;
    }
    T changed = f.apply(value.get());
    return changed == value.get() ? value : Optional.of(changed);
  }

  private static Probe probe(Probe p) {
    HTTPGetAction get = p.httpGet().isEmpty() ? null : httpGet(p.httpGet().get());
    if (p.timeoutSeconds().orElse(0) != 0 && p.periodSeconds().orElse(0) != 0
        && p.successThreshold().orElse(0) != 0 && p.failureThreshold().orElse(0) != 0
        && (get == null || get == p.httpGet().get())) {
      return p;
    }
    Probe.Builder b = Probe.builder().from(p);
    if (p.timeoutSeconds().orElse(0) == 0) {
      b.timeoutSeconds(1);
    }
    if (p.periodSeconds().orElse(0) == 0) {
      b.periodSeconds(10);
    }
    if (p.successThreshold().orElse(0) == 0) {
      b.successThreshold(1);
    }
    if (p.failureThreshold().orElse(0) == 0) {
      b.failureThreshold(3);
    }
    if (get != null) {
      b.httpGet(get);
    }
    return b.build();
  }

  private static Lifecycle lifecycle(Lifecycle l) {
    Optional<LifecycleHandler> postStart = same(l.postStart(), Defaults::handler);
    Optional<LifecycleHandler> preStop = same(l.preStop(), Defaults::handler);
    if (postStart == l.postStart() && preStop == l.preStop()) {
      return l;
    }
    return Lifecycle.builder().from(l).postStart(postStart).preStop(preStop).build();
  }

  private static LifecycleHandler handler(LifecycleHandler h) {
    return h.httpGet().isEmpty() ? h
        : LifecycleHandler.builder().from(h).httpGet(httpGet(h.httpGet().get())).build();
  }

  private static HTTPGetAction httpGet(HTTPGetAction h) {
    if (!isBlank(h.path()) && !isBlank(h.scheme())) {
      return h;
    }
    HTTPGetAction.Builder b = HTTPGetAction.builder().from(h);
    if (isBlank(h.path())) {
      b.path("/");
    }
    if (isBlank(h.scheme())) {
      b.scheme("HTTP");
    }
    return b.build();
  }
}
