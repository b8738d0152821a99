package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;
import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.CSIVolumeSource;
import dev.podwright.model.ConfigMapEnvSource;
import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.ConfigMapProjection;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.Container;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.DownwardAPIProjection;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.DownwardAPIVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EphemeralVolumeSource;
import dev.podwright.model.ExecAction;
import dev.podwright.model.GRPCAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.HTTPHeader;
import dev.podwright.model.HostPathVolumeSource;
import dev.podwright.model.ImageVolumeSource;
import dev.podwright.model.IntOrString;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.NFSVolumeSource;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.PersistentVolumeClaimTemplate;
import dev.podwright.model.PersistentVolumeClaimVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyOnPodConditionsPattern;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.Probe;
import dev.podwright.model.ProbeAction;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecretEnvSource;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.SecretProjection;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.SleepAction;
import dev.podwright.model.SuccessPolicyRule;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeProjection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the Podwright DSL, meant for {@code import static dev.podwright.dsl.Pods.*}.
 *
 * <pre>{@code
 * Volume shared = emptyDir("logs");
 * Pod pod = pod("web")
 *     .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:3.1")
 *         .volumeMount(mount(shared, "/var/log/app").readOnly()))
 *     .main(container("app").image("nginx:1.27").port("http", 8080)
 *         .volumeMount(shared, "/var/log/app"))
 *     .build();
 * }</pre>
 *
 * <p>The types carry the rules of native sidecars: a sidecar's restart policy is always
 * {@code Always}, plain init containers have no probe or hook methods, sidecars and init
 * containers come before the first main container, a pod cannot be built without a main
 * container, and a mount names a volume object, which the pod then declares. What the types cannot
 * catch (a malformed name, a duplicate, a port out of range) fails in {@link PodMainStep#build()}
 * with every problem listed in the API server's words.
 */
public final class Pods {
  private Pods() {}

  // Pods and containers

  /** Starts a pod named {@code name} ({@code metadata.name}). */
  public static PodInitStep pod(String name) {
    requireNonNull(name, "name == null");
    return new PodDraft(PodValue.of(
        Pod.builder().metadata(ObjectMeta.builder().name(name).build()).build()));
  }

  /**
   * Starts a native sidecar named {@code name}: an init container with {@code restartPolicy:
   * Always}. Add it to a pod with {@link PodInitStep#sidecar}.
   */
  public static ContainerImageStep<SidecarContainer> sidecar(String name) {
    return new ImageStepDraft<>(named(name), SidecarDraft::new);
  }

  /**
   * Starts a plain init container named {@code name}, which runs to completion before the next
   * container starts. Add it to a pod with {@link PodInitStep#init}.
   */
  public static ContainerImageStep<InitContainer> initContainer(String name) {
    return new ImageStepDraft<>(named(name), InitDraft::new);
  }

  /**
   * Starts a main (application) container named {@code name}. Add it to a pod with
   * {@code main(..)}.
   */
  public static ContainerImageStep<MainContainer> container(String name) {
    return new ImageStepDraft<>(named(name), MainDraft::new);
  }

  private static String named(String name) {
    return requireNonNull(name, "name == null");
  }

  // Probes and their handlers

  /** Returns a startup probe with one handler, e.g. {@code startupProbe(httpGet("/ready", 80))}. */
  public static StartupProbe startupProbe(ProbeAction action) {
    return new StartupProbeDraft(probe(action));
  }

  /** Returns a liveness probe with one handler. */
  public static LivenessProbe livenessProbe(ProbeAction action) {
    return new LivenessProbeDraft(probe(action));
  }

  /** Returns a readiness probe with one handler. */
  public static ReadinessProbe readinessProbe(ProbeAction action) {
    return new ReadinessProbeDraft(probe(action));
  }

  private static Probe probe(ProbeAction action) {
    requireNonNull(action, "action == null");
    Probe.Builder b = Probe.builder();
    if (action instanceof ExecAction) {
      b.exec((ExecAction) action);
    } else if (action instanceof HTTPGetAction) {
      b.httpGet((HTTPGetAction) action);
    } else if (action instanceof TCPSocketAction) {
      b.tcpSocket((TCPSocketAction) action);
    } else {
      b.grpc((GRPCAction) action);
    }
    return b.build();
  }

  /** Returns an HTTP GET of {@code path} on a port number, for probes and hooks. */
  public static HTTPGetAction httpGet(String path, int port) {
    requireNonNull(path, "path == null");
    return HTTPGetAction.builder().path(path).port(IntOrString.of(port)).build();
  }

  /** Returns an HTTP GET of {@code path} on a named port, for probes and hooks. */
  public static HTTPGetAction httpGet(String path, String portName) {
    requireNonNull(path, "path == null");
    requireNonNull(portName, "portName == null");
    return HTTPGetAction.builder().path(path).port(IntOrString.of(portName)).build();
  }

  /**
   * Returns an HTTP GET of {@code path} on a port number with request headers
   * ({@code httpHeaders}), e.g. {@code httpGet("/healthz", 8080, httpHeader("X-Probe", "kubelet"))}.
   */
  public static HTTPGetAction httpGet(String path, int port, HTTPHeader... headers) {
    return HTTPGetAction.builder().from(httpGet(path, port))
        .httpHeaders(Args.list(headers, "headers")).build();
  }

  /** Returns an HTTP GET of {@code path} on a named port with request headers. */
  public static HTTPGetAction httpGet(String path, String portName, HTTPHeader... headers) {
    return HTTPGetAction.builder().from(httpGet(path, portName))
        .httpHeaders(Args.list(headers, "headers")).build();
  }

  /** Returns a request header of an HTTP GET ({@code httpHeaders[]}). */
  public static HTTPHeader httpHeader(String name, String value) {
    requireNonNull(name, "name == null");
    requireNonNull(value, "value == null");
    return HTTPHeader.builder().name(name).value(value).build();
  }

  /** Returns a TCP connection to a port number, for probes and hooks. */
  public static TCPSocketAction tcpSocket(int port) {
    return TCPSocketAction.builder().port(IntOrString.of(port)).build();
  }

  /** Returns a TCP connection to a named port, for probes and hooks. */
  public static TCPSocketAction tcpSocket(String portName) {
    requireNonNull(portName, "portName == null");
    return TCPSocketAction.builder().port(IntOrString.of(portName)).build();
  }

  /** Returns a command run in the container, for probes and hooks. */
  public static ExecAction exec(String... command) {
    return ExecAction.builder().command(Args.list(command, "command")).build();
  }

  /** Returns a gRPC health check on a port; probes only. */
  public static GRPCAction grpc(int port) {
    return GRPCAction.builder().port(port).build();
  }

  /** Returns a sleep of {@code seconds}; lifecycle hooks only. */
  public static SleepAction sleep(long seconds) {
    return SleepAction.builder().seconds(seconds).build();
  }

  // Environment

  /** Returns a pod field as an environment source, e.g. {@code fieldRef("metadata.name")}. */
  public static ObjectFieldSelector fieldRef(String fieldPath) {
    requireNonNull(fieldPath, "fieldPath == null");
    return ObjectFieldSelector.builder().fieldPath(fieldPath).build();
  }

  /** Returns a resource of this container as an environment source, e.g. {@code limits.cpu}. */
  public static ResourceFieldSelector resourceFieldRef(String resource) {
    requireNonNull(resource, "resource == null");
    return ResourceFieldSelector.builder().resource(resource).build();
  }

  /**
   * Returns a resource of this container in a unit as an environment source, e.g.
   * {@code resourceFieldRef("limits.memory", "1Mi")}.
   */
  public static ResourceFieldSelector resourceFieldRef(String resource, String divisor) {
    requireNonNull(resource, "resource == null");
    return ResourceFieldSelector.builder()
        .resource(resource)
        .divisor(Quantity.parse(divisor))
        .build();
  }

  /** Returns a config map key as an environment source. */
  public static ConfigMapKeySelector configMapKeyRef(String configMapName, String key) {
    requireNonNull(configMapName, "configMapName == null");
    requireNonNull(key, "key == null");
    return ConfigMapKeySelector.builder().name(configMapName).key(key).build();
  }

  /** Returns a secret key as an environment source. */
  public static SecretKeySelector secretKeyRef(String secretName, String key) {
    requireNonNull(secretName, "secretName == null");
    requireNonNull(key, "key == null");
    return SecretKeySelector.builder().name(secretName).key(key).build();
  }

  /** Returns every key of a config map as environment variables, for {@code envFrom(..)}. */
  public static EnvFromSource configMapEnv(String configMapName) {
    requireNonNull(configMapName, "configMapName == null");
    return EnvFromSource.builder()
        .configMapRef(ConfigMapEnvSource.builder().name(configMapName).build())
        .build();
  }

  /** Returns every key of a secret as environment variables, for {@code envFrom(..)}. */
  public static EnvFromSource secretEnv(String secretName) {
    requireNonNull(secretName, "secretName == null");
    return EnvFromSource.builder()
        .secretRef(SecretEnvSource.builder().name(secretName).build())
        .build();
  }

  // Resources

  /** Returns an amount of CPU, e.g. {@code cpu("100m")}. */
  public static ResourceAmount cpu(String quantity) {
    return resource("cpu", quantity);
  }

  /** Returns an amount of memory, e.g. {@code memory("128Mi")}. */
  public static ResourceAmount memory(String quantity) {
    return resource("memory", quantity);
  }

  /** Returns an amount of ephemeral storage, e.g. {@code ephemeralStorage("1Gi")}. */
  public static ResourceAmount ephemeralStorage(String quantity) {
    return resource("ephemeral-storage", quantity);
  }

  /**
   * Returns an amount of any resource, e.g. {@code resource("nvidia.com/gpu", "1")}.
   *
   * @throws dev.podwright.model.QuantityFormatException if {@code quantity} does not parse
   */
  public static ResourceAmount resource(String name, String quantity) {
    requireNonNull(name, "name == null");
    requireNonNull(quantity, "quantity == null");
    return new ResourceAmountValue(name, Quantity.parse(quantity));
  }

  // Volumes and mounts

  /** Returns a mount of {@code volume} at {@code mountPath}, for {@code volumeMount(..)}. */
  public static Mount mount(Volume volume, String mountPath) {
    requireNonNull(volume, "volume == null");
    requireNonNull(mountPath, "mountPath == null");
    return new MountDraft(Optional.of(volume),
        VolumeMount.builder().name(volume.name()).mountPath(mountPath).build());
  }

  /** Returns a scratch volume that lives as long as the pod ({@code emptyDir: {}}). */
  public static Volume emptyDir(String name) {
    return volume(name, EmptyDirVolumeSource.builder().build());
  }

  /** Returns a scratch volume with a size limit, in memory (tmpfs) if {@code inMemory}. */
  public static Volume emptyDir(String name, String sizeLimit, boolean inMemory) {
    requireNonNull(name, "name == null");
    requireNonNull(sizeLimit, "sizeLimit == null");
    EmptyDirVolumeSource.Builder source =
        EmptyDirVolumeSource.builder().sizeLimit(Quantity.parse(sizeLimit));
    if (inMemory) {
      source.medium("Memory");
    }
    return volume(name, source.build());
  }

  /** Returns a volume holding the keys of a config map as files. */
  public static Volume configMapVolume(String name, String configMapName) {
    requireNonNull(configMapName, "configMapName == null");
    return volume(name, ConfigMapVolumeSource.builder().name(configMapName).build());
  }

  /** Returns a volume holding the keys of a secret as files. */
  public static Volume secretVolume(String name, String secretName) {
    requireNonNull(secretName, "secretName == null");
    return volume(name, SecretVolumeSource.builder().secretName(secretName).build());
  }

  /** Returns a volume backed by a persistent volume claim. */
  public static Volume persistentVolumeClaim(String name, String claimName) {
    requireNonNull(claimName, "claimName == null");
    return volume(name, PersistentVolumeClaimVolumeSource.builder().claimName(claimName).build());
  }

  /** Returns a volume for a path on the node. */
  public static Volume hostPath(String name, String path) {
    requireNonNull(path, "path == null");
    return volume(name, HostPathVolumeSource.builder().path(path).build());
  }

  /** Returns a volume holding pod fields as files. */
  public static Volume downwardAPI(String name, DownwardAPIVolumeFile... files) {
    List<DownwardAPIVolumeFile> items = Args.list(files, "files");
    return volume(name, DownwardAPIVolumeSource.builder().addAllItems(items).build());
  }

  /** Returns a volume that projects several sources into one directory. */
  public static Volume projected(String name, VolumeProjection... sources) {
    List<VolumeProjection> list = Args.list(sources, "sources");
    return volume(name, ProjectedVolumeSource.builder().addAllSources(list).build());
  }

  /** Returns a volume from an {@code emptyDir} source with every field under your control. */
  public static Volume volume(String name, EmptyDirVolumeSource source) {
    return named(name, source).emptyDir(source).build();
  }

  /** Returns a volume from a {@code configMap} source with every field under your control. */
  public static Volume volume(String name, ConfigMapVolumeSource source) {
    return named(name, source).configMap(source).build();
  }

  /** Returns a volume from a {@code secret} source with every field under your control. */
  public static Volume volume(String name, SecretVolumeSource source) {
    return named(name, source).secret(source).build();
  }

  /** Returns a volume from a {@code persistentVolumeClaim} source. */
  public static Volume volume(String name, PersistentVolumeClaimVolumeSource source) {
    return named(name, source).persistentVolumeClaim(source).build();
  }

  /** Returns a volume from a {@code hostPath} source with every field under your control. */
  public static Volume volume(String name, HostPathVolumeSource source) {
    return named(name, source).hostPath(source).build();
  }

  /** Returns a volume from a {@code downwardAPI} source with every field under your control. */
  public static Volume volume(String name, DownwardAPIVolumeSource source) {
    return named(name, source).downwardAPI(source).build();
  }

  /** Returns a volume from a {@code projected} source with every field under your control. */
  public static Volume volume(String name, ProjectedVolumeSource source) {
    return named(name, source).projected(source).build();
  }

  private static Volume.Builder named(String name, Object source) {
    requireNonNull(name, "name == null");
    requireNonNull(source, "source == null");
    return Volume.builder().name(name);
  }

  /** Returns a file holding a pod field, for downward API volumes and projections. */
  public static DownwardAPIVolumeFile downwardAPIFile(String path, String fieldPath) {
    requireNonNull(path, "path == null");
    return DownwardAPIVolumeFile.builder().path(path).fieldRef(fieldRef(fieldPath)).build();
  }

  /** Returns a key of a config map or secret mapped to a file path. */
  public static KeyToPath keyToPath(String key, String path) {
    requireNonNull(key, "key == null");
    requireNonNull(path, "path == null");
    return KeyToPath.builder().key(key).path(path).build();
  }

  /** Returns a projected service account token for {@code audience}, valid for a while. */
  public static VolumeProjection serviceAccountToken(
      String path, String audience, long expirationSeconds) {
    requireNonNull(path, "path == null");
    requireNonNull(audience, "audience == null");
    return VolumeProjection.builder()
        .serviceAccountToken(ServiceAccountTokenProjection.builder()
            .path(path)
            .audience(audience)
            .expirationSeconds(expirationSeconds)
            .build())
        .build();
  }

  /** Returns config map keys as a projection; all keys when {@code items} is empty. */
  public static VolumeProjection configMapProjection(String configMapName, KeyToPath... items) {
    requireNonNull(configMapName, "configMapName == null");
    List<KeyToPath> list = Args.list(items, "items");
    return VolumeProjection.builder()
        .configMap(ConfigMapProjection.builder().name(configMapName).addAllItems(list).build())
        .build();
  }

  /** Returns secret keys as a projection; all keys when {@code items} is empty. */
  public static VolumeProjection secretProjection(String secretName, KeyToPath... items) {
    requireNonNull(secretName, "secretName == null");
    List<KeyToPath> list = Args.list(items, "items");
    return VolumeProjection.builder()
        .secret(SecretProjection.builder().name(secretName).addAllItems(list).build())
        .build();
  }

  /** Returns pod fields as a projection. */
  public static VolumeProjection downwardAPIProjection(DownwardAPIVolumeFile... files) {
    List<DownwardAPIVolumeFile> list = Args.list(files, "files");
    return VolumeProjection.builder()
        .downwardAPI(DownwardAPIProjection.builder().addAllItems(list).build())
        .build();
  }

  // Workloads
  //
  // A workload wraps a pod template built with the same staged DSL: start it with template(), add
  // containers and the settings a template may have, and hand the TemplateMainStep to a workload
  // factory. The factories fix what each kind requires: a job chooses its pods' restart policy,
  // and replicated kinds select their pods by the template's labels.

  /**
   * Starts a pod template for a workload ({@code spec.template}): a pod without a name, since
   * the controller names the pods it creates. Add containers as for {@link #pod}; labels set on
   * it are pod labels ({@code spec.template.metadata.labels}). It has no {@code restartPolicy},
   * {@code namespace} or {@code activeDeadlineSeconds}: the workload decides them.
   */
  public static TemplateInitStep template() {
    return new TemplateDraft(PodValue.of(Pod.builder().build()));
  }

  /**
   * Starts a job named {@code name} ({@code apiVersion: batch/v1}, {@code kind: Job}) that runs
   * {@code template} to completion. The restart policy must be chosen: it becomes
   * {@code spec.template.spec.restartPolicy}, and {@code Always}, which jobs reject, has no
   * constant. This overload takes {@link JobRestartPolicy#NEVER} (a new pod per retry) and
   * returns a step that offers a pod failure policy; the one for
   * {@link JobRestartPolicy#ON_FAILURE} returns an {@link OnFailureJobStep}, which does not. The
   * selector stays unset for the API server to generate. Native sidecars in the template do not
   * keep the job from completing.
   *
   * <pre>{@code
   * Job pi = job("pi", JobRestartPolicy.NEVER,
   *         template().main(container("pi").image("perl:5.34").command("perl", "-e", "1")))
   *     .backoffLimit(4)
   *     .build();
   * }</pre>
   */
  public static JobStep job(
      String name, JobRestartPolicy.Never restartPolicy, TemplateMainStep template) {
    return JobDraft.of(name, restartPolicy, template);
  }

  /**
   * Starts a job named {@code name} whose pods restart failed containers in place
   * ({@code restartPolicy: OnFailure}), as {@link #job(String, JobRestartPolicy.Never,
   * TemplateMainStep)} does for {@code Never}. The step it returns has no pod failure policy,
   * which the API server accepts only with {@code Never}.
   */
  public static OnFailureJobStep job(
      String name, JobRestartPolicy.OnFailure restartPolicy, TemplateMainStep template) {
    return OnFailureJobDraft.of(name, restartPolicy, template);
  }

  /**
   * Starts a cron job named {@code name} ({@code apiVersion: batch/v1}, {@code kind: CronJob})
   * that creates a job from {@code template} on {@code schedule} ({@code spec.schedule}, cron
   * format such as {@code "0 3 * * *"}). The restart policy must be chosen, as for
   * {@link #job(String, JobRestartPolicy.Never, TemplateMainStep)}; it goes to
   * {@code spec.jobTemplate.spec.template.spec.restartPolicy}. With
   * {@link JobRestartPolicy#NEVER}, the jobs may have a pod failure policy.
   */
  public static CronJobStep cronJob(String name, String schedule,
      JobRestartPolicy.Never restartPolicy, TemplateMainStep template) {
    return CronJobDraft.of(name, schedule, restartPolicy, template);
  }

  /**
   * Starts a cron job whose pods restart failed containers in place
   * ({@code restartPolicy: OnFailure}), as {@link #cronJob(String, String,
   * JobRestartPolicy.Never, TemplateMainStep)} does for {@code Never}; the step it returns has no
   * pod failure policy.
   */
  public static OnFailureCronJobStep cronJob(String name, String schedule,
      JobRestartPolicy.OnFailure restartPolicy, TemplateMainStep template) {
    return OnFailureCronJobDraft.of(name, schedule, restartPolicy, template);
  }

  /**
   * Starts a deployment named {@code name} ({@code apiVersion: apps/v1}, {@code kind:
   * Deployment}) of {@code template}. Its selector ({@code spec.selector.matchLabels}) is every
   * label of the template, so pods and selector cannot disagree; as the selector of a deployment
   * cannot change later, choose stable template labels. The pod restart policy is left to the
   * server's default, {@code Always}, the only one it accepts; a template cannot set another.
   *
   * @throws IllegalArgumentException if the template has no label to select its pods by
   */
  public static DeploymentStep deployment(String name, TemplateMainStep template) {
    return DeploymentDraft.of(name, template);
  }

  /**
   * Starts a stateful set named {@code name} ({@code apiVersion: apps/v1}, {@code kind:
   * StatefulSet}) of {@code template}, selected by every template label as for
   * {@link #deployment}. Its {@code build()} checks the pod template fully, as servers from
   * 1.34 do, although a 1.33 server would accept an invalid one and then fail to create the pods.
   *
   * @throws IllegalArgumentException if the template has no label to select its pods by
   */
  public static StatefulSetStep statefulSet(String name, TemplateMainStep template) {
    return StatefulSetDraft.of(name, template);
  }

  /**
   * Starts a daemon set named {@code name} ({@code apiVersion: apps/v1}, {@code kind: DaemonSet})
   * of {@code template}, selected by every template label as for {@link #deployment}.
   *
   * @throws IllegalArgumentException if the template has no label to select its pods by
   */
  public static DaemonSetStep daemonSet(String name, TemplateMainStep template) {
    return DaemonSetDraft.of(name, template);
  }

  /**
   * Returns a label selector of one label ({@code matchLabels: {key: value}}), for the pod
   * affinity helpers such as
   * {@link PodSchedulingStep#requirePodAffinity(String, LabelSelector)}; add more labels with
   * {@code LabelSelector.builder().from(selector).putMatchLabel(..)}.
   */
  public static LabelSelector matchLabels(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return LabelSelector.builder().putMatchLabel(key, value).build();
  }

  // Volumes beyond the basics: CSI, generic ephemeral and image volumes

  /** Returns an inline CSI volume of {@code driver}, e.g. the Secrets Store CSI driver. */
  public static Volume csi(String name, String driver) {
    requireNonNull(driver, "driver == null");
    return volume(name, CSIVolumeSource.builder().driver(driver).build());
  }

  /**
   * Returns a generic ephemeral volume: a claim of {@code size} ({@code ReadWriteOnce}) in
   * {@code storageClassName}, created with the pod and deleted with it
   * ({@code ephemeral.volumeClaimTemplate}).
   */
  public static Volume ephemeral(String name, String storageClassName, String size) {
    return ephemeral(name, storageClassName, size, AccessMode.READ_WRITE_ONCE);
  }

  /**
   * Returns a generic ephemeral volume: a claim of {@code size} with the given access modes in
   * {@code storageClassName}, created with the pod and deleted with it
   * ({@code ephemeral.volumeClaimTemplate}), e.g.
   * {@code ephemeral("scratch", "fast", "10Gi", AccessMode.READ_WRITE_ONCE_POD)}. For a block
   * device ({@code volumeMode: Block}) or a data source, use
   * {@link #volume(String, EphemeralVolumeSource)}.
   *
   * @throws dev.podwright.model.QuantityFormatException if {@code size} does not parse
   */
  public static Volume ephemeral(
      String name, String storageClassName, String size, AccessMode... accessModes) {
    requireNonNull(storageClassName, "storageClassName == null");
    requireNonNull(size, "size == null");
    List<String> modes = Args.list(accessModes, "accessModes").stream()
        .map(AccessMode::value).collect(java.util.stream.Collectors.toList());
    Quantity storage = Quantity.parse(size);
    PersistentVolumeClaimSpec claim = PersistentVolumeClaimSpec.builder()
        .accessModes(modes)
        .storageClassName(storageClassName)
        .resources(ResourceRequirements.builder().putRequest("storage", storage).build())
        .build();
    return volume(name, EphemeralVolumeSource.builder()
        .volumeClaimTemplate(PersistentVolumeClaimTemplate.builder().spec(claim).build())
        .build());
  }

  /**
   * Returns a read-only volume holding the files of an OCI image or artifact
   * ({@code image.reference}; gate {@code ImageVolume}, beta from 1.33, off by default).
   */
  public static Volume imageVolume(String name, String reference) {
    requireNonNull(reference, "reference == null");
    return volume(name, ImageVolumeSource.builder().reference(reference).build());
  }

  /** Returns a volume from a {@code csi} source with every field under your control. */
  public static Volume volume(String name, CSIVolumeSource source) {
    return named(name, source).csi(source).build();
  }

  /** Returns a volume from an {@code ephemeral} source with every field under your control. */
  public static Volume volume(String name, EphemeralVolumeSource source) {
    return named(name, source).ephemeral(source).build();
  }

  /** Returns a volume from an {@code image} source with every field under your control. */
  public static Volume volume(String name, ImageVolumeSource source) {
    return named(name, source).image(source).build();
  }

  /** Returns a volume from an {@code nfs} source with every field under your control. */
  public static Volume volume(String name, NFSVolumeSource source) {
    return named(name, source).nfs(source).build();
  }

  // Container restart rules (restartPolicyRules[])

  /** Returns a rule that restarts the container when it exits with one of {@code exitCodes}. */
  public static ContainerRestartRule restartOnExitCodes(int... exitCodes) {
    return restartRule("Restart", "In", exitCodes);
  }

  /** Returns a rule that restarts the container unless it exits with one of {@code exitCodes}. */
  public static ContainerRestartRule restartUnlessExitCodes(int... exitCodes) {
    return restartRule("Restart", "NotIn", exitCodes);
  }

  /**
   * Returns a rule that restarts every container of the pod in place, init containers and
   * sidecars first, when this one exits with one of {@code exitCodes} (action
   * {@code RestartAllContainers}; gate {@code RestartAllContainersOnContainerExits}, beta and on
   * from 1.36). No {@code preStop} hook runs.
   */
  public static ContainerRestartRule restartAllContainersOnExitCodes(int... exitCodes) {
    return restartRule("RestartAllContainers", "In", exitCodes);
  }

  private static ContainerRestartRule restartRule(String action, String operator, int[] codes) {
    requireNonNull(codes, "exitCodes == null");
    ContainerRestartRuleOnExitCodes.Builder b =
        ContainerRestartRuleOnExitCodes.builder().operator(operator);
    for (int code : codes) {
      b.addValue(code);
    }
    return ContainerRestartRule.builder().action(action).exitCodes(b.build()).build();
  }

  // Security profiles, for the pod and container security contexts

  /** Returns the container runtime's default seccomp profile ({@code type: RuntimeDefault}). */
  public static SeccompProfile seccompRuntimeDefault() {
    return SeccompProfile.builder().type("RuntimeDefault").build();
  }

  /** Returns a seccomp profile file on the node, relative to the kubelet's seccomp directory. */
  public static SeccompProfile seccompLocalhost(String localhostProfile) {
    requireNonNull(localhostProfile, "localhostProfile == null");
    return SeccompProfile.builder().type("Localhost").localhostProfile(localhostProfile).build();
  }

  /** Returns no seccomp filtering at all ({@code type: Unconfined}). */
  public static SeccompProfile seccompUnconfined() {
    return SeccompProfile.builder().type("Unconfined").build();
  }

  /** Returns the container runtime's default AppArmor profile ({@code type: RuntimeDefault}). */
  public static AppArmorProfile appArmorRuntimeDefault() {
    return AppArmorProfile.builder().type("RuntimeDefault").build();
  }

  /** Returns an AppArmor profile loaded on the node, by name ({@code type: Localhost}). */
  public static AppArmorProfile appArmorLocalhost(String localhostProfile) {
    requireNonNull(localhostProfile, "localhostProfile == null");
    return AppArmorProfile.builder().type("Localhost").localhostProfile(localhostProfile).build();
  }

  /** Returns no AppArmor confinement ({@code type: Unconfined}). */
  public static AppArmorProfile appArmorUnconfined() {
    return AppArmorProfile.builder().type("Unconfined").build();
  }

  /** Returns an SELinux context with only its MCS level set, e.g. {@code "s0:c123,c456"}. */
  public static SELinuxOptions seLinuxLevel(String level) {
    requireNonNull(level, "level == null");
    return SELinuxOptions.builder().level(level).build();
  }

  // Workload-level values (issue 11): stateful set claim templates

  /**
   * Returns a volume claim template for a stateful set named {@code name}, requesting
   * {@code storage} (e.g. {@code "10Gi"}, {@code spec.resources.requests.storage}) with the given
   * access modes, written with {@code kind: PersistentVolumeClaim} and {@code apiVersion: v1},
   * e.g. {@code volumeClaimTemplate("data", "10Gi", AccessMode.READ_WRITE_ONCE)}.
   * Mount it with {@code volumeMount(mount(claim, path))} and add it with
   * {@link StatefulSetStep#volumeClaimTemplate}.
   *
   * @throws dev.podwright.model.QuantityFormatException if {@code storage} does not parse
   */
  public static ClaimTemplate volumeClaimTemplate(
      String name, String storage, AccessMode... accessModes) {
    requireNonNull(name, "name == null");
    requireNonNull(storage, "storage == null");
    List<String> modes = Args.list(accessModes, "accessModes").stream()
        .map(AccessMode::value).collect(java.util.stream.Collectors.toList());
    // kind and apiVersion as the API server stores claim templates, and as fabric8 sets them.
    return volumeClaimTemplate(PersistentVolumeClaim.builder()
        .kind("PersistentVolumeClaim")
        .apiVersion("v1")
        .metadata(ObjectMeta.builder().name(name).build())
        .spec(PersistentVolumeClaimSpec.builder()
            .accessModes(modes)
            .resources(ResourceRequirements.builder()
                .putRequest("storage", Quantity.parse(storage))
                .build())
            .build())
        .build());
  }

  /**
   * Returns a volume claim template from a model value, with every field under your control;
   * its {@code metadata.name} is what the template's containers mount.
   *
   * @throws IllegalArgumentException if the claim has no name
   */
  public static ClaimTemplate volumeClaimTemplate(PersistentVolumeClaim claim) {
    return new ClaimTemplateDraft(claim);
  }

  /**
   * Returns a mount of a stateful set's claim template at {@code mountPath}: the controller adds
   * the pod's own claim as the volume {@code claim.name()}, so the template does not declare it
   * under {@code spec.volumes}.
   */
  public static Mount mount(ClaimTemplate claim, String mountPath) {
    requireNonNull(claim, "claim == null");
    requireNonNull(mountPath, "mountPath == null");
    return new MountDraft(Optional.empty(),
        VolumeMount.builder().name(claim.name()).mountPath(mountPath).build());
  }

  // Job policies (issue 11): rules of spec.podFailurePolicy and spec.successPolicy
  //
  // The rules are evaluated in order and the first that matches a failed pod decides. A native
  // sidecar is stopped when its pod ends and then typically exits with 143 (SIGTERM) or 137
  // (SIGKILL), so a rule without a container name, such as "fail the job on any exit code but
  // 1", also matches the sidecar; JobSettingsStep.ignoreSidecarExits() scopes such rules to the
  // template's other containers by name.

  /**
   * Returns a rule on the exit codes of any container ({@code onExitCodes} without
   * {@code containerName}). The codes are written sorted and without duplicates, as the API
   * server requires.
   */
  public static PodFailurePolicyRule onExitCodes(
      PodFailureAction action, ExitCodeOperator operator, int... codes) {
    return exitCodes(action, null, operator, codes);
  }

  /**
   * Returns a rule on the exit codes of one container, which must be a container or init
   * container of the job's template ({@code onExitCodes.containerName}).
   */
  public static PodFailurePolicyRule onExitCodes(
      PodFailureAction action, String containerName, ExitCodeOperator operator, int... codes) {
    requireNonNull(containerName, "containerName == null");
    return exitCodes(action, containerName, operator, codes);
  }

  private static PodFailurePolicyRule exitCodes(PodFailureAction action,
      @Nullable String containerName, ExitCodeOperator operator, int[] codes) {
    requireNonNull(action, "action == null");
    requireNonNull(operator, "operator == null");
    requireNonNull(codes, "codes == null");
    TreeSet<Integer> sorted = new TreeSet<>();
    for (int code : codes) {
      sorted.add(code);
    }
    PodFailurePolicyOnExitCodesRequirement.Builder b = PodFailurePolicyOnExitCodesRequirement
        .builder().operator(operator.value()).values(sorted);
    if (containerName != null) {
      b.containerName(containerName);
    }
    return PodFailurePolicyRule.builder().action(action.value()).onExitCodes(b.build()).build();
  }

  /**
   * Returns a rule on a pod condition with status {@code True} ({@code onPodConditions}), e.g.
   * {@code onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget")}.
   */
  public static PodFailurePolicyRule onPodCondition(PodFailureAction action, String type) {
    requireNonNull(action, "action == null");
    requireNonNull(type, "type == null");
    return PodFailurePolicyRule.builder()
        .action(action.value())
        .addOnPodCondition(
            PodFailurePolicyOnPodConditionsPattern.builder().type(type).status("True").build())
        .build();
  }

  /**
   * Returns the rule that does not count pods the cluster disrupted (preemption, eviction, node
   * drain: condition {@code DisruptionTarget}) towards {@code backoffLimit}.
   */
  public static PodFailurePolicyRule ignoreDisruptions() {
    return onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget");
  }

  /**
   * Returns a rule met when every index in {@code indexes} has succeeded
   * ({@code succeededIndexes}), a list of numbers and ranges such as {@code "0,2-4"}.
   */
  public static SuccessPolicyRule succeededIndexes(String indexes) {
    requireNonNull(indexes, "indexes == null");
    return SuccessPolicyRule.builder().succeededIndexes(indexes).build();
  }

  /** Returns a rule met when {@code count} indexes have succeeded ({@code succeededCount}). */
  public static SuccessPolicyRule succeededCount(int count) {
    return SuccessPolicyRule.builder().succeededCount(count).build();
  }

  /**
   * Returns a rule met when {@code count} of the indexes in {@code indexes} have succeeded
   * ({@code succeededIndexes} and {@code succeededCount}).
   */
  public static SuccessPolicyRule succeededIndexes(String indexes, int count) {
    requireNonNull(indexes, "indexes == null");
    return SuccessPolicyRule.builder().succeededIndexes(indexes).succeededCount(count).build();
  }
}
