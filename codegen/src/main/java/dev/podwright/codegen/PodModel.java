package dev.podwright.codegen;

import dev.podwright.dsl.AccessMode;
import dev.podwright.dsl.ClaimRetention;
import dev.podwright.dsl.ConcurrencyPolicy;
import dev.podwright.dsl.DnsPolicy;
import dev.podwright.dsl.ExitCodeOperator;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodFailureAction;
import dev.podwright.dsl.PodManagementPolicy;
import dev.podwright.dsl.PodReplacementPolicy;
import dev.podwright.dsl.Protocol;
import dev.podwright.dsl.PullPolicy;
import dev.podwright.dsl.ResizeRestartPolicy;
import dev.podwright.dsl.RestartPolicy;
import dev.podwright.dsl.TerminationMessagePolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One annotated pod as read from the source, already checked against the rules the DSL types
 * enforce. Both the code generator and the in-javac model assembly read this and nothing else, so
 * the generated source and the YAML resource describe the same pod. {@code locations} maps field
 * paths such as {@code spec.initContainers[1].ports[0]} to the annotation that produced them; a
 * workload's own paths are recorded as {@code workload/spec.backoffLimit}.
 */
record PodModel(
    TypeElement type,
    String generatedName,
    String name,
    Optional<String> namespace,
    List<Entry> labels,
    List<Entry> annotations,
    Optional<RestartPolicy> restartPolicy,
    Optional<Long> terminationGracePeriodSeconds,
    Optional<Long> activeDeadlineSeconds,
    Optional<String> serviceAccountName,
    List<Entry> nodeSelector,
    List<String> imagePullSecrets,
    Optional<Boolean> hostNetwork,
    Optional<DnsPolicy> dnsPolicy,
    Optional<String> priorityClassName,
    Optional<Boolean> shareProcessNamespace,
    List<TolerationModel> tolerations,
    Optional<PodSecurityModel> securityContext,
    PlacementModel placement,
    List<VolumeModel> volumes,
    List<ContainerModel> containers,
    Optional<WorkloadModel> workload,
    Map<String, Loc> locations) {

  /** The resource path of the manifest, relative to the class output. */
  String resourcePath() {
    return "META-INF/podwright/" + objectName() + ".yaml";
  }

  /** The name of the object written: the workload's, or the pod's. */
  String objectName() {
    return workload.map(WorkloadModel::name).orElse(name);
  }

  /**
   * The workload around the pod template, when the type has a workload annotation such as
   * {@code @JobSpec} or {@code @DeploymentSpec}. Its own field paths are recorded in
   * {@code locations} with a {@code workload/} prefix.
   */
  sealed interface WorkloadModel {
    String name();

    Optional<String> namespace();

    List<Entry> labels();

    List<Entry> annotations();

    /** The kind, which names the DSL factory, the generated method and the model type. */
    WorkloadKind kind();
  }

  /** The workload kinds, with their annotation and where their pod template sits. */
  enum WorkloadKind {
    JOB("JobSpec", "job", "Job", "spec.template."),
    CRON_JOB("CronJobSpec", "cronJob", "CronJob", "spec.jobTemplate.spec.template."),
    DEPLOYMENT("DeploymentSpec", "deployment", "Deployment", "spec.template."),
    STATEFUL_SET("StatefulSetSpec", "statefulSet", "StatefulSet", "spec.template."),
    DAEMON_SET("DaemonSetSpec", "daemonSet", "DaemonSet", "spec.template.");

    final String annotation;
    final String method;
    final String type;
    final String templatePrefix;

    WorkloadKind(String annotation, String method, String type, String templatePrefix) {
      this.annotation = annotation;
      this.method = method;
      this.type = type;
      this.templatePrefix = templatePrefix;
    }

    /** Whether the pod template restarts containers itself ({@code Always}). */
    boolean replicated() {
      return this != JOB && this != CRON_JOB;
    }

    /** Words for messages, e.g. {@code stateful set}. */
    String words() {
      return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The job settings shared by a job and a cron job's job template. */
  record JobSettings(
      Optional<Integer> parallelism,
      Optional<Integer> completions,
      boolean indexed,
      Optional<Integer> backoffLimit,
      Optional<Long> activeDeadlineSeconds,
      Optional<Integer> ttlSecondsAfterFinished,
      Optional<Boolean> suspend,
      Optional<FailurePolicyModel> podFailurePolicy,
      Optional<Integer> backoffLimitPerIndex,
      Optional<Integer> maxFailedIndexes,
      Optional<PodReplacementPolicy> podReplacementPolicy,
      List<SuccessRuleModel> successPolicy,
      Optional<String> managedBy) {}

  /** A success policy rule; at least one of the two is written. */
  record SuccessRuleModel(Optional<String> succeededIndexes, Optional<Integer> succeededCount) {}

  /** A job, from {@code @JobSpec}. */
  record JobModel(
      String name,
      JobRestartPolicy restartPolicy,
      Optional<String> namespace,
      List<Entry> labels,
      List<Entry> annotations,
      JobSettings settings) implements WorkloadModel {
    @Override
    public WorkloadKind kind() {
      return WorkloadKind.JOB;
    }
  }

  /** A cron job, from {@code @CronJobSpec}. */
  record CronJobModel(
      String name,
      String schedule,
      JobRestartPolicy restartPolicy,
      Optional<String> namespace,
      List<Entry> labels,
      List<Entry> annotations,
      Optional<String> timeZone,
      Optional<ConcurrencyPolicy> concurrencyPolicy,
      Optional<Long> startingDeadlineSeconds,
      Optional<Integer> successfulJobsHistoryLimit,
      Optional<Integer> failedJobsHistoryLimit,
      Optional<Boolean> suspend,
      JobSettings settings) implements WorkloadModel {
    @Override
    public WorkloadKind kind() {
      return WorkloadKind.CRON_JOB;
    }
  }

  /** A deployment, from {@code @DeploymentSpec}; a rolling update sets both bounds. */
  record DeploymentModel(
      String name,
      Optional<String> namespace,
      List<Entry> labels,
      List<Entry> annotations,
      Optional<Integer> replicas,
      Optional<Integer> minReadySeconds,
      Optional<Integer> progressDeadlineSeconds,
      Optional<Integer> revisionHistoryLimit,
      boolean recreate,
      Optional<String> maxUnavailable,
      Optional<String> maxSurge) implements WorkloadModel {
    @Override
    public WorkloadKind kind() {
      return WorkloadKind.DEPLOYMENT;
    }
  }

  /** A stateful set, from {@code @StatefulSetSpec}. */
  record StatefulSetModel(
      String name,
      Optional<String> namespace,
      List<Entry> labels,
      List<Entry> annotations,
      Optional<String> serviceName,
      Optional<Integer> replicas,
      Optional<PodManagementPolicy> podManagementPolicy,
      Optional<Integer> minReadySeconds,
      Optional<Integer> revisionHistoryLimit,
      List<ClaimModel> claims,
      Optional<UpdateModel> update,
      Optional<RetentionModel> retention,
      Optional<Integer> ordinalsStart) implements WorkloadModel {
    @Override
    public WorkloadKind kind() {
      return WorkloadKind.STATEFUL_SET;
    }
  }

  /** A daemon set, from {@code @DaemonSetSpec}. */
  record DaemonSetModel(
      String name,
      Optional<String> namespace,
      List<Entry> labels,
      List<Entry> annotations,
      Optional<Integer> minReadySeconds,
      Optional<Integer> revisionHistoryLimit,
      Optional<UpdateModel> update) implements WorkloadModel {
    @Override
    public WorkloadKind kind() {
      return WorkloadKind.DAEMON_SET;
    }
  }

  record Entry(String key, String value) {}

  /** The three container roles, in the words of the DSL. */
  enum Role {
    SIDECAR("sidecar", "Sidecar"),
    INIT("initContainer", "Init"),
    MAIN("container", "Main");

    final String factory;
    final String annotation;

    Role(String factory, String annotation) {
      this.factory = factory;
      this.annotation = annotation;
    }
  }

  record ContainerModel(
      Role role,
      String name,
      String image,
      Optional<PullPolicy> imagePullPolicy,
      Optional<List<String>> command,
      Optional<List<String>> args,
      Optional<String> workingDir,
      List<PortModel> ports,
      List<EnvModel> env,
      List<EnvFromModel> envFrom,
      List<Entry> requests,
      List<Entry> limits,
      List<MountModel> mounts,
      Optional<SecurityModel> securityContext,
      Optional<TerminationMessagePolicy> terminationMessagePolicy,
      Optional<ProbeModel> startupProbe,
      Optional<ProbeModel> livenessProbe,
      Optional<ProbeModel> readinessProbe,
      Optional<ActionModel> postStart,
      Optional<ActionModel> preStop,
      List<ResizeModel> resizePolicy,
      List<ClaimUseModel> claims) {}

  /** A container's use of a pod resource claim, from {@code @ClaimUse}. */
  record ClaimUseModel(String name, Optional<String> request) {}

  /** An in-place resize policy of one resource, from {@code @Resize}. */
  record ResizeModel(String resource, ResizeRestartPolicy restartPolicy) {}

  record PortModel(Optional<String> name, int containerPort, Optional<Protocol> protocol) {}

  record EnvModel(String name, EnvSource source) {}

  /** Where an environment variable's value comes from. */
  sealed interface EnvSource {}

  record Literal(String value) implements EnvSource {}

  record FieldRef(String fieldPath) implements EnvSource {}

  record ResourceFieldRef(String resource, Optional<String> divisor) implements EnvSource {}

  record ConfigMapKeyRef(String name, String key) implements EnvSource {}

  record SecretKeyRef(String name, String key) implements EnvSource {}

  record EnvFromModel(boolean secret, String name) {}

  record MountModel(
      String volume,
      String path,
      boolean readOnly,
      Optional<String> subPath,
      Optional<String> subPathExpr) {
    boolean plain() {
      return !readOnly && subPath.isEmpty() && subPathExpr.isEmpty();
    }
  }

  record SecurityModel(
      List<String> capabilitiesAdd,
      List<String> capabilitiesDrop,
      Optional<Boolean> privileged,
      Optional<Boolean> allowPrivilegeEscalation,
      Optional<Boolean> readOnlyRootFilesystem,
      Optional<Long> runAsUser,
      Optional<Long> runAsGroup,
      Optional<Boolean> runAsNonRoot,
      Optional<String> seccompProfile,
      Optional<String> seccompLocalhostProfile,
      ProfilesModel profiles,
      Optional<String> procMount) {}

  /** The pod security context, from {@code @PodSecurity}. */
  record PodSecurityModel(
      Optional<Long> runAsUser,
      Optional<Long> runAsGroup,
      Optional<Boolean> runAsNonRoot,
      Optional<Long> fsGroup,
      Optional<String> seccompProfile,
      Optional<String> seccompLocalhostProfile,
      ProfilesModel profiles,
      List<Long> supplementalGroups,
      Optional<String> fsGroupChangePolicy,
      List<Entry> sysctls,
      Optional<String> supplementalGroupsPolicy,
      Optional<String> seLinuxChangePolicy) {}

  /**
   * The AppArmor profile, SELinux options and Windows options that pod and container security
   * contexts share.
   */
  record ProfilesModel(
      Optional<String> appArmorProfile,
      Optional<String> appArmorLocalhostProfile,
      Optional<String> seLinuxLevel,
      Optional<String> seLinuxUser,
      Optional<String> seLinuxRole,
      Optional<String> seLinuxType,
      Optional<String> windowsGmsaCredentialSpecName,
      Optional<String> windowsGmsaCredentialSpec,
      Optional<String> windowsRunAsUserName,
      Optional<Boolean> windowsHostProcess) {
    boolean hasSeLinux() {
      return seLinuxLevel.isPresent() || seLinuxUser.isPresent() || seLinuxRole.isPresent()
          || seLinuxType.isPresent();
    }

    boolean hasWindows() {
      return windowsGmsaCredentialSpecName.isPresent() || windowsGmsaCredentialSpec.isPresent()
          || windowsRunAsUserName.isPresent() || windowsHostProcess.isPresent();
    }
  }

  /** A toleration, from {@code @Toleration}; only written fields are set. */
  record TolerationModel(
      Optional<String> key,
      Optional<String> operator,
      Optional<String> value,
      Optional<String> effect,
      Optional<Long> tolerationSeconds) {}

  record ProbeModel(
      ActionModel action,
      Optional<Integer> initialDelaySeconds,
      Optional<Integer> timeoutSeconds,
      Optional<Integer> periodSeconds,
      Optional<Integer> successThreshold,
      Optional<Integer> failureThreshold,
      Optional<Long> terminationGracePeriodSeconds) {}

  /** A probe or hook handler. */
  sealed interface ActionModel {}

  record Exec(List<String> command) implements ActionModel {}

  /**
   * An HTTP GET on a port number, or on a named port when {@code portName} is not empty, with
   * request headers as name and value, and the scheme and host when written.
   */
  record HttpGet(String path, int port, String portName, List<Entry> headers,
      Optional<String> scheme, Optional<String> host) implements ActionModel {
    boolean plain() {
      return scheme.isEmpty() && host.isEmpty();
    }
  }

  record TcpSocket(int port, String portName) implements ActionModel {}

  record Grpc(int port) implements ActionModel {}

  record Sleep(long seconds) implements ActionModel {}

  record VolumeModel(String name, VolumeSource source) {}

  /** The one source of a volume. */
  sealed interface VolumeSource {}

  record EmptyDir(Optional<String> medium, Optional<String> sizeLimit) implements VolumeSource {}

  record ConfigMapVolume(String name, Optional<Boolean> optional) implements VolumeSource {}

  record SecretVolume(String secretName, Optional<Boolean> optional) implements VolumeSource {}

  record PvcVolume(String claimName) implements VolumeSource {}

  record HostPathVolume(String path) implements VolumeSource {}

  record DownwardApiVolume(List<Entry> files) implements VolumeSource {}

  record ProjectedVolume(List<ProjectionModel> sources) implements VolumeSource {}

  /** A CSI volume; only written fields are set. */
  record CsiVolume(String driver, Optional<Boolean> readOnly, Optional<String> fsType,
      List<Entry> attributes, Optional<String> nodePublishSecretRef) implements VolumeSource {}

  /** A generic ephemeral volume: one claim template with storage and access modes. */
  record EphemeralVolume(String storage, Optional<String> storageClassName,
      List<AccessMode> accessModes) implements VolumeSource {}

  record ImageVolume(String reference, Optional<PullPolicy> pullPolicy) implements VolumeSource {}

  /** One source of a projected volume. */
  sealed interface ProjectionModel {}

  record TokenProjection(String path, String audience, long expirationSeconds)
      implements ProjectionModel {}

  record ConfigMapProjection(String name) implements ProjectionModel {}

  record SecretProjection(String name) implements ProjectionModel {}

  record DownwardApiProjection(List<Entry> files) implements ProjectionModel {}

  /**
   * Placement, token, pod-level resources and runtime settings, from the members of
   * {@code @PodSpec} that mirror the DSL's {@code requireNodeLabel}, {@code preferNodeLabel},
   * {@code spreadAcrossZones}, {@code oneReplicaPerNode}, {@code automountServiceAccountToken},
   * {@code podRequests}, {@code topologySpreadConstraint}, the pod affinity helpers,
   * {@code runtimeClassName}, {@code hostPID}, {@code hostIPC}, {@code hostUsers}, {@code os} and
   * {@code resourceClaim}.
   */
  record PlacementModel(
      Optional<Boolean> automountServiceAccountToken,
      List<NodeLabelModel> requiredNodeLabels,
      List<NodeLabelModel> preferredNodeLabels,
      Optional<Integer> spreadAcrossZones,
      boolean oneReplicaPerNode,
      List<Entry> podRequests,
      List<Entry> podLimits,
      List<SpreadModel> topologySpread,
      List<AffinityTermModel> podAffinity,
      List<AffinityTermModel> podAntiAffinity,
      Optional<String> runtimeClassName,
      Optional<Boolean> hostPID,
      Optional<Boolean> hostIPC,
      Optional<Boolean> hostUsers,
      Optional<String> os,
      List<String> schedulingGates,
      List<String> readinessGates,
      List<HostAliasModel> hostAliases,
      Optional<DnsConfigModel> dnsConfig,
      List<DeviceClaimModel> resourceClaims) {}

  /** A pod resource claim, from {@code @DeviceClaim}; only written sources are set. */
  record DeviceClaimModel(
      String name, Optional<String> resourceClaimName, Optional<String> templateName) {}

  record HostAliasModel(String ip, List<String> hostnames) {}

  /** DNS settings; an option with an empty value is written without one. */
  record DnsConfigModel(List<String> nameservers, List<String> searches, List<Entry> options) {}

  /**
   * A topology spread constraint; {@code matchLabels} are the written ones or, when none are,
   * the pod's own.
   */
  record SpreadModel(
      String topologyKey,
      int maxSkew,
      String whenUnsatisfiable,
      List<Entry> matchLabels,
      Optional<Integer> minDomains,
      Optional<String> nodeAffinityPolicy,
      Optional<String> nodeTaintsPolicy,
      List<String> matchLabelKeys) {}

  /**
   * A pod (anti-)affinity term, required when {@code weight} is empty; {@code matchLabels} are
   * the written ones or, when none are, the pod's own.
   */
  record AffinityTermModel(String topologyKey, List<Entry> matchLabels, Optional<Integer> weight) {}

  /** A node label requirement; {@code weight} is 0 for a required one. */
  record NodeLabelModel(int weight, String key, List<String> values) {}

  // Workload-level values (issue 11)

  /** A job's pod failure policy, from {@code @PodFailurePolicy}. */
  record FailurePolicyModel(List<FailureRuleModel> rules, boolean ignoreSidecarExits) {}

  /**
   * One rule: exit codes (with an operator, and a container when written) or pod condition
   * types, never both; the reader reports a rule with neither or both.
   */
  record FailureRuleModel(
      PodFailureAction action,
      Optional<String> container,
      Optional<ExitCodeOperator> operator,
      List<Integer> exitCodes,
      List<String> podConditions) {}

  /** A stateful set's claim retention, from {@code @ClaimRetention}. */
  record RetentionModel(ClaimRetention whenDeleted, ClaimRetention whenScaled) {}

  /** A stateful set's claim template, from {@code @ClaimTemplate}. */
  record ClaimModel(
      String name, String storage, List<AccessMode> accessModes,
      Optional<String> storageClassName) {}

  /**
   * The update strategy of a stateful set or daemon set: {@code OnDelete}, or a rolling update
   * with its written bounds ({@code partition} for stateful sets, {@code maxSurge} for daemon
   * sets).
   */
  record UpdateModel(
      boolean onDelete,
      Optional<Integer> partition,
      Optional<String> maxUnavailable,
      Optional<String> maxSurge) {}
}
