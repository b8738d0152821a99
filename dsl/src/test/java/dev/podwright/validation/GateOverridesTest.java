package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every gate of {@link Profile}'s table turned against its default, one row per gate and
 * direction (on to off, off to on) in a version where the gate can be set so: a manifest, and
 * what the server then does, written from upstream's code, not from this library's output. The
 * errors are {@code path: type} in the server's order; the warnings are the paths of the fields
 * dropped (or reset) with a warning. Each row must also change what the default profile reports,
 * so a gate no rule reads fails here.
 *
 * <p>Sources, unless a row says otherwise: pkg/apis/core/validation/validation.go and
 * pkg/features/kube_features.go as vendored at release tags in ceph/ceph-csi (v1.27.4, v1.28.0,
 * v1.29.0, v1.30.0, v1.31.0) and openshift-kni/scheduler-plugins (v1.32.5, v1.33.3, v1.34.1,
 * v1.35.7); pkg/api/pod/util.go ({@code dropDisabledFields},
 * {@code GetValidationOptionsFromPodSpecAndMeta}) as read in a 1.29-cycle copy and in the
 * copies each rule class cites.
 */
class GateOverridesTest {
  /**
   * The directions no row covers, each with why: upstream's create-time validation, drops and
   * defaults ignore the gate in that direction, or the effect is pinned elsewhere (named).
   * Keys are {@code Gate=value}.
   */
  private static final Map<String, String> NO_ROW = noRow();

