package dev.podwright.annotations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The Podwright annotations, nested in one holder as Immutables nests {@code @Value.Immutable}, so
 * that their names cannot clash with the model's: write {@code @Podwright.PodSpec},
 * {@code @Podwright.Volume} and {@code @Podwright.Probe} next to {@code dev.podwright.model.PodSpec},
 * {@code Volume} and {@code Probe} without qualified names. Import the holder
 * ({@code import dev.podwright.annotations.Podwright;}), not its members.
 *
 * <pre>{@code
 * @Podwright.PodSpec(name = "web",
 *     volumes = @Podwright.Volume(name = "logs", emptyDir = @Podwright.EmptyDir))
 * interface WebPod {
 *   @Podwright.Sidecar(image = "fluent/fluent-bit:3.1",
 *       mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app", readOnly = true))
 *   void logShipper();
 *
 *   @Podwright.Main(image = "nginx:1.27",
 *       mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app"))
 *   void app();
 * }
 * }</pre>
 *
 * <p>The top-level annotations of this package with the same simple names
 * ({@code dev.podwright.annotations.PodSpec}, ...) are deprecated and will be removed in the
 * next release; the processor still reads them and warns ({@code [PodwrightDeprecated]}).
 *
 * <p>This file is long because it is the whole annotation vocabulary: annotation types cannot
 * inherit elements, so each container role ({@link Sidecar}, {@link Init}, {@link Main}) spells
 * out the elements they share.
 */
public final class Podwright {
  private Podwright() {}

  /**
   * Declares a pod ({@code kind: Pod}) on a class or interface whose members, annotated with
   * {@link Sidecar}, {@link Init} and {@link Main}, are its containers. The order of the members is
   * the start order: sidecars and init containers first, in any mix, then the main containers.
   *
   * <p>For {@code class SleepPod} the processor generates {@code SleepPodSpec} with a static
   * {@code pod()} method, and the resource {@code META-INF/podwright/<name>.yaml}. Together with a
   * workload annotation on the same type ({@link JobSpec}, {@link CronJobSpec},
   * {@link DeploymentSpec}, {@link StatefulSetSpec} or {@link DaemonSetSpec}), it describes the
   * workload's pod template instead: its labels are pod labels (and the selector of a deployment,
   * stateful set or daemon set), and it takes no name.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface PodSpec {
    /**
     * The pod name ({@code metadata.name}), a DNS subdomain such as {@code sleep}; required for a
     * pod, and left out for the pod template of a workload such as {@link JobSpec}.
     */
    String name() default "";

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** The labels ({@code metadata.labels}), in order. */
    Label[] labels() default {};

    /** The annotations ({@code metadata.annotations}), in order. */
    PodAnnotation[] annotations() default {};

    /**
     * The pod restart policy ({@code spec.restartPolicy}): {@code Always}, {@code OnFailure} or
     * {@code Never}. Sidecars ignore it.
     */
    String restartPolicy() default "";

    /** The grace period shared by all containers when the pod stops. */
    long terminationGracePeriodSeconds() default 30;

    /** How long the pod may run before it is failed ({@code spec.activeDeadlineSeconds}). */
    long activeDeadlineSeconds() default 0;

    /** The service account ({@code spec.serviceAccountName}). */
    String serviceAccountName() default "";

    /** Node labels the pod must be scheduled on ({@code spec.nodeSelector}). */
    Label[] nodeSelector() default {};

    /** Image pull secrets by name ({@code spec.imagePullSecrets[].name}). */
    String[] imagePullSecrets() default {};

    /** Whether the pod uses the node's network namespace ({@code spec.hostNetwork}). */
    boolean hostNetwork() default false;

    /**
     * The DNS policy ({@code spec.dnsPolicy}): {@code ClusterFirst}, {@code ClusterFirstWithHostNet},
     * {@code Default} or {@code None}.
     */
    String dnsPolicy() default "";

    /** The priority class ({@code spec.priorityClassName}). */
    String priorityClassName() default "";

    /** Whether containers share one process namespace ({@code spec.shareProcessNamespace}). */
    boolean shareProcessNamespace() default false;

    /** The tolerations ({@code spec.tolerations}), in order. */
    Toleration[] tolerations() default {};

    /** The pod security context ({@code spec.securityContext}), at most one. */
    PodSecurity[] securityContext() default {};

    /**
     * The volumes ({@code spec.volumes}), in order. A {@link Mount} names one of them; mounting a
     * volume that is not declared here is a compile error.
     */
    Volume[] volumes() default {};

    // Placement, token and pod-level resources (the DSL's PodSchedulingStep and PodRuntimeStep)

    /**
     * Whether the service account token is mounted into the containers
     * ({@code spec.automountServiceAccountToken}); {@code false} for pods that never call the API.
     */
    boolean automountServiceAccountToken() default true;

    /**
     * Node labels the pod requires, all of them: one term of
     * {@code spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution}, as the
     * DSL's {@code requireNodeLabel(..)}.
     */
    NodeLabel[] requireNodeLabels() default {};

    /**
     * Node labels the pod prefers, each with a weight
     * ({@code nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}), as the DSL's
     * {@code preferNodeLabel(..)}.
     */
    PreferredNodeLabel[] preferNodeLabels() default {};

    /**
     * Spreads the pods across zones with this {@code maxSkew}: a topology spread constraint on
     * {@code topology.kubernetes.io/zone}, {@code DoNotSchedule}, selecting the pod's own labels,
     * as the DSL's {@code spreadAcrossZones(..)}; the pod needs labels.
     */
    int spreadAcrossZones() default 1;

    /**
     * Whether two of these pods may never share a node: a required pod anti-affinity on
     * {@code kubernetes.io/hostname} selecting the pod's own labels, as the DSL's
     * {@code oneReplicaPerNode()}; the pod needs labels.
     */
    boolean oneReplicaPerNode() default false;

    /**
     * Pod-level requests ({@code spec.resources.requests}; gate {@code PodLevelResources}, beta
     * from 1.34), a budget the containers share.
     */
    Resource[] podRequests() default {};

    /** Pod-level limits ({@code spec.resources.limits}), a ceiling for all containers. */
    Resource[] podLimits() default {};

    /**
     * Topology spread constraints ({@code spec.topologySpreadConstraints[]}), in order, after
     * the one {@link #spreadAcrossZones()} writes.
     */
    TopologySpread[] topologySpread() default {};

    /**
     * Pod affinity terms ({@code spec.affinity.podAffinity}): run where matching pods run, as the
     * DSL's {@code requirePodAffinity(..)} and, with a weight, {@code preferPodAffinity(..)}.
     */
    PodAffinity[] podAffinity() default {};

    /**
     * Pod anti-affinity terms ({@code spec.affinity.podAntiAffinity}): never (or, with a weight,
     * rather not) run where matching pods run, after the term {@link #oneReplicaPerNode()}
     * writes; as the DSL's {@code requirePodAntiAffinity(..)} and {@code preferPodAntiAffinity(..)}.
     */
    PodAffinity[] podAntiAffinity() default {};

    /** The runtime class ({@code spec.runtimeClassName}), e.g. {@code gvisor}. */
    String runtimeClassName() default "";

    /** Whether the pod uses the node's process namespace ({@code spec.hostPID}). */
    boolean hostPID() default false;

    /** Whether the pod uses the node's IPC namespace ({@code spec.hostIPC}). */
    boolean hostIPC() default false;

    /**
     * Whether the pod uses the node's user namespace ({@code spec.hostUsers}); {@code false}
     * gives the pod a user namespace of its own.
     */
    boolean hostUsers() default true;

    /** The operating system of the pod ({@code spec.os.name}): {@code linux} or {@code windows}. */
    String os() default "";

    /**
     * Scheduling gates ({@code spec.schedulingGates[].name}): the pod is not scheduled until a
     * controller removes them all.
     */
    String[] schedulingGates() default {};

    /** Readiness gates ({@code spec.readinessGates[].conditionType}), pod conditions to wait for. */
    String[] readinessGates() default {};

    /** Extra {@code /etc/hosts} entries ({@code spec.hostAliases[]}), in order. */
    HostAlias[] hostAliases() default {};

    /** The DNS settings merged into the policy's ({@code spec.dnsConfig}), at most one. */
    DnsConfig[] dnsConfig() default {};

    /**
     * Dynamic resource claims the containers may use ({@code spec.resourceClaims[]}); a
     * container names one in its {@code claims}.
     */
    DeviceClaim[] resourceClaims() default {};
  }

  /**
   * A dynamic resource claim of the pod ({@code spec.resourceClaims[]}): an existing
   * {@code ResourceClaim} or one made per pod from a {@code ResourceClaimTemplate}; exactly one
   * of the two is named.
   */
  @Retention(CLASS)
  @Target({})
  public @interface DeviceClaim {
    /** The name containers use for the claim ({@code name}), a DNS label. */
    String name();

    /** An existing {@code ResourceClaim} in the pod's namespace ({@code resourceClaimName}). */
    String resourceClaimName() default "";

    /**
     * A {@code ResourceClaimTemplate} a claim is made from for this pod
     * ({@code resourceClaimTemplateName}).
     */
    String resourceClaimTemplateName() default "";
  }

  /** The use of one of the pod's resource claims by a container ({@code resources.claims[]}). */
  @Retention(CLASS)
  @Target({})
  public @interface ClaimUse {
    /** The name of a {@code @DeviceClaim} of the pod ({@code name}). */
    String name();

    /** Only this request of the claim ({@code request}); the whole claim when absent. */
    String request() default "";
  }

  /** An {@code /etc/hosts} entry ({@code spec.hostAliases[]}). */
  @Retention(CLASS)
  @Target({})
  public @interface HostAlias {
    /** The IP address ({@code ip}). */
    String ip();

    /** The host names for it ({@code hostnames}). */
    String[] hostnames();
  }

  /** The pod's DNS settings ({@code spec.dnsConfig}); only what is written is set. */
  @Retention(CLASS)
  @Target({})
  public @interface DnsConfig {
    /** Name server IP addresses ({@code nameservers}). */
    String[] nameservers() default {};

    /** DNS search domains ({@code searches}). */
    String[] searches() default {};

    /** Resolver options ({@code options[]}), e.g. {@code @Label(key = "ndots", value = "2")}. */
    Label[] options() default {};
  }

  /**
   * A topology spread constraint ({@code spec.topologySpreadConstraints[]}). Without
   * {@link #matchLabels()} it selects the pod's own labels, as the DSL's
   * {@code spreadAcrossZones(..)} does; only what is written of the optional members is set.
   */
  @Retention(CLASS)
  @Target({})
  public @interface TopologySpread {
    /** The node label that defines the domains, e.g. {@code kubernetes.io/hostname}. */
    String topologyKey();

    /** How many more matching pods one domain may have than another ({@code maxSkew}). */
    int maxSkew() default 1;

    /** {@code DoNotSchedule} (the default) or {@code ScheduleAnyway}. */
    String whenUnsatisfiable() default "DoNotSchedule";

    /** The labels of the pods counted ({@code labelSelector.matchLabels}); the pod's own if none. */
    Label[] matchLabels() default {};

    /** The least number of eligible domains ({@code minDomains}); {@code DoNotSchedule} only. */
    int minDomains() default 0;

    /**
     * Whether node affinity limits the domains ({@code nodeAffinityPolicy}): {@code Honor} or
     * {@code Ignore}.
     */
    String nodeAffinityPolicy() default "";

    /**
     * Whether node taints limit the domains ({@code nodeTaintsPolicy}): {@code Honor} or
     * {@code Ignore}.
     */
    String nodeTaintsPolicy() default "";

    /** Pod label keys whose values the pods counted must share ({@code matchLabelKeys}). */
    String[] matchLabelKeys() default {};
  }

  /**
   * A pod (anti-)affinity term: pods matching {@link #matchLabels()} (the pod's own labels if
   * none) in one domain of {@link #topologyKey()}. Without a {@link #weight()} the term is
   * required ({@code requiredDuringSchedulingIgnoredDuringExecution[]}); with a weight from 1 to
   * 100 it is a preference ({@code preferredDuringSchedulingIgnoredDuringExecution[]}).
   */
  @Retention(CLASS)
  @Target({})
  public @interface PodAffinity {
    /** The node label that defines the domain, e.g. {@code topology.kubernetes.io/zone}. */
    String topologyKey();

    /** The labels of the other pods ({@code labelSelector.matchLabels}); the pod's own if none. */
    Label[] matchLabels() default {};

    /** The weight of a preference, from 1 to 100; a required term when absent. */
    int weight() default 0;
  }

  /** A required node label: {@code In} its values, or {@code Exists} without values. */
  @Retention(CLASS)
  @Target({})
  public @interface NodeLabel {
    /** The label key, e.g. {@code kubernetes.io/arch}. */
    String key();

    /** The values any of which the label may have; none means the label must exist. */
    String[] values() default {};
  }

  /** A preferred node label with its weight, from 1 to 100. */
  @Retention(CLASS)
  @Target({})
  public @interface PreferredNodeLabel {
    /** The weight of the preference, from 1 to 100. */
    int weight();

    /** The label key, e.g. {@code node.kubernetes.io/instance-type}. */
    String key();

    /** The values any of which the label may have; none means the label must exist. */
    String[] values() default {};
  }

  /**
   * Declares a job ({@code apiVersion: batch/v1}, {@code kind: Job}) on a class or interface whose
   * members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the containers of
   * its pod template. An optional {@link PodSpec} on the same type, without a name, sets the
   * template's labels, annotations, volumes and pod settings. Native sidecars do not keep the job
   * from completing.
   *
   * <p>For {@code class ReportJob} the processor generates {@code ReportJobSpec} with a static
   * {@code job()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface JobSpec {
    /** The job name ({@code metadata.name}). */
    String name();

    /**
     * The restart policy of the job's pods ({@code spec.template.spec.restartPolicy}): a job must
     * choose {@code Never} or {@code OnFailure}.
     */
    String restartPolicy();

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** Labels of the job itself ({@code metadata.labels}); pod labels go on {@link PodSpec}. */
    Label[] labels() default {};

    /** Annotations of the job itself ({@code metadata.annotations}). */
    PodAnnotation[] annotations() default {};

    /** How many pods may run at once ({@code spec.parallelism}). */
    int parallelism() default 1;

    /** How many pods must succeed ({@code spec.completions}). */
    int completions() default 1;

    /** Whether pods are numbered 0 to completions - 1 ({@code completionMode: Indexed}). */
    boolean indexed() default false;

    /** How many retries are allowed before the job fails ({@code spec.backoffLimit}). */
    int backoffLimit() default 6;

    /** How long the job may run, in seconds ({@code spec.activeDeadlineSeconds}). */
    long activeDeadlineSeconds() default 0;

    /** How long a finished job is kept ({@code spec.ttlSecondsAfterFinished}). */
    int ttlSecondsAfterFinished() default 0;

    /** Whether the job starts suspended ({@code spec.suspend}). */
    boolean suspend() default false;

    /**
     * How pod failures are handled ({@code spec.podFailurePolicy}), at most one; the job's
     * {@link #restartPolicy()} must then be {@code Never}.
     */
    PodFailurePolicy[] podFailurePolicy() default {};

    /** How many retries each index may use ({@code backoffLimitPerIndex}); needs {@code indexed}. */
    int backoffLimitPerIndex() default 0;

    /** How many indexes may fail before the job fails ({@code maxFailedIndexes}). */
    int maxFailedIndexes() default 0;

    /**
     * When a replacement pod is created ({@code podReplacementPolicy}):
     * {@code TerminatingOrFailed} or {@code Failed}.
     */
    String podReplacementPolicy() default "";

    /** When an indexed job counts as succeeded ({@code successPolicy.rules}), in order. */
    SuccessRule[] successPolicy() default {};

    /** The controller that manages the job instead of the built-in one ({@code managedBy}). */
    String managedBy() default "";
  }

  /**
   * Declares a cron job ({@code apiVersion: batch/v1}, {@code kind: CronJob}) on a class or
   * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
   * containers of its jobs' pod template. An optional {@link PodSpec} on the same type, without a
   * name, sets the template's labels, annotations, volumes and pod settings.
   *
   * <p>For {@code class Cleanup} the processor generates {@code CleanupSpec} with a static
   * {@code cronJob()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface CronJobSpec {
    /** The cron job name ({@code metadata.name}). */
    String name();

    /** The schedule in cron syntax ({@code spec.schedule}), e.g. {@code "0 2 * * *"}. */
    String schedule();

    /**
     * The restart policy of the jobs' pods
     * ({@code spec.jobTemplate.spec.template.spec.restartPolicy}): {@code Never} or
     * {@code OnFailure}.
     */
    String restartPolicy();

    /** The time zone of the schedule ({@code spec.timeZone}), e.g. {@code "Europe/Berlin"}. */
    String timeZone() default "";

    /**
     * What to do when a run is due while the last one still runs ({@code spec.concurrencyPolicy}):
     * {@code Allow}, {@code Forbid} or {@code Replace}.
     */
    String concurrencyPolicy() default "";

    /** How late a missed run may still start, in seconds ({@code spec.startingDeadlineSeconds}). */
    long startingDeadlineSeconds() default 0;

    /** How many successful jobs are kept ({@code spec.successfulJobsHistoryLimit}). */
    int successfulJobsHistoryLimit() default 3;

    /** How many failed jobs are kept ({@code spec.failedJobsHistoryLimit}). */
    int failedJobsHistoryLimit() default 1;

    /** Whether new runs are suspended ({@code spec.suspend}); running jobs are not affected. */
    boolean suspend() default false;

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** Labels of the cron job itself ({@code metadata.labels}); pod labels go on {@link PodSpec}. */
    Label[] labels() default {};

    /** Annotations of the cron job itself ({@code metadata.annotations}). */
    PodAnnotation[] annotations() default {};

    /** How many pods of one job may run at once ({@code spec.jobTemplate.spec.parallelism}). */
    int parallelism() default 1;

    /** How many pods of one job must succeed ({@code spec.jobTemplate.spec.completions}). */
    int completions() default 1;

    /** How many retries a job may use ({@code spec.jobTemplate.spec.backoffLimit}). */
    int backoffLimit() default 6;

    /** How long one job may run ({@code spec.jobTemplate.spec.activeDeadlineSeconds}). */
    long activeDeadlineSeconds() default 0;

    /** How long a finished job is kept ({@code spec.jobTemplate.spec.ttlSecondsAfterFinished}). */
    int ttlSecondsAfterFinished() default 0;

    /**
     * How the pod failures of each job are handled ({@code spec.jobTemplate.spec.podFailurePolicy}),
     * at most one; {@link #restartPolicy()} must then be {@code Never}.
     */
    PodFailurePolicy[] podFailurePolicy() default {};

    /**
     * Whether each job's pods are numbered 0 to completions - 1
     * ({@code spec.jobTemplate.spec.completionMode: Indexed}).
     */
    boolean indexed() default false;

    /** How many retries each index may use ({@code backoffLimitPerIndex}); needs {@code indexed}. */
    int backoffLimitPerIndex() default 0;

    /** How many indexes may fail before the job fails ({@code maxFailedIndexes}). */
    int maxFailedIndexes() default 0;

    /**
     * When a replacement pod is created ({@code podReplacementPolicy}):
     * {@code TerminatingOrFailed} or {@code Failed}.
     */
    String podReplacementPolicy() default "";

    /** When an indexed job counts as succeeded ({@code successPolicy.rules}), in order. */
    SuccessRule[] successPolicy() default {};

    /** The controller that manages the job instead of the built-in one ({@code managedBy}). */
    String managedBy() default "";
  }

  /**
   * Declares a deployment ({@code apiVersion: apps/v1}, {@code kind: Deployment}) on a class or
   * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
   * containers of its pod template. A {@link PodSpec} on the same type, without a name, must give
   * the template labels: the deployment selects its pods by them ({@code spec.selector}).
   *
   * <p>For {@code class Checkout} the processor generates {@code CheckoutSpec} with a static
   * {@code deployment()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface DeploymentSpec {
    /** The deployment name ({@code metadata.name}). */
    String name();

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** Labels of the deployment itself ({@code metadata.labels}); pod labels go on @PodSpec. */
    Label[] labels() default {};

    /** Annotations of the deployment itself ({@code metadata.annotations}). */
    PodAnnotation[] annotations() default {};

    /** How many pods to run ({@code spec.replicas}). */
    int replicas() default 1;

    /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
    int minReadySeconds() default 0;

    /** How long a rollout may stall before it is failed ({@code spec.progressDeadlineSeconds}). */
    int progressDeadlineSeconds() default 600;

    /** How many old replica sets are kept ({@code spec.revisionHistoryLimit}). */
    int revisionHistoryLimit() default 10;

    /**
     * The update strategy ({@code spec.strategy.type}): {@code Recreate}, or {@code RollingUpdate}
     * with both {@link #maxSurge} and {@link #maxUnavailable}.
     */
    String strategy() default "";

    /**
     * How many pods a rolling update may add ({@code spec.strategy.rollingUpdate.maxSurge}): a
     * number such as {@code "1"} or a percentage such as {@code "25%"}.
     */
    String maxSurge() default "";

    /**
     * How many pods a rolling update may take down
     * ({@code spec.strategy.rollingUpdate.maxUnavailable}): a number or a percentage.
     */
    String maxUnavailable() default "";
  }

  /**
   * Declares a stateful set ({@code apiVersion: apps/v1}, {@code kind: StatefulSet}) on a class or
   * interface whose members, annotated with {@link Sidecar}, {@link Init} and {@link Main}, are the
   * containers of its pod template. A {@link PodSpec} on the same type, without a name, must give
   * the template labels: the stateful set selects its pods by them ({@code spec.selector}).
   *
   * <p>For {@code class Db} the processor generates {@code DbSpec} with a static
   * {@code statefulSet()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface StatefulSetSpec {
    /** The stateful set name ({@code metadata.name}). */
    String name();

    /** The headless service that gives the pods their DNS names ({@code spec.serviceName}). */
    String serviceName() default "";

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** Labels of the stateful set itself ({@code metadata.labels}). */
    Label[] labels() default {};

    /** Annotations of the stateful set itself ({@code metadata.annotations}). */
    PodAnnotation[] annotations() default {};

    /** How many pods to run ({@code spec.replicas}). */
    int replicas() default 1;

    /**
     * How pods are started and stopped ({@code spec.podManagementPolicy}): {@code OrderedReady} or
     * {@code Parallel}.
     */
    String podManagementPolicy() default "";

    /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
    int minReadySeconds() default 0;

    /** How many old revisions are kept ({@code spec.revisionHistoryLimit}). */
    int revisionHistoryLimit() default 10;

    /**
     * The claim templates ({@code spec.volumeClaimTemplates}): each pod gets its own claims,
     * which the containers mount by name with {@link Mount#volume()}, like a {@link Volume}.
     */
    ClaimTemplate[] volumeClaimTemplates() default {};

    /**
     * The update strategy ({@code spec.updateStrategy.type}): {@code RollingUpdate}, optionally
     * with {@link #partition()} and {@link #maxUnavailable()}, or {@code OnDelete}.
     */
    String updateStrategy() default "";

    /**
     * The ordinal below which pods keep the old revision in a rolling update
     * ({@code spec.updateStrategy.rollingUpdate.partition}).
     */
    int partition() default 0;

    /**
     * How many pods a rolling update may take down at once
     * ({@code spec.updateStrategy.rollingUpdate.maxUnavailable}): a number such as {@code "1"} or
     * a percentage such as {@code "25%"}.
     */
    String maxUnavailable() default "";

    /**
     * What happens to the claims of {@link #volumeClaimTemplates()} when the stateful set is
     * deleted or scaled down ({@code spec.persistentVolumeClaimRetentionPolicy}), at most one.
     */
    ClaimRetention[] persistentVolumeClaimRetentionPolicy() default {};

    /** The ordinal of the first pod ({@code spec.ordinals.start}); 0 when absent. */
    int ordinalsStart() default 0;
  }

  /**
   * Declares a daemon set ({@code apiVersion: apps/v1}, {@code kind: DaemonSet}), one pod per node,
   * on a class or interface whose members, annotated with {@link Sidecar}, {@link Init} and
   * {@link Main}, are the containers of its pod template. A {@link PodSpec} on the same type,
   * without a name, must give the template labels: the daemon set selects its pods by them.
   *
   * <p>For {@code class NodeAgent} the processor generates {@code NodeAgentSpec} with a static
   * {@code daemonSet()} method, and the resource {@code META-INF/podwright/<name>.yaml}.
   */
  @Documented
  @Retention(CLASS)
  @Target(TYPE)
  public @interface DaemonSetSpec {
    /** The daemon set name ({@code metadata.name}). */
    String name();

    /** The namespace ({@code metadata.namespace}). */
    String namespace() default "";

    /** Labels of the daemon set itself ({@code metadata.labels}). */
    Label[] labels() default {};

    /** Annotations of the daemon set itself ({@code metadata.annotations}). */
    PodAnnotation[] annotations() default {};

    /** How long a new pod must be ready to count as available ({@code spec.minReadySeconds}). */
    int minReadySeconds() default 0;

    /** How many old revisions are kept ({@code spec.revisionHistoryLimit}). */
    int revisionHistoryLimit() default 10;

    /**
     * The update strategy ({@code spec.updateStrategy.type}): {@code RollingUpdate}, with both
     * {@link #maxUnavailable()} and {@link #maxSurge()} or neither, or {@code OnDelete}.
     */
    String updateStrategy() default "";

    /**
     * How many pods a rolling update may take down at once
     * ({@code spec.updateStrategy.rollingUpdate.maxUnavailable}): a number or a percentage.
     */
    String maxUnavailable() default "";

    /**
     * How many new pods a rolling update may start before the old ones stop
     * ({@code spec.updateStrategy.rollingUpdate.maxSurge}): a number or a percentage.
     */
    String maxSurge() default "";
  }

  /**
   * Declares a native sidecar on a member of a {@link PodSpec} type: an entry of
   * {@code spec.initContainers} with {@code restartPolicy: Always}. It starts after the containers
   * declared before it, keeps running, and holds back later containers until its startup probe
   * passes. It may have probes and lifecycle hooks.
   */
  @Documented
  @Retention(CLASS)
  @Target({METHOD, FIELD})
  public @interface Sidecar {
    /**
     * The container name, a DNS label; by default the member name in kebab case
     * ({@code istioProxy} becomes {@code istio-proxy}).
     */
    String name() default "";

    /** The image ({@code image}), e.g. {@code docker.io/istio/proxyv2:1.28.0}. */
    String image();

    /**
     * The pull policy ({@code imagePullPolicy}): {@code Always}, {@code IfNotPresent} or
     * {@code Never}.
     */
    String imagePullPolicy() default "";

    /** The entrypoint ({@code command}). */
    String[] command() default {};

    /** The arguments ({@code args}). */
    String[] args() default {};

    /** The working directory ({@code workingDir}). */
    String workingDir() default "";

    /** The ports ({@code ports}). */
    Port[] ports() default {};

    /** The environment variables ({@code env}), in order. */
    Env[] env() default {};

    /** Config maps and secrets whose keys become environment variables ({@code envFrom}). */
    EnvFrom[] envFrom() default {};

    /**
     * Resource requests ({@code resources.requests}), e.g.
     * {@code @Resource(name = "cpu", quantity = "100m")}.
     */
    Resource[] requests() default {};

    /** Resource limits ({@code resources.limits}). */
    Resource[] limits() default {};

    /**
     * The pod's resource claims the container uses ({@code resources.claims[]}), each naming a
     * {@code @PodSpec(resourceClaims)} entry.
     */
    ClaimUse[] claims() default {};

    /** Volume mounts ({@code volumeMounts}); each names a volume of {@link PodSpec#volumes}. */
    Mount[] mounts() default {};

    /** The security context ({@code securityContext}), at most one. */
    Security[] securityContext() default {};

    /** The termination message policy: {@code File} or {@code FallbackToLogsOnError}. */
    String terminationMessagePolicy() default "";

    /** The startup probe ({@code startupProbe}), at most one; it has no {@code successThreshold}. */
    Probe[] startupProbe() default {};

    /** The liveness probe ({@code livenessProbe}), at most one; no {@code successThreshold}. */
    Probe[] livenessProbe() default {};

    /**
     * The readiness probe ({@code readinessProbe}), at most one; it has no
     * {@code terminationGracePeriodSeconds}.
     */
    Probe[] readinessProbe() default {};

    /** The hook run right after the container starts ({@code lifecycle.postStart}), at most one. */
    Hook[] postStart() default {};

    /** The hook run when the pod starts terminating ({@code lifecycle.preStop}), at most one. */
    Hook[] preStop() default {};

    /**
     * What an in-place resize of each resource needs ({@code resizePolicy[]}), e.g.
     * {@code @Resize(resource = "memory", restartPolicy = "RestartContainer")}.
     */
    Resize[] resizePolicy() default {};
  }

  /**
   * Declares a plain init container on a member of a {@link PodSpec} type: an entry of
   * {@code spec.initContainers} that must exit successfully before the next container starts.
   * Probes and lifecycle hooks are compile errors ({@code [PodwrightInitProbe]}).
   */
  @Documented
  @Retention(CLASS)
  @Target({METHOD, FIELD})
  public @interface Init {
    /**
     * The container name, a DNS label; by default the member name in kebab case
     * ({@code istioProxy} becomes {@code istio-proxy}).
     */
    String name() default "";

    /** The image ({@code image}), e.g. {@code docker.io/istio/proxyv2:1.28.0}. */
    String image();

    /**
     * The pull policy ({@code imagePullPolicy}): {@code Always}, {@code IfNotPresent} or
     * {@code Never}.
     */
    String imagePullPolicy() default "";

    /** The entrypoint ({@code command}). */
    String[] command() default {};

    /** The arguments ({@code args}). */
    String[] args() default {};

    /** The working directory ({@code workingDir}). */
    String workingDir() default "";

    /** The ports ({@code ports}). */
    Port[] ports() default {};

    /** The environment variables ({@code env}), in order. */
    Env[] env() default {};

    /** Config maps and secrets whose keys become environment variables ({@code envFrom}). */
    EnvFrom[] envFrom() default {};

    /**
     * Resource requests ({@code resources.requests}), e.g.
     * {@code @Resource(name = "cpu", quantity = "100m")}.
     */
    Resource[] requests() default {};

    /** Resource limits ({@code resources.limits}). */
    Resource[] limits() default {};

    /**
     * The pod's resource claims the container uses ({@code resources.claims[]}), each naming a
     * {@code @PodSpec(resourceClaims)} entry.
     */
    ClaimUse[] claims() default {};

    /** Volume mounts ({@code volumeMounts}); each names a volume of {@link PodSpec#volumes}. */
    Mount[] mounts() default {};

    /** The security context ({@code securityContext}), at most one. */
    Security[] securityContext() default {};

    /** The termination message policy: {@code File} or {@code FallbackToLogsOnError}. */
    String terminationMessagePolicy() default "";

    /**
     * Not allowed: a plain init container has no probes. Present only so that a probe copied from a
     * {@link Sidecar} fails with an explanation rather than "cannot find method"; make the container
     * a {@link Sidecar} or drop the probe.
     */
    Probe[] startupProbe() default {};

    /** Not allowed on a plain init container; see {@link #startupProbe()}. */
    Probe[] livenessProbe() default {};

    /** Not allowed on a plain init container; see {@link #startupProbe()}. */
    Probe[] readinessProbe() default {};

    /** Not allowed on a plain init container, which has no lifecycle hooks. */
    Hook[] postStart() default {};

    /** Not allowed on a plain init container, which has no lifecycle hooks. */
    Hook[] preStop() default {};

    /**
     * What an in-place resize of each resource needs ({@code resizePolicy[]}), e.g.
     * {@code @Resize(resource = "memory", restartPolicy = "RestartContainer")}.
     */
    Resize[] resizePolicy() default {};
  }

  /**
   * Declares a main (application) container on a member of a {@link PodSpec} type: an entry of
   * {@code spec.containers}. Main containers are declared after every sidecar and init container
   * and start together; a pod needs at least one.
   */
  @Documented
  @Retention(CLASS)
  @Target({METHOD, FIELD})
  public @interface Main {
    /**
     * The container name, a DNS label; by default the member name in kebab case
     * ({@code istioProxy} becomes {@code istio-proxy}).
     */
    String name() default "";

    /** The image ({@code image}), e.g. {@code docker.io/istio/proxyv2:1.28.0}. */
    String image();

    /**
     * The pull policy ({@code imagePullPolicy}): {@code Always}, {@code IfNotPresent} or
     * {@code Never}.
     */
    String imagePullPolicy() default "";

    /** The entrypoint ({@code command}). */
    String[] command() default {};

    /** The arguments ({@code args}). */
    String[] args() default {};

    /** The working directory ({@code workingDir}). */
    String workingDir() default "";

    /** The ports ({@code ports}). */
    Port[] ports() default {};

    /** The environment variables ({@code env}), in order. */
    Env[] env() default {};

    /** Config maps and secrets whose keys become environment variables ({@code envFrom}). */
    EnvFrom[] envFrom() default {};

    /**
     * Resource requests ({@code resources.requests}), e.g.
     * {@code @Resource(name = "cpu", quantity = "100m")}.
     */
    Resource[] requests() default {};

    /** Resource limits ({@code resources.limits}). */
    Resource[] limits() default {};

    /**
     * The pod's resource claims the container uses ({@code resources.claims[]}), each naming a
     * {@code @PodSpec(resourceClaims)} entry.
     */
    ClaimUse[] claims() default {};

    /** Volume mounts ({@code volumeMounts}); each names a volume of {@link PodSpec#volumes}. */
    Mount[] mounts() default {};

    /** The security context ({@code securityContext}), at most one. */
    Security[] securityContext() default {};

    /** The termination message policy: {@code File} or {@code FallbackToLogsOnError}. */
    String terminationMessagePolicy() default "";

    /** The startup probe ({@code startupProbe}), at most one; it has no {@code successThreshold}. */
    Probe[] startupProbe() default {};

    /** The liveness probe ({@code livenessProbe}), at most one; no {@code successThreshold}. */
    Probe[] livenessProbe() default {};

    /**
     * The readiness probe ({@code readinessProbe}), at most one; it has no
     * {@code terminationGracePeriodSeconds}.
     */
    Probe[] readinessProbe() default {};

    /** The hook run right after the container starts ({@code lifecycle.postStart}), at most one. */
    Hook[] postStart() default {};

    /** The hook run when the pod starts terminating ({@code lifecycle.preStop}), at most one. */
    Hook[] preStop() default {};

    /**
     * What an in-place resize of each resource needs ({@code resizePolicy[]}), e.g.
     * {@code @Resize(resource = "memory", restartPolicy = "RestartContainer")}.
     */
    Resize[] resizePolicy() default {};
  }

  /** A {@code configMap} volume source. */
  @Retention(CLASS)
  @Target({})
  public @interface ConfigMapVolume {
    /** The config map name. */
    String name();

    /** Whether the config map may be missing ({@code optional}). */
    boolean optional() default false;
  }

  /** A file holding a pod field, for downward API volumes and projections. */
  @Retention(CLASS)
  @Target({})
  public @interface DownwardApiFile {
    /** The file path, relative to the mount. */
    String path();

    /** The pod field ({@code fieldRef.fieldPath}), e.g. {@code metadata.labels}. */
    String fieldPath();
  }

  /** An {@code emptyDir} volume source. */
  @Retention(CLASS)
  @Target({})
  public @interface EmptyDir {
    /** The medium, {@code Memory} for tmpfs. */
    String medium() default "";

    /** The size limit, e.g. {@code 1Gi}; a malformed quantity is a compile error. */
    String sizeLimit() default "";
  }

  /**
   * An environment variable ({@code env[]}) with a literal {@link #value()} or exactly one source:
   * {@link #fieldRef()}, {@link #resourceFieldRef()}, {@link #configMapKeyRef()} or
   * {@link #secretKeyRef()}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Env {
    /** The variable name. */
    String name();

    /** A literal value ({@code value}). */
    String value() default "";

    /** A pod field ({@code valueFrom.fieldRef.fieldPath}), e.g. {@code metadata.name}. */
    String fieldRef() default "";

    /**
     * A resource of the container ({@code valueFrom.resourceFieldRef.resource}), e.g.
     * {@code limits.cpu}.
     */
    String resourceFieldRef() default "";

    /** The unit of {@link #resourceFieldRef()} ({@code divisor}), e.g. {@code 1Mi}. */
    String divisor() default "";

    /** A config map key ({@code valueFrom.configMapKeyRef}), at most one. */
    KeyRef[] configMapKeyRef() default {};

    /** A secret key ({@code valueFrom.secretKeyRef}), at most one. */
    KeyRef[] secretKeyRef() default {};
  }

  /**
   * Every key of a config map or of a secret as environment variables ({@code envFrom[]}); set
   * exactly one of the two.
   */
  @Retention(CLASS)
  @Target({})
  public @interface EnvFrom {
    /** A config map name ({@code configMapRef.name}). */
    String configMap() default "";

    /** A secret name ({@code secretRef.name}). */
    String secret() default "";
  }

  /** A gRPC health check, for probes only. */
  @Retention(CLASS)
  @Target({})
  public @interface Grpc {
    /** The port number. */
    int port();
  }

  /**
   * A lifecycle hook with exactly one action: {@link #exec()}, {@link #httpGet()},
   * {@link #tcpSocket()} or {@link #sleepSeconds()}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Hook {
    /** A command ({@code exec.command}). */
    String[] exec() default {};

    /** An HTTP GET. */
    HttpGet[] httpGet() default {};

    /** A TCP connection. */
    TcpSocket[] tcpSocket() default {};

    /** A pause ({@code sleep.seconds}). */
    long sleepSeconds() default 0;
  }

  /** A {@code hostPath} volume source. */
  @Retention(CLASS)
  @Target({})
  public @interface HostPath {
    /** The path on the node. */
    String path();
  }

  /** An HTTP GET of {@link #path()} on a port number or a named port; set one of the two. */
  @Retention(CLASS)
  @Target({})
  public @interface HttpGet {
    /** The path ({@code path}). */
    String path() default "/";

    /** The port number. */
    int port() default 0;

    /** The port name, one of the container's {@link Port#name()}s. */
    String portName() default "";

    /** Request headers ({@code httpHeaders}), in order. */
    HttpHeader[] headers() default {};

    /** The scheme ({@code scheme}): {@code HTTP} (the default) or {@code HTTPS}. */
    String scheme() default "";

    /** The host to connect to ({@code host}); the pod IP when absent. */
    String host() default "";
  }

  /** A request header of an {@link HttpGet} ({@code httpHeaders[]}). */
  @Retention(CLASS)
  @Target({})
  public @interface HttpHeader {
    /** The header name, e.g. {@code X-Probe}. */
    String name();

    /** The header value. */
    String value();
  }

  /**
   * A key of a config map or secret, for {@link Env#configMapKeyRef()} and
   * {@link Env#secretKeyRef()}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface KeyRef {
    /** The config map or secret name. */
    String name();

    /** The key. */
    String key();
  }

  /** A label ({@code metadata.labels}, or a node label in {@link PodSpec#nodeSelector}). */
  @Retention(CLASS)
  @Target({})
  public @interface Label {
    /** The key, e.g. {@code app}. */
    String key();

    /** The value. */
    String value();
  }

  /** A volume mount ({@code volumeMounts[]}) of a volume declared in {@link PodSpec#volumes()}. */
  @Retention(CLASS)
  @Target({})
  public @interface Mount {
    /** The volume name; it must be declared in {@link PodSpec#volumes()}. */
    String volume();

    /** The mount path ({@code mountPath}). */
    String path();

    /** Whether the mount is read-only ({@code readOnly}). */
    boolean readOnly() default false;

    /** A path within the volume instead of its root ({@code subPath}). */
    String subPath() default "";

    /** Like {@link #subPath()}, expanding {@code $(VAR)} references ({@code subPathExpr}). */
    String subPathExpr() default "";
  }

  /** A {@code persistentVolumeClaim} volume source. */
  @Retention(CLASS)
  @Target({})
  public @interface PersistentVolumeClaim {
    /** The claim name ({@code claimName}). */
    String claimName();
  }

  /**
   * An annotation of the pod ({@code metadata.annotations}), such as {@code prometheus.io/port}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface PodAnnotation {
    /** The key, e.g. {@code app}. */
    String key();

    /** The value. */
    String value();
  }

  /** A container port ({@code ports[]}). */
  @Retention(CLASS)
  @Target({})
  public @interface Port {
    /** The port name ({@code name}), an IANA service name such as {@code http-envoy-prom}. */
    String name() default "";

    /** The port number ({@code containerPort}), 1 to 65535. */
    int containerPort();

    /** The protocol ({@code protocol}): {@code TCP}, {@code UDP} or {@code SCTP}. */
    String protocol() default "";
  }

  /**
   * A probe with exactly one handler: {@link #httpGet()}, {@link #tcpSocket()}, {@link #exec()} or
   * {@link #grpc()}. Timing fields left out are unset.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Probe {
    /** An HTTP GET handler. */
    HttpGet[] httpGet() default {};

    /** A TCP connection handler. */
    TcpSocket[] tcpSocket() default {};

    /** A command handler ({@code exec.command}). */
    String[] exec() default {};

    /** A gRPC health check handler. */
    Grpc[] grpc() default {};

    /** {@code initialDelaySeconds}. */
    int initialDelaySeconds() default 0;

    /** {@code timeoutSeconds}. */
    int timeoutSeconds() default 1;

    /** {@code periodSeconds}. */
    int periodSeconds() default 10;

    /** {@code successThreshold}; readiness probes only. */
    int successThreshold() default 1;

    /** {@code failureThreshold}. */
    int failureThreshold() default 3;

    /** {@code terminationGracePeriodSeconds}; startup and liveness probes only. */
    long terminationGracePeriodSeconds() default 30;
  }

  /**
   * One source of a projected volume; set exactly one of {@link #serviceAccountToken()},
   * {@link #configMap()}, {@link #secret()} and {@link #downwardAPI()}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Projection {
    /** A service account token. */
    ServiceAccountToken[] serviceAccountToken() default {};

    /** Every key of a config map, by name. */
    String configMap() default "";

    /** Every key of a secret, by name. */
    String secret() default "";

    /** Pod fields as files. */
    DownwardApiFile[] downwardAPI() default {};
  }

  /** An amount of one resource, for requests and limits. */
  @Retention(CLASS)
  @Target({})
  public @interface Resource {
    /** The resource name, e.g. {@code cpu}, {@code memory} or {@code nvidia.com/gpu}. */
    String name();

    /** The quantity, e.g. {@code 100m} or {@code 128Mi}; a malformed quantity is a compile error. */
    String quantity();
  }

  /** A {@code secret} volume source. */
  @Retention(CLASS)
  @Target({})
  public @interface SecretVolume {
    /** The secret name ({@code secretName}). */
    String secretName();

    /** Whether the secret may be missing ({@code optional}). */
    boolean optional() default false;
  }

  /**
   * What an in-place resize of one resource of a container needs ({@code resizePolicy[]}); on
   * init containers, sidecars included, the API server takes it only with the
   * {@code InPlacePodVerticalScaling} gate.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Resize {
    /** The resource ({@code resourceName}): {@code cpu} or {@code memory}. */
    String resource();

    /**
     * What the resize needs ({@code restartPolicy}): {@code NotRequired} (the default) or
     * {@code RestartContainer}.
     */
    String restartPolicy() default "NotRequired";
  }

  /** A container security context ({@code securityContext}); only what is written is set. */
  @Retention(CLASS)
  @Target({})
  public @interface Security {
    /** Capabilities to add ({@code capabilities.add}). */
    String[] capabilitiesAdd() default {};

    /** Capabilities to drop ({@code capabilities.drop}), e.g. {@code ALL}. */
    String[] capabilitiesDrop() default {};

    /** {@code privileged}. */
    boolean privileged() default false;

    /** {@code allowPrivilegeEscalation}. */
    boolean allowPrivilegeEscalation() default false;

    /** {@code readOnlyRootFilesystem}. */
    boolean readOnlyRootFilesystem() default false;

    /** {@code runAsUser}. */
    long runAsUser() default 0;

    /** {@code runAsGroup}. */
    long runAsGroup() default 0;

    /** {@code runAsNonRoot}. */
    boolean runAsNonRoot() default false;

    /**
     * The seccomp profile type ({@code seccompProfile.type}): {@code RuntimeDefault},
     * {@code Localhost} or {@code Unconfined}.
     */
    String seccompProfile() default "";

    /** The profile file of a {@code Localhost} seccomp profile ({@code localhostProfile}). */
    String seccompLocalhostProfile() default "";

    /**
     * The AppArmor profile type ({@code appArmorProfile.type}): {@code RuntimeDefault},
     * {@code Localhost} or {@code Unconfined}.
     */
    String appArmorProfile() default "";

    /** The profile name of a {@code Localhost} AppArmor profile ({@code localhostProfile}). */
    String appArmorLocalhostProfile() default "";

    /** The SELinux MCS level ({@code seLinuxOptions.level}), e.g. {@code s0:c123,c456}. */
    String seLinuxLevel() default "";

    /** The SELinux user ({@code seLinuxOptions.user}). */
    String seLinuxUser() default "";

    /** The SELinux role ({@code seLinuxOptions.role}). */
    String seLinuxRole() default "";

    /** The SELinux type ({@code seLinuxOptions.type}), e.g. {@code spc_t}. */
    String seLinuxType() default "";

    /** The {@code /proc} mount type ({@code procMount}): {@code Default} or {@code Unmasked}. */
    String procMount() default "";

    /**
     * The name of the GMSA credential spec to use
     * ({@code windowsOptions.gmsaCredentialSpecName}; Windows pods only).
     */
    String windowsGmsaCredentialSpecName() default "";

    /**
     * The GMSA credential spec itself, inline JSON ({@code windowsOptions.gmsaCredentialSpec};
     * Windows pods only).
     */
    String windowsGmsaCredentialSpec() default "";

    /**
     * The Windows user that runs the entrypoint ({@code windowsOptions.runAsUserName}; Windows
     * pods only).
     */
    String windowsRunAsUserName() default "";

    /**
     * Runs as a Windows HostProcess container ({@code windowsOptions.hostProcess}); the API server
     * requires {@code hostNetwork} with it and the same value on every container of the pod.
     */
    boolean windowsHostProcess() default false;
  }

  /**
   * The pod security context ({@code spec.securityContext}), shared by all containers unless a
   * container's {@link Security} overrides a field; only what is written is set.
   */
  @Retention(CLASS)
  @Target({})
  public @interface PodSecurity {
    /** {@code runAsUser}. */
    long runAsUser() default 0;

    /** {@code runAsGroup}. */
    long runAsGroup() default 0;

    /** {@code runAsNonRoot}. */
    boolean runAsNonRoot() default false;

    /** The group that owns the pod's volumes ({@code fsGroup}). */
    long fsGroup() default 0;

    /**
     * The seccomp profile type ({@code seccompProfile.type}): {@code RuntimeDefault},
     * {@code Localhost} or {@code Unconfined}.
     */
    String seccompProfile() default "";

    /** The profile file of a {@code Localhost} seccomp profile ({@code localhostProfile}). */
    String seccompLocalhostProfile() default "";

    /** Supplemental group ids ({@code supplementalGroups}). */
    long[] supplementalGroups() default {};

    /** How the volumes' ownership changes ({@code fsGroupChangePolicy}): {@code OnRootMismatch} or {@code Always}. */
    String fsGroupChangePolicy() default "";

    /**
     * The AppArmor profile type ({@code appArmorProfile.type}): {@code RuntimeDefault},
     * {@code Localhost} or {@code Unconfined}.
     */
    String appArmorProfile() default "";

    /** The profile name of a {@code Localhost} AppArmor profile ({@code localhostProfile}). */
    String appArmorLocalhostProfile() default "";

    /** The SELinux MCS level ({@code seLinuxOptions.level}), e.g. {@code s0:c123,c456}. */
    String seLinuxLevel() default "";

    /** The SELinux user ({@code seLinuxOptions.user}). */
    String seLinuxUser() default "";

    /** The SELinux role ({@code seLinuxOptions.role}). */
    String seLinuxRole() default "";

    /** The SELinux type ({@code seLinuxOptions.type}), e.g. {@code spc_t}. */
    String seLinuxType() default "";

    /** Namespaced kernel parameters ({@code sysctls[]}). */
    Sysctl[] sysctls() default {};

    /**
     * How the groups of the first process are computed ({@code supplementalGroupsPolicy}):
     * {@code Merge} (with the image's {@code /etc/group}) or {@code Strict}.
     */
    String supplementalGroupsPolicy() default "";

    /**
     * How SELinux labels are applied to volumes ({@code seLinuxChangePolicy}):
     * {@code MountOption} or {@code Recursive}.
     */
    String seLinuxChangePolicy() default "";

    /**
     * The name of the GMSA credential spec to use
     * ({@code windowsOptions.gmsaCredentialSpecName}; Windows pods only).
     */
    String windowsGmsaCredentialSpecName() default "";

    /**
     * The GMSA credential spec itself, inline JSON ({@code windowsOptions.gmsaCredentialSpec};
     * Windows pods only).
     */
    String windowsGmsaCredentialSpec() default "";

    /**
     * The Windows user that runs the entrypoint ({@code windowsOptions.runAsUserName}; Windows
     * pods only).
     */
    String windowsRunAsUserName() default "";

    /**
     * Runs as a Windows HostProcess container ({@code windowsOptions.hostProcess}); the API server
     * requires {@code hostNetwork} with it and the same value on every container of the pod.
     */
    boolean windowsHostProcess() default false;
  }

  /** A namespaced kernel parameter ({@code spec.securityContext.sysctls[]}). */
  @Retention(CLASS)
  @Target({})
  public @interface Sysctl {
    /** The parameter, e.g. {@code net.ipv4.ip_local_port_range}. */
    String name();

    /** Its value, e.g. {@code 1024 65535}. */
    String value();
  }

  /**
   * A toleration ({@code spec.tolerations[]}): the pod may be scheduled onto nodes with a
   * matching taint. Only what is written is set.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Toleration {
    /** The taint key; empty with {@code operator = "Exists"} matches every taint. */
    String key() default "";

    /** {@code Equal} (the default) or {@code Exists}. */
    String operator() default "";

    /** The taint value, for {@code Equal}. */
    String value() default "";

    /** The taint effect: {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}. */
    String effect() default "";

    /** How long a {@code NoExecute} taint is tolerated before eviction. */
    long tolerationSeconds() default 0;
  }

  /** A projected service account token ({@code serviceAccountToken}). */
  @Retention(CLASS)
  @Target({})
  public @interface ServiceAccountToken {
    /** The file path ({@code path}). */
    String path();

    /** The audience ({@code audience}), e.g. {@code istio-ca}. */
    String audience() default "";

    /** The validity in seconds ({@code expirationSeconds}). */
    long expirationSeconds() default 3600;
  }

  /** A TCP connection to a port number or a named port; set one of the two. */
  @Retention(CLASS)
  @Target({})
  public @interface TcpSocket {
    /** The port number. */
    int port() default 0;

    /** The port name. */
    String portName() default "";
  }

  /**
   * A volume ({@code spec.volumes[]}) with exactly one source: {@link #emptyDir()},
   * {@link #configMap()}, {@link #secret()}, {@link #persistentVolumeClaim()}, {@link #hostPath()},
   * {@link #downwardAPI()} or {@link #projected()}.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Volume {
    /** The volume name, a DNS label that {@link Mount#volume()} refers to. */
    String name();

    /** A scratch directory that lives as long as the pod. */
    EmptyDir[] emptyDir() default {};

    /** The keys of a config map as files. */
    ConfigMapVolume[] configMap() default {};

    /** The keys of a secret as files. */
    SecretVolume[] secret() default {};

    /** A persistent volume claim. */
    PersistentVolumeClaim[] persistentVolumeClaim() default {};

    /** A path on the node. */
    HostPath[] hostPath() default {};

    /** Pod fields as files ({@code downwardAPI.items}). */
    DownwardApiFile[] downwardAPI() default {};

    /** Several sources projected into one directory ({@code projected.sources}). */
    Projection[] projected() default {};

    /** An inline volume of a CSI driver ({@code csi}), e.g. the Secrets Store CSI driver. */
    Csi[] csi() default {};

    /** A claim created and deleted with the pod ({@code ephemeral.volumeClaimTemplate}). */
    Ephemeral[] ephemeral() default {};

    /** The files of an OCI image or artifact, read-only ({@code image}). */
    ImageVolume[] image() default {};
  }

  /** A {@code csi} volume source; only what is written is set. */
  @Retention(CLASS)
  @Target({})
  public @interface Csi {
    /** The driver name ({@code driver}), e.g. {@code secrets-store.csi.k8s.io}. */
    String driver();

    /** Whether the volume is read-only ({@code readOnly}). */
    boolean readOnly() default false;

    /** The file system type ({@code fsType}), e.g. {@code ext4}. */
    String fsType() default "";

    /** Driver-specific attributes ({@code volumeAttributes}), in order. */
    Label[] volumeAttributes() default {};

    /** The secret passed to the driver ({@code nodePublishSecretRef.name}). */
    String nodePublishSecretRef() default "";
  }

  /**
   * A generic ephemeral volume ({@code ephemeral.volumeClaimTemplate}): a claim the pod owns,
   * deleted with it.
   */
  @Retention(CLASS)
  @Target({})
  public @interface Ephemeral {
    /** The storage requested ({@code spec.resources.requests.storage}), e.g. {@code "1Gi"}. */
    String storage();

    /** The storage class ({@code spec.storageClassName}); the cluster's default when absent. */
    String storageClassName() default "";

    /** The access modes ({@code spec.accessModes}); {@code ReadWriteOnce} when absent. */
    String[] accessModes() default "ReadWriteOnce";
  }

  /** An {@code image} volume source: an OCI image or artifact mounted read-only. */
  @Retention(CLASS)
  @Target({})
  public @interface ImageVolume {
    /** The image reference ({@code reference}), e.g. {@code quay.io/crio/artifact:v1}. */
    String reference();

    /**
     * The pull policy ({@code pullPolicy}): {@code Always}, {@code IfNotPresent} or
     * {@code Never}.
     */
    String pullPolicy() default "";
  }
  // Workload-level values (issue 11)

  /**
   * A job's pod failure policy ({@code podFailurePolicy}): its rules in order, the first that
   * matches a failed pod decides. With {@link #ignoreSidecarExits()}, as the DSL's
   * {@code ignoreSidecarExits()}, exit-code rules without a container look at the template's
   * main and plain init containers only, never at the native sidecars, which exit with 143 or
   * 137 when they are stopped.
   */
  @Retention(CLASS)
  @Target({})
  public @interface PodFailurePolicy {
    /** The rules ({@code podFailurePolicy.rules}), at most 20. */
    PodFailureRule[] rules();

    /** Whether exit-code rules without a container ignore the native sidecars' exit codes. */
    boolean ignoreSidecarExits() default false;
  }

  /**
   * One rule of a {@link PodFailurePolicy}: an action on either exit codes or pod conditions.
   */
  @Retention(CLASS)
  @Target({})
  public @interface PodFailureRule {
    /** The action: {@code FailJob}, {@code FailIndex}, {@code Ignore} or {@code Count}. */
    String action();

    /**
     * The container whose exit codes count ({@code onExitCodes.containerName}), a container or
     * init container of the template; all containers when absent.
     */
    String container() default "";

    /** How {@link #exitCodes()} are compared ({@code onExitCodes.operator}): {@code In} or {@code NotIn}. */
    String operator() default "";

    /** The exit codes ({@code onExitCodes.values}); written sorted and without duplicates. */
    int[] exitCodes() default {};

    /**
     * Pod condition types with status {@code True} ({@code onPodConditions[].type}), e.g.
     * {@code "DisruptionTarget"}; instead of exit codes.
     */
    String[] podConditions() default {};
  }

  /**
   * A stateful set's volume claim template ({@code spec.volumeClaimTemplates[]}), mounted by
   * {@link #name()} like a volume.
   */
  @Retention(CLASS)
  @Target({})
  public @interface ClaimTemplate {
    /** The claim name ({@code metadata.name}), which {@link Mount#volume()} refers to. */
    String name();

    /** The storage requested ({@code spec.resources.requests.storage}), e.g. {@code "10Gi"}. */
    String storage();

    /**
     * The access modes ({@code spec.accessModes}): {@code ReadWriteOnce}, {@code ReadOnlyMany},
     * {@code ReadWriteMany} or {@code ReadWriteOncePod}.
     */
    String[] accessModes();

    /** The storage class ({@code spec.storageClassName}); the cluster's default when absent. */
    String storageClassName() default "";
  }

  /**
   * A stateful set's claim retention ({@code spec.persistentVolumeClaimRetentionPolicy}):
   * {@code Retain} or {@code Delete} for each event.
   */
  @Retention(CLASS)
  @Target({})
  public @interface ClaimRetention {
    /** What happens to the claims when the stateful set is deleted ({@code whenDeleted}). */
    String whenDeleted() default "Retain";

    /** What happens to the claims of pods removed by a scale-down ({@code whenScaled}). */
    String whenScaled() default "Retain";
  }

  /**
   * One rule of a job's success policy ({@code successPolicy.rules[]}): set
   * {@link #succeededIndexes()}, {@link #succeededCount()} or both.
   */
  @Retention(CLASS)
  @Target({})
  public @interface SuccessRule {
    /** The indexes that must succeed ({@code succeededIndexes}), e.g. {@code "0-2,5"}. */
    String succeededIndexes() default "";

    /** How many (of those) indexes must succeed ({@code succeededCount}). */
    int succeededCount() default 0;
  }
}
