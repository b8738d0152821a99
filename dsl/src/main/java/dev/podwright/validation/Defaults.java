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
 */
final class Defaults {
  /** The volume sources of the Kubernetes API, in the order the server checks them. */
  static final List<String> VOLUME_SOURCES = List.of("emptyDir", "hostPath", "gitRepo",
      "gcePersistentDisk", "awsElasticBlockStore", "secret", "nfs", "iscsi", "glusterfs",
      "flocker", "persistentVolumeClaim", "rbd", "cinder", "cephfs", "quobyte", "downwardAPI",
      "fc", "flexVolume", "configMap", "azureFile", "vsphereVolume", "photonPersistentDisk",
      "portworxVolume", "azureDisk", "storageos", "projected", "scaleIO", "csi", "ephemeral",
      "image");

  private Defaults() {}

  /**
   * Returns {@code spec} with the server's defaults; {@code isPod} adds the Pod-only default of
   * requests from limits ({@code SetDefaults_Pod}), which templates do not get, and the service
   * account the {@code ServiceAccount} admission plugin sets before validation runs.
   */
  static PodSpec spec(PodSpec spec, boolean isPod) {
    // SetDefaults_Pod, not SetDefaults_PodSpec, copies containerPort to hostPort under
    // hostNetwork, so templates keep hostPort 0 (which validatePodHostNetworkDeps accepts there).
    boolean hostNetwork = isPod && spec.hostNetwork().orElse(false);
    PodSpec.Builder b = PodSpec.builder().from(spec);
    if (isBlank(spec.restartPolicy())) {
      b.restartPolicy("Always");
    }
    if (isBlank(spec.dnsPolicy())) {
      b.dnsPolicy("ClusterFirst");
    }
    if (spec.terminationGracePeriodSeconds().isEmpty()) {
      b.terminationGracePeriodSeconds(30L);
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
    b.overhead(roundUp(spec.overhead()));
    return b.build();
  }

  static boolean isBlank(Optional<String> value) {
    return value.map(String::isEmpty).orElse(true);
  }

  private static <T> List<T> map(List<T> values, UnaryOperator<T> f) {
    if (values.isEmpty()) {
      return values;
    }
    List<T> mapped = new ArrayList<>(values.size());
    for (T value : values) {
      mapped.add(f.apply(value));
    }
    return mapped;
  }

  /** Returns whether a volume names a source, modelled or kept as an unknown field. */
  static boolean hasSource(Volume v) {
    if (v.emptyDir().isPresent() || v.hostPath().isPresent() || v.secret().isPresent()
        || v.persistentVolumeClaim().isPresent() || v.downwardAPI().isPresent()
        || v.configMap().isPresent() || v.projected().isPresent()) {
      return true;
    }
    for (String source : VOLUME_SOURCES) {
      Object value = Trees.fields(v).get(source);
      if (value != null && value != dev.podwright.model.Extensible.NULL) {
        return true;
      }
    }
    return false;
  }

  private static Volume volume(Volume v) {
    Volume.Builder b = Volume.builder().from(v);
    if (!hasSource(v)) {
      b.emptyDir(EmptyDirVolumeSource.builder().build());
    }
    v.downwardAPI().ifPresent(d -> b.downwardAPI(DownwardAPIVolumeSource.builder().from(d)
        .items(map(d.items(), Defaults::downwardFile)).build()));
    v.projected().ifPresent(p -> b.projected(ProjectedVolumeSource.builder().from(p)
        .sources(map(p.sources(), Defaults::projection)).build()));
    return b.build();
  }

  private static VolumeProjection projection(VolumeProjection p) {
    VolumeProjection.Builder b = VolumeProjection.builder().from(p);
    p.serviceAccountToken().filter(t -> t.expirationSeconds().isEmpty()).ifPresent(t ->
        b.serviceAccountToken(ServiceAccountTokenProjection.builder().from(t)
            .expirationSeconds(3600L).build()));
    p.downwardAPI().ifPresent(d -> b.downwardAPI(DownwardAPIProjection.builder().from(d)
        .items(map(d.items(), Defaults::downwardFile)).build()));
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
    Container.Builder b = Container.builder().from(c);
    b.ports(map(c.ports(), p -> port(p, hostNetwork)));
    b.env(map(c.env(), Defaults::env));
    c.resources().ifPresent(r -> b.resources(resources(r, isPod)));
    c.livenessProbe().ifPresent(p -> b.livenessProbe(probe(p)));
    c.readinessProbe().ifPresent(p -> b.readinessProbe(probe(p)));
    c.startupProbe().ifPresent(p -> b.startupProbe(probe(p)));
    c.lifecycle().ifPresent(l -> b.lifecycle(lifecycle(l)));
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
    if (image.isEmpty() || image.chars().anyMatch(ch -> ch <= ' ')) {
      return false;
    }
    int at = image.indexOf('@');
    String name = at >= 0 ? image.substring(0, at) : image;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String repo = colon > slash ? name.substring(0, colon) : name;
    String path = slash >= 0 ? repo.substring(slash + 1) : repo;
    if (!path.equals(path.toLowerCase(java.util.Locale.ROOT)) || path.isEmpty()) {
      return false;
    }
    if (colon > slash) {
      return name.substring(colon + 1).equals("latest");
    }
    return at < 0;
  }

  private static ContainerPort port(ContainerPort p, boolean hostNetwork) {
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
    Map<String, Quantity> limits = roundUp(r.limits());
    Map<String, Quantity> requests = roundUp(r.requests());
    if (isPod) {
      for (Map.Entry<String, Quantity> limit : limits.entrySet()) {
        requests.putIfAbsent(limit.getKey(), limit.getValue());
      }
    }
    return ResourceRequirements.builder().from(r).limits(limits).requests(requests).build();
  }

  /** {@code SetDefaults_ResourceList}: quantities are rounded up to milli precision. */
  private static Map<String, Quantity> roundUp(Map<String, Quantity> values) {
    Map<String, Quantity> rounded = new LinkedHashMap<>();
    values.forEach((k, v) -> rounded.put(k, v.roundUp(3)));
    return rounded;
  }

  private static Probe probe(Probe p) {
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
    p.httpGet().ifPresent(h -> b.httpGet(httpGet(h)));
    return b.build();
  }

  private static Lifecycle lifecycle(Lifecycle l) {
    Lifecycle.Builder b = Lifecycle.builder().from(l);
    l.postStart().ifPresent(h -> b.postStart(handler(h)));
    l.preStop().ifPresent(h -> b.preStop(handler(h)));
    return b.build();
  }

  private static LifecycleHandler handler(LifecycleHandler h) {
    return h.httpGet().isEmpty() ? h
        : LifecycleHandler.builder().from(h).httpGet(httpGet(h.httpGet().get())).build();
  }

  private static HTTPGetAction httpGet(HTTPGetAction h) {
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