  private static Map<String, String> noRow() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("InPlacePodVerticalScalingInitContainers=false", "relaxes only the resize subresource"
        + " (an update); create-time validation does not read it");
    m.put("DeclarativeValidation=false", "1.33 to 1.35: declarative rules run beside the"
        + " hand-written ones and their errors are dropped unless DeclarativeValidationTakeover"
        + " is on, so a create's verdict does not change");
    return m;
  }

  /**
   * The directions a corpus case (its expected errors written from upstream by its topic's
   * author) already pins, with the case's file: each must exist and set the gate so.
   */
  private static final Map<String, String> IN_CORPUS = Map.ofEntries(
      Map.entry("ClusterTrustBundleProjection=true", "valid-vol15-trust-bundle-1-33.yaml"),
      Map.entry("PodCertificateRequest=true", "valid-vol15-pod-certificate-1-35.yaml"),
      Map.entry("GenericWorkload=true", "gated-scheduling-group-bad-name-1-36.yaml"),
      Map.entry("WorkloadWithJob=true",
          "batch17-cronjob-job-template-scheduling-after-name-1-37.yaml"),
      Map.entry("EvictionRequestAPI=true", "gated-eviction-responders-bad-name-1-37.yaml"),
      Map.entry("H2CContainerProbe=true", "gated-probe-protocol-gate-on-1-37.yaml"),
      Map.entry("GRPCContainerProbeTLS=true", "gated-grpc-mode-unsupported-1-37.yaml"),
      Map.entry("EmptyDirVolumeMode=true", "gated-empty-dir-mode-range-1-37.yaml"),
      Map.entry("VolumeBindMountOptions=true", "gated-bind-mount-options-duplicate-1-37.yaml"),
      Map.entry("AtomicWriteVolumeUserFields=true", "gated-volume-users-range-1-37.yaml"),
      Map.entry("DeclarativeValidationBeta=false",
          "decl18-cronjob-schedule-empty-beta-off-1-37.yaml"),
      Map.entry("DeclarativeValidationTakeover=true",
          "decl18-cronjob-schedule-empty-takeover-1-35.yaml"),
      Map.entry("RestartAllContainersOnContainerExits=false",
          "ver-sidecar-rules-gate-off-1-36.yaml"),
      Map.entry("StatefulSetRecreateStrategy=true", "ver-statefulset-recreate-gate-on-1-37.yaml"),
      Map.entry("MatchLabelKeysInPodTopologySpreadSelectorMerge=false",
          "podspec-topology-key-in-selector-gate-off-1-34.yaml"),
      Map.entry("SkipReadOnlyValidationGCE=false", "apps14-deploy-gce-pd-gate-off-1-30.yaml"),
      Map.entry("SkipReadOnlyValidationGCE=true", "valid-wl20-deploy-gce-pd-gate-on-1-28.yaml"),
      Map.entry("GitRepoVolumeDriver=true", "valid-vol15-gitrepo-driver-on-1-34.yaml"),
      Map.entry("UserNamespacesStatelessPodsSupport=true",
          "gates20-host-users-host-path-1-27.yaml"));

  private record Row(String gate, String version, boolean value, String manifest,
      List<String> errors, List<String> warnings) {
    Profile profile() {
      return Profile.of(version).withFeatureGate(gate, value);
    }

    String key() {
      return gate + "=" + value;
    }
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(String gate, String version, boolean value, String manifest,
      List<String> errors, List<String> warnings) {
    ROWS.add(new Row(gate, version, value, manifest, errors, warnings));
  }

  private static String pod(String spec) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n" + spec.indent(2);
  }

  private static String pod(String annotations, String spec) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n"
        + annotations.indent(4) + "spec:\n" + spec.indent(2);
  }

  private static final String APP = "containers:\n- name: app\n  image: nginx:1.27\n";

  /** {@code app} with {@code extra} added to the container (indented as a container field). */
  private static String app(String extra) {
    return APP + extra.indent(2);
  }

  static {
    // ------------------------------------------------ the six added to the table
    // 1.27 dropDisabledFields: schedulingGates while PodSchedulingReadiness is off.
    row("PodSchedulingReadiness", "1.27", false,
        pod(APP + "schedulingGates:\n- name: bad gate\n"),
        List.of(), List.of("spec.schedulingGates"));
    // dropDisabledTopologySpreadConstraintsFields: minDomains while its gate is off.
    row("MinDomainsInPodTopologySpread", "1.29", false,
        pod(APP + "topologySpreadConstraints:\n- maxSkew: 1\n  topologyKey: zone\n"
            + "  whenUnsatisfiable: DoNotSchedule\n  minDomains: 0\n"),
        List.of(), List.of("spec.topologySpreadConstraints[0].minDomains"));
    // 1.27: liveness and startup probes lose terminationGracePeriodSeconds; readiness keeps it.
    row("ProbeTerminationGracePeriod", "1.27", false,
        pod(app("livenessProbe:\n  exec: {command: [\"true\"]}\n"
            + "  terminationGracePeriodSeconds: 0\n")),
        List.of(), List.of("spec.containers[0].livenessProbe.terminationGracePeriodSeconds"));
    // AppArmor off: the annotations are deleted, so an invalid one passes.
    row("AppArmor", "1.29", false,
        pod("container.apparmor.security.beta.kubernetes.io/app: bogus", APP),
        List.of(), List.of("metadata.annotations[container.apparmor.security.beta."
            + "kubernetes.io/app]"));
    // 1.30, AppArmorFields off: the fields go (so no Localhost without a name), the annotation
    // stays and is validated, and nothing matches them.
    row("AppArmorFields", "1.30", false,
        pod("container.apparmor.security.beta.kubernetes.io/app: runtime/default",
            app("securityContext:\n  appArmorProfile: {type: Localhost}\n")),
        List.of(), List.of("spec.containers[0].securityContext.appArmorProfile"));
    // AllowInvalidPodDeletionCost: !PodDeletionCost.
    row("PodDeletionCost", "1.33", false,
        pod("controller.kubernetes.io/pod-deletion-cost: abc", APP), List.of(), List.of());

    // ------------------------------------------------ containers
    String sidecar = "initContainers:\n- name: proxy\n  image: envoy:1.31\n"
        + "  restartPolicy: Always\n  readinessProbe: {tcpSocket: {port: 80}}\n" + APP;
    // dropDisabledFields: init containers' restartPolicy while SidecarContainers is off; a
    // plain init container may not have a readiness probe (validateInitContainers).
    row("SidecarContainers", "1.29", false, pod(sidecar),
        List.of("spec.initContainers[0].readinessProbe: Forbidden"),
        List.of("spec.initContainers[0].restartPolicy"));
    row("SidecarContainers", "1.28", true, pod(sidecar), List.of(),
        List.of("spec.initContainers"));
    String restartRules = app("restartPolicy: Never\nrestartPolicyRules:\n- action: Restart\n"
        + "  exitCodes: {operator: In, values: [42]}\n");
    row("ContainerRestartRules", "1.35", false, pod(restartRules), List.of(),
        List.of("spec.containers[0].restartPolicy", "spec.containers[0].restartPolicyRules"));
    row("ContainerRestartRules", "1.34", true, pod(restartRules), List.of(), List.of());
    // v1.35.7: AllowRestartAllContainers; off, the action is NotSupported.
    row("RestartAllContainersOnContainerExits", "1.35", true,
        pod(app("restartPolicy: Never\nrestartPolicyRules:\n- action: RestartAllContainers\n"
            + "  exitCodes: {operator: In, values: [42]}\n")), List.of(), List.of());
    String digitEnv = app("env:\n- {name: 1st, value: x}\n");
    row("RelaxedEnvironmentVariableValidation", "1.32", false, pod(digitEnv),
        List.of("spec.containers[0].env[0].name: Invalid value"), List.of());
    row("RelaxedEnvironmentVariableValidation", "1.31", true, pod(digitEnv), List.of(),
        List.of());
    // validateSleepAction: more than terminationGracePeriodSeconds (30) is Invalid at sleep.
    String longSleep = app("lifecycle:\n  preStop:\n    sleep: {seconds: 100}\n");
    row("PodLifecycleSleepAction", "1.30", false, pod(longSleep), List.of(),
        List.of("spec.containers[0].lifecycle.preStop.sleep"));
    row("PodLifecycleSleepAction", "1.29", true, pod(longSleep),
        List.of("spec.containers[0].lifecycle.preStop.sleep: Invalid value"), List.of());
    String zeroSleep = app("lifecycle:\n  preStop:\n    sleep: {seconds: 0}\n");
    row("PodLifecycleSleepActionAllowZero", "1.33", false, pod(zeroSleep),
        List.of("spec.containers[0].lifecycle.preStop.sleep: Invalid value"), List.of());
    row("PodLifecycleSleepActionAllowZero", "1.32", true, pod(zeroSleep), List.of(),
        List.of());
    // validateResizePolicy (v1.32.5): an unknown restartPolicy is NotSupported at resizePolicy.
    String resize = app("resizePolicy:\n- {resourceName: cpu, restartPolicy: Sometimes}\n");
    row("InPlacePodVerticalScaling", "1.32", true, pod(resize),
        List.of("spec.containers[0].resizePolicy: Unsupported value"), List.of());
    row("InPlacePodVerticalScaling", "1.33", false, pod(resize), List.of(),
        List.of("spec.containers[0].resizePolicy"));
    String stopSignal = app("lifecycle:\n  stopSignal: SIGTERM\n");
    // validateContainerStopSignal: a pod without spec.os.name may not set it.
    row("ContainerStopSignals", "1.33", true, pod(stopSignal),
        List.of("spec.containers[0].lifecycle.stopSignal: Forbidden"), List.of());

    // ------------------------------------------------ pod spec
    String hostname = APP + "hostnameOverride: Bad_Name\n";
    // validateHostnameOverride (v1.34.1): ValidateDNS1123Subdomain.
    row("HostnameOverride", "1.34", true, pod(hostname),
        List.of("spec.hostnameOverride: Invalid value"), List.of());
    row("HostnameOverride", "1.35", false, pod(hostname), List.of(),
        List.of("spec.hostnameOverride"));
    String userNs = APP + "hostUsers: false\nhostNetwork: true\n";
    // validateHostUsers: hostNetwork is Forbidden with hostUsers false.
    row("UserNamespacesSupport", "1.32", true, pod(userNs),
        List.of("spec.hostNetwork: Forbidden"), List.of());
    row("UserNamespacesSupport", "1.33", false, pod(userNs), List.of(),
        List.of("spec.hostUsers"));
    // v1.35.7: AllowUserNamespacesHostNetworkSupport lifts that.
    row("UserNamespacesHostNetworkSupport", "1.35", true, pod(userNs), List.of(), List.of());
    String lt = APP
        + "tolerations:\n- {key: cores, operator: Lt, value: \"5\", effect: NoSchedule}\n";
    row("TaintTolerationComparisonOperators", "1.35", true, pod(lt), List.of(), List.of());
    // v1.32.5 validatePodDNSConfig: AllowRelaxedDNSSearchValidation takes '_' in a search.
    String dns = APP + "dnsConfig:\n  searches: [_sip._tcp.example.com]\n";
    row("RelaxedDNSSearchValidation", "1.32", true, pod(dns), List.of(), List.of());
    row("RelaxedDNSSearchValidation", "1.33", false, pod(dns),
        List.of("spec.dnsConfig.searches[0]: Invalid value"), List.of());
    // v1.27.4: MaxDNSSearchPaths 6 unless ExpandedDNSConfig.
    row("ExpandedDNSConfig", "1.27", false,
        pod(APP + "dnsConfig:\n  searches: [a.io, b.io, c.io, d.io, e.io, f.io, g.io]\n"),
        List.of("spec.dnsConfig.searches: Invalid value"), List.of());
    String unmasked = app("securityContext: {procMount: Unmasked}\n");
    row("ProcMountType", "1.31", true, pod(unmasked),
        List.of("spec.containers[0].securityContext.procMount: Invalid value"), List.of());
    row("ProcMountType", "1.33", false, pod(unmasked), List.of(),
        List.of("spec.containers[0].securityContext.procMount"));
    String groups = APP + "securityContext: {supplementalGroupsPolicy: Loose}\n";
    row("SupplementalGroupsPolicy", "1.31", true, pod(groups),
        List.of("spec.securityContext.supplementalGroupsPolicy: Unsupported value"), List.of());
    row("SupplementalGroupsPolicy", "1.33", false, pod(groups), List.of(),
        List.of("spec.securityContext.supplementalGroupsPolicy"));
    String mountOption = APP + "securityContext: {seLinuxChangePolicy: MountOption}\n";
    // AllowOnlyRecursiveSELinuxChangePolicy: !SELinuxMount.
    row("SELinuxChangePolicy", "1.32", true, pod(mountOption),
        List.of("spec.securityContext.seLinuxChangePolicy: Unsupported value"), List.of());
    row("SELinuxChangePolicy", "1.33", false, pod(mountOption), List.of(),
        List.of("spec.securityContext.seLinuxChangePolicy"));
    row("SELinuxMount", "1.33", true, pod(mountOption), List.of(), List.of());
    row("SELinuxMount", "1.37", false, pod(mountOption),
        List.of("spec.securityContext.seLinuxChangePolicy: Unsupported value"), List.of());
    String spread = APP + "topologySpreadConstraints:\n- maxSkew: 1\n  topologyKey: zone\n"
        + "  whenUnsatisfiable: DoNotSchedule\n  labelSelector: {matchLabels: {app: web}}\n";
    row("NodeInclusionPolicyInPodTopologySpread", "1.30", false,
        pod(spread + "  nodeAffinityPolicy: Sometimes\n"), List.of(),
        List.of("spec.topologySpreadConstraints[0].nodeAffinityPolicy"));
    row("MatchLabelKeysInPodTopologySpread", "1.30", false,
        pod(spread + "  matchLabelKeys: [\"bad key\"]\n"), List.of(),
        List.of("spec.topologySpreadConstraints[0].matchLabelKeys"));
  }

  private static String job(String spec) {
    return "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: work\nspec:\n"
        + spec.indent(2) + "  template:\n    spec:\n      restartPolicy: Never\n"
        + "      containers:\n      - name: app\n        image: busybox:1.37\n";
  }

  private static String statefulSet(String spec) {
    return "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n"
        + "  serviceName: db\n  selector:\n    matchLabels: {app: db}\n" + spec.indent(2)
        + "  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n"
        + "      - name: app\n        image: busybox:1.37\n";
  }

  static {
    // ------------------------------------------------ volumes and mounts
    // validateImageVolumeSource (v1.33.3): a Pod's image volume needs a reference.
    String image = APP + "volumes:\n- name: img\n  image: {reference: \"\"}\n";
    row("ImageVolume", "1.33", true, pod(image),
        List.of("spec.volumes[0].image.reference: Required value"), List.of());
    // dropImageVolumes: the volume and its mounts go.
    row("ImageVolume", "1.35", false,
        pod(app("volumeMounts: [{name: img, mountPath: /img}]\n")
            + "volumes:\n- name: img\n  image: {reference: \"quay.io/x/y:1\"}\n"),
        List.of(), List.of("spec.volumes[0].image"));
    // validateMountRecursiveReadOnly (v1.31.0): Enabled needs readOnly. ValidateVolumeMounts
    // passes it fldPath.Child("recursiveReadOnly"), not the item's path, in every copy read.
    String rro = app("volumeMounts: [{name: data, mountPath: /d, recursiveReadOnly: Enabled}]\n")
        + "volumes:\n- name: data\n  emptyDir: {}\n";
    row("RecursiveReadOnlyMounts", "1.30", true, pod(rro),
        List.of("spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden"), List.of());
    row("RecursiveReadOnlyMounts", "1.31", false, pod(rro), List.of(),
        List.of("spec.containers[0].volumeMounts[0].recursiveReadOnly"));
    // ValidationOptionsForPersistentVolumeClaimTemplate: EnableVolumeAttributesClass is the
    // gate; on, the class name is a DNS subdomain (an empty one is not checked).
    String vac = APP + "volumes:\n- name: scratch\n  ephemeral:\n    volumeClaimTemplate:\n"
        + "      spec:\n        accessModes: [ReadWriteOnce]\n"
        + "        resources: {requests: {storage: 1Gi}}\n"
        + "        volumeAttributesClassName: Bad_Class\n";
    row("VolumeAttributesClass", "1.30", true, pod(vac), List.of(
        "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.volumeAttributesClassName: "
            + "Invalid value"), List.of());
    row("VolumeAttributesClass", "1.34", false, pod(vac), List.of(), List.of());
    // v1.27.4 ValidatePersistentVolumeClaimSpec: ReadWriteOncePod only with its gate.
    row("ReadWriteOncePod", "1.27", false, pod(APP + "volumes:\n- name: scratch\n"
        + "  ephemeral:\n    volumeClaimTemplate:\n      spec:\n"
        + "        accessModes: [ReadWriteOncePod]\n"
        + "        resources: {requests: {storage: 1Gi}}\n"), List.of(
            "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: Unsupported value"),
        List.of());
    // validateDownwardAPIHostIPs (v1.29.0): Forbidden while PodHostIPs is off.
    String hostIps =
        app("env:\n- name: IPS\n  valueFrom: {fieldRef: {fieldPath: status.hostIPs}}\n");
    row("PodHostIPs", "1.29", false, pod(hostIps),
        List.of("spec.containers[0].env[0].valueFrom.fieldRef: Forbidden"), List.of());
    row("PodHostIPs", "1.28", true, pod(hostIps), List.of(), List.of());
    // EnvFiles: dropped, the empty valueFrom is Invalid (as _core14_cases.py pins for 1.34).
    String envFile = app("env:\n- name: DB\n  valueFrom:\n"
        + "    fileKeyRef: {volumeName: config, path: app.env, key: DB}\n")
        + "volumes:\n- name: config\n  emptyDir: {}\n";
    row("EnvFiles", "1.35", false, pod(envFile),
        List.of("spec.containers[0].env[0].valueFrom: Invalid value"),
        List.of("spec.containers[0].env[0].valueFrom.fileKeyRef"));
    row("EnvFiles", "1.34", true, pod(envFile), List.of(), List.of());
    String podResources = APP + "resources:\n  requests: {cpu: \"1\"}\n  limits: {cpu: \"1\"}\n";
    row("PodLevelResources", "1.33", true, pod(podResources), List.of(), List.of());
    row("PodLevelResources", "1.34", false, pod(podResources), List.of(),
        List.of("spec.resources"));
    // validatePodResourceClaim (v1.33.3): the name is a DNS label.
    String claims = APP + "resourceClaims:\n- {name: Bad_Name, resourceClaimName: gpu}\n";
    row("DynamicResourceAllocation", "1.33", true, pod(claims),
        List.of("spec.resourceClaims[0].name: Invalid value"), List.of());
    row("DynamicResourceAllocation", "1.34", false, pod(claims), List.of(),
        List.of("spec.resourceClaims"));
    // v1.33.3 IsValidIPForLegacyField: strict while StrictIPCIDRValidation is on.
    String alias = APP + "hostAliases:\n- {ip: 010.0.0.1, hostnames: [db]}\n";
    row("StrictIPCIDRValidation", "1.33", true, pod(alias),
        List.of("spec.hostAliases[0].ip: Invalid value"), List.of());
    row("StrictIPCIDRValidation", "1.36", false, pod(alias), List.of(),
        List.of("spec.hostAliases[0].ip"));
    // dropDisabledMatchLabelKeysFieldInPodAffinity; on, the keys merge into the selector.
    String affinity = APP + "affinity:\n  podAntiAffinity:\n"
        + "    requiredDuringSchedulingIgnoredDuringExecution:\n"
        + "    - topologyKey: zone\n      labelSelector: {matchLabels: {app: web}}\n"
        + "      matchLabelKeys: [\"bad key\"]\n";
    row("MatchLabelKeysInPodAffinity", "1.30", true, pod(affinity), List.of(
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]"
            + ".matchLabelKeys[0]: Invalid value"), List.of());
    row("MatchLabelKeysInPodAffinity", "1.31", false, pod(affinity), List.of(), List.of(
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]"
            + ".matchLabelKeys"));

    // ------------------------------------------------ templates
    // SetDefaults_PodSpec (v1.30.0 with the gate on): hostPort defaulted in templates, so two
    // containers on port 80 clash (checkHostPortConflicts), as _vdiff20a_cases.py pins.
    row("DefaultHostNetworkHostPortsInPodTemplates", "1.30", true,
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
            + "  selector:\n    matchLabels: {app: web}\n  template:\n"
            + "    metadata:\n      labels: {app: web}\n    spec:\n      hostNetwork: true\n"
            + "      containers:\n      - {name: app, image: nginx, ports: [{containerPort: 80}]}\n"
            + "      - {name: m, image: prom, ports: [{containerPort: 80}]}\n",
        List.of("spec.template.spec.containers[1].ports[0].hostPort: Duplicate value"),
        List.of());

    // ------------------------------------------------ Jobs (pkg/registry/batch/job/strategy.go
    // dropJobDisabledFields; pkg/apis/batch/validation/validation.go with the field kept)
    String perIndex = "completionMode: Indexed\ncompletions: 2\nbackoffLimitPerIndex: -1\n";
    row("JobBackoffLimitPerIndex", "1.28", true, job(perIndex),
        List.of("spec.backoffLimitPerIndex: Invalid value"), List.of());
    row("JobBackoffLimitPerIndex", "1.29", false, job(perIndex), List.of(),
        List.of("spec.backoffLimitPerIndex"));
    String replacement = "podReplacementPolicy: Sometimes\n";
    row("JobPodReplacementPolicy", "1.28", true, job(replacement),
        List.of("spec.podReplacementPolicy: Unsupported value"), List.of());
    row("JobPodReplacementPolicy", "1.29", false, job(replacement), List.of(),
        List.of("spec.podReplacementPolicy"));
    String success = "completionMode: Indexed\ncompletions: 2\nsuccessPolicy: {rules: []}\n";
    row("JobSuccessPolicy", "1.30", true, job(success),
        List.of("spec.successPolicy.rules: Required value"), List.of());
    row("JobSuccessPolicy", "1.31", false, job(success), List.of(),
        List.of("spec.successPolicy"));
    String managedBy = "managedBy: not-a-domain-path\n";
    row("JobManagedBy", "1.31", true, job(managedBy),
        List.of("spec.managedBy: Invalid value"), List.of());
    row("JobManagedBy", "1.32", false, job(managedBy), List.of(), List.of("spec.managedBy"));
    row("JobPodFailurePolicy", "1.27", false,
        job("podFailurePolicy:\n  rules:\n  - action: Ignore\n"
            + "    onPodConditions: [{type: DisruptionTarget}]\n"),
        List.of(), List.of("spec.podFailurePolicy"));

    // ------------------------------------------------ StatefulSets (dropStatefulSetDisabledFields)
    String maxUnavailable = "updateStrategy:\n  type: RollingUpdate\n"
        + "  rollingUpdate: {maxUnavailable: 0}\n";
    row("MaxUnavailableStatefulSet", "1.30", true, statefulSet(maxUnavailable),
        List.of("spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value"), List.of());
    row("MaxUnavailableStatefulSet", "1.37", false, statefulSet(maxUnavailable), List.of(),
        List.of("spec.updateStrategy.rollingUpdate.maxUnavailable"));
    row("StatefulSetAutoDeletePVC", "1.30", false,
        statefulSet("persistentVolumeClaimRetentionPolicy: {whenDeleted: Sometimes}\n"),
        List.of(), List.of("spec.persistentVolumeClaimRetentionPolicy"));
    row("StatefulSetStartOrdinal", "1.30", false, statefulSet("ordinals: {start: -1}\n"),
        List.of(), List.of("spec.ordinals"));
  }

  private static ValidationReport report(Profile profile, String manifest) {
    return Validator.forProfile(profile).report(ManifestReader.read(manifest).get(0));
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(e -> e.field() + ": " + e.type().text())
        .collect(Collectors.toList());
  }

  /** The paths the warnings start with: a warning reads {@code <path>: <what happens>}. */
  private static List<String> warningPaths(ValidationReport report) {
    return report.warnings().stream().map(w -> w.substring(0, w.indexOf(": ")))
        .collect(Collectors.toList());
  }

  @Test
  void eachOverrideDoesWhatTheServerDoes() {
    List<String> wrong = new ArrayList<>();
    for (Row row : ROWS) {
      ValidationReport report = report(row.profile(), row.manifest());
      if (!errors(report).equals(row.errors())
          || !warningPaths(report).containsAll(row.warnings())) {
        wrong.add(row.key() + " on " + row.version() + ": " + errors(report) + " "
            + warningPaths(report));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void eachOverrideChangesWhatTheDefaultGives() {
    List<String> same = new ArrayList<>();
    for (Row row : ROWS) {
      ValidationReport flipped = report(row.profile(), row.manifest());
      ValidationReport defaults = report(Profile.of(row.version()), row.manifest());
      if ((errors(flipped) + " " + flipped.warnings())
          .equals(errors(defaults) + " " + defaults.warnings())) {
        same.add(row.key() + " on " + row.version());
      }
    }
    assertThat(same).isEmpty();
  }

  @Test
  void eachRowTurnsItsGateAgainstTheDefault() {
    for (Row row : ROWS) {
      assertThat(Profile.of(row.version()).isEnabled(row.gate()))
          .as(row.key() + " on " + row.version()).isNotEqualTo(row.value());
    }
  }

  /** Every direction a gate of the table can be set in some version has a row, or a reason. */
  @Test
  void everyGateAndDirectionHasARow() {
    TreeSet<String> missing = new TreeSet<>();
    for (String gate : Profile.knownGates()) {
      for (String version : Profile.supportedVersions()) {
        boolean on = Profile.of(version).isEnabled(gate);
        String key = gate + "=" + !on;
        if (settable(version, gate, !on) && !NO_ROW.containsKey(key)
            && !IN_CORPUS.containsKey(key)
            && ROWS.stream().noneMatch(r -> r.key().equals(key))) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theCorpusCasesNamedSetTheirGates() throws IOException {
    for (Map.Entry<String, String> e : IN_CORPUS.entrySet()) {
      try (InputStream in = GateOverridesTest.class.getResourceAsStream(
          "/validation-corpus/" + e.getValue())) {
        assertThat(in).as(e.getValue()).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(e.getValue()).contains("# feature-gate: " + e.getKey() + "\n");
      }
    }
  }

  private static boolean settable(String version, String gate, boolean value) {
    try {
      Profile.of(version).withFeatureGate(gate, value);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }
}
