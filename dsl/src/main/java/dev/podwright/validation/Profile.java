package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes server a manifest targets: a minor version (1.27 to 1.37; 1.33 by default) and
 * optional feature-gate overrides. Validation and output follow it; gates not overridden take the
 * version's defaults.
 *
 * <pre>{@code
 * Profile p = Profile.of("1.34").withFeatureGate("ContainerRestartRules", true);
 * }</pre>
 *
 * <p>Overrides are checked as {@code kube-apiserver --feature-gates} checks them: a gate the
 * version does not have (not added yet, or removed) is refused with {@code unrecognized feature
 * gate}, and a gate locked to its default cannot be set against it. Gates this class does not know
 * are accepted and change nothing unless a rule asks for them.
 */
public final class Profile {
  /** The oldest minor version accepted. */
  public static final int MIN_MINOR = 27;
  /** The newest minor version accepted. */
  public static final int MAX_MINOR = 37;
  /** The default target: Kubernetes 1.33, where native sidecars are GA. */
  public static final int DEFAULT_MINOR = 33;
  /** The accepted versions in words, {@code 1.27 to 1.37}, for help texts. */
  public static final String SUPPORTED_VERSIONS = "1." + MIN_MINOR + " to 1." + MAX_MINOR;
  /** The default version, {@code 1.33}, for help texts. */
  public static final String DEFAULT_VERSION = "1." + DEFAULT_MINOR;

  /** Native sidecars: alpha in 1.28, on from 1.29, GA and locked from 1.33, removed in 1.37. */
  public static final String SIDECAR_CONTAINERS = "SidecarContainers";
  /** Container-level restart policy and rules: alpha (off) in 1.34, beta (on) from 1.35. */
  public static final String CONTAINER_RESTART_RULES = "ContainerRestartRules";
  /** The {@code RestartAllContainers} restart action: alpha (off) in 1.35, beta (on) from 1.36. */
  public static final String RESTART_ALL_CONTAINERS = "RestartAllContainersOnContainerExits";
  /** Printable-ASCII env var names: alpha (off) in 1.30 and 1.31, on from 1.32, GA in 1.34. */
  public static final String RELAXED_ENV_VAR_NAMES = "RelaxedEnvironmentVariableValidation";
  /** The {@code sleep} lifecycle action: alpha (off) in 1.29, on from 1.30, removed in 1.37. */
  public static final String SLEEP_ACTION = "PodLifecycleSleepAction";
  /** {@code sleep.seconds: 0}: alpha (off) in 1.32, on from 1.33, removed in 1.37. */
  public static final String SLEEP_ACTION_ALLOW_ZERO = "PodLifecycleSleepActionAllowZero";
  /** In-place resize: alpha (off) from 1.27, beta (on) from 1.33, GA in 1.35. */
  public static final String IN_PLACE_POD_VERTICAL_SCALING = "InPlacePodVerticalScaling";
  /** Strict IP and CIDR syntax (KEP-4858): alpha (off) from 1.33, beta (on) from 1.36. */
  public static final String STRICT_IP_CIDR_VALIDATION = "StrictIPCIDRValidation";
  /** Image volumes: alpha in 1.31, beta (off) in 1.33, on in 1.35, GA in 1.36. */
  public static final String IMAGE_VOLUME = "ImageVolume";
  /** {@code spec.hostnameOverride}: alpha 1.34, beta (on) from 1.35, GA and locked in 1.37. */
  public static final String HOSTNAME_OVERRIDE = "HostnameOverride";
  /** Job {@code backoffLimitPerIndex}, {@code maxFailedIndexes}: alpha 1.28, on 1.29, GA 1.33. */
  public static final String JOB_BACKOFF_LIMIT_PER_INDEX = "JobBackoffLimitPerIndex";
  /** Job {@code podReplacementPolicy}: alpha 1.28, on from 1.29, GA 1.34. */
  public static final String JOB_POD_REPLACEMENT_POLICY = "JobPodReplacementPolicy";
  /** Job {@code successPolicy}: alpha 1.30, on from 1.31, GA 1.33. */
  public static final String JOB_SUCCESS_POLICY = "JobSuccessPolicy";
  /** Job {@code managedBy}: alpha 1.30 and 1.31, on from 1.32, GA 1.35. */
  public static final String JOB_MANAGED_BY = "JobManagedBy";
  /** Job {@code podFailurePolicy}: on (beta) to 1.30, GA locked 1.31 and 1.32, gone from 1.33. */
  public static final String JOB_POD_FAILURE_POLICY = "JobPodFailurePolicy";
  /** StatefulSet {@code rollingUpdate.maxUnavailable}: alpha to 1.34, beta off 1.35, 1.36, on 1.37. */
  public static final String MAX_UNAVAILABLE_STATEFUL_SET = "MaxUnavailableStatefulSet";
  /**
   * Skips {@code ValidateReadOnlyPersistentDisks} (a read-write GCE PD in a Deployment of more
   * than one replica): alpha (off) in 1.28, deprecated and on in 1.29 and 1.30, removed in 1.31
   * with the check (kubernetes/kubernetes#117531, #121083, #124210).
   */
  public static final String SKIP_READ_ONLY_VALIDATION_GCE = "SkipReadOnlyValidationGCE";
  /**
   * {@code status.hostIPs} in the downward API of environment variables: alpha (off) in 1.28,
   * beta (on) 1.29, GA 1.30 and 1.31, removed from 1.32; 1.27 does not know the field path.
   */
  public static final String POD_HOST_IPS = "PodHostIPs";
  /**
   * StatefulSet {@code persistentVolumeClaimRetentionPolicy}: beta (on) 1.27 to 1.31, GA locked
   * 1.32 to 1.34, removed from 1.35 (its behaviour always on).
   */
  public static final String STATEFUL_SET_AUTO_DELETE_PVC = "StatefulSetAutoDeletePVC";
  /** StatefulSet {@code ordinals}: beta (on) 1.27 to 1.30, GA locked 1.31 to 1.33, gone 1.34. */
  public static final String STATEFUL_SET_START_ORDINAL = "StatefulSetStartOrdinal";
  /** Claims' {@code ReadWriteOncePod} access mode: beta (on) 1.27, 1.28, GA 1.29, gone 1.31. */
  public static final String READ_WRITE_ONCE_POD = "ReadWriteOncePod";
  /** StatefulSet {@code updateStrategy.type: Recreate}: alpha (off) in 1.37. */
  public static final String STATEFUL_SET_RECREATE_STRATEGY = "StatefulSetRecreateStrategy";
  /** Pod-level {@code spec.resources}: alpha (off) in 1.32 and 1.33, beta (on) from 1.34. */
  public static final String POD_LEVEL_RESOURCES = "PodLevelResources";
  /** {@code hostUsers: false}: alpha or beta and off up to 1.32, on from 1.33, GA in 1.36. */
  public static final String USER_NAMESPACES_SUPPORT = "UserNamespacesSupport";
  /**
   * {@code hostUsers: false} in 1.27, alpha and off: the gate's name up to 1.27, when only
   * stateless pods were supported; 1.28 renamed it {@code UserNamespacesSupport}.
   */
  public static final String USER_NAMESPACES_STATELESS_PODS_SUPPORT =
      "UserNamespacesStatelessPodsSupport";
  /** {@code hostNetwork} with {@code hostUsers: false}: alpha (off) from 1.35 (KEP-5607). */
  public static final String USER_NAMESPACES_HOST_NETWORK = "UserNamespacesHostNetworkSupport";
  /** Toleration operators {@code Lt} and {@code Gt}: alpha (off) from 1.35. */
  public static final String TAINT_TOLERATION_COMPARISON_OPERATORS =
      "TaintTolerationComparisonOperators";
  /** DNS search domains with '_' and a lone '.': alpha 1.32, on 1.33, GA locked 1.34, gone 1.37. */
  public static final String RELAXED_DNS_SEARCH = "RelaxedDNSSearchValidation";
  /** Pod and container {@code resourceClaims}: alpha to 1.31, beta off, GA 1.34, locked 1.35. */
  public static final String DYNAMIC_RESOURCE_ALLOCATION = "DynamicResourceAllocation";
  /** {@code securityContext.procMount}: alpha to 1.30, beta, on from 1.33, GA in 1.36. */
  public static final String PROC_MOUNT_TYPE = "ProcMountType";
  /** {@code supplementalGroupsPolicy}: alpha in 1.31 and 1.32, on from 1.33, GA locked 1.35. */
  public static final String SUPPLEMENTAL_GROUPS_POLICY = "SupplementalGroupsPolicy";
  /** {@code seLinuxChangePolicy}: alpha in 1.32, on from 1.33, GA locked from 1.36. */
  public static final String SELINUX_CHANGE_POLICY = "SELinuxChangePolicy";
  /** {@code seLinuxChangePolicy: MountOption}: alpha 1.30, beta off from 1.33, GA on in 1.37. */
  public static final String SELINUX_MOUNT = "SELinuxMount";

  /**
   * The deprecated AppArmor annotations (and, in 1.30, the fields): beta (on) 1.27 to 1.30, GA
   * and locked 1.31 and 1.32, removed in 1.33. Off, {@code dropDisabledFields} deletes every
   * {@code container.apparmor.security.beta.kubernetes.io/} annotation before validation.
   */
  public static final String APP_ARMOR = "AppArmor";
  /**
   * {@code appArmorProfile} in security contexts: beta (on) in 1.30, GA and locked 1.31 and 1.32,
   * removed in 1.33. Off, the fields are dropped and not matched against the annotations.
   */
  public static final String APP_ARMOR_FIELDS = "AppArmorFields";
  /** {@code spec.schedulingGates}: beta (on) 1.27 to 1.29, GA and locked from 1.30. */
  public static final String POD_SCHEDULING_READINESS = "PodSchedulingReadiness";
  /** Topology spread {@code minDomains}: beta (on) 1.27 to 1.29, GA locked 1.30, 1.31. */
  public static final String MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD = "MinDomainsInPodTopologySpread";
  /** Probe-level {@code terminationGracePeriodSeconds}: beta (on) in 1.27, GA locked 1.28. */
  public static final String PROBE_TERMINATION_GRACE_PERIOD = "ProbeTerminationGracePeriod";
  /** The {@code controller.kubernetes.io/pod-deletion-cost} check: beta (on) throughout. */
  public static final String POD_DELETION_COST = "PodDeletionCost";

  /** {@code volumeMounts[].recursiveReadOnly}: alpha (off) in 1.30, beta (on) 1.31, GA 1.33. */
  public static final String RECURSIVE_READ_ONLY_MOUNTS = "RecursiveReadOnlyMounts";

  /** Claims' {@code volumeAttributesClassName}: alpha 1.29, beta off 1.31, GA 1.34, locked 1.36. */
  public static final String VOLUME_ATTRIBUTES_CLASS = "VolumeAttributesClass";
  /** Pod affinity {@code matchLabelKeys} merged into the selector: alpha 1.29, on 1.31, GA 1.33. */
  public static final String MATCH_LABEL_KEYS_IN_POD_AFFINITY = "MatchLabelKeysInPodAffinity";
  /** Topology spread {@code matchLabelKeys}: beta (on) from 1.27, never GA by 1.37. */
  public static final String MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD =
      "MatchLabelKeysInPodTopologySpread";
  /** Topology spread {@code nodeAffinityPolicy}, {@code nodeTaintsPolicy}: on, GA locked 1.33. */
  public static final String NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD =
      "NodeInclusionPolicyInPodTopologySpread";
  /** Topology spread {@code matchLabelKeys} merged into the selector: beta (on) from 1.34. */
  public static final String MATCH_LABEL_KEYS_SPREAD_MERGE =
      "MatchLabelKeysInPodTopologySpreadSelectorMerge";

  /** Pod {@code workloadRef} (1.35), then {@code schedulingGroup} (1.36 on): alpha, off. */
  public static final String GENERIC_WORKLOAD = "GenericWorkload";
  /** Job workload scheduling: alpha (off) from 1.36; its {@code spec.scheduling} from 1.37. */
  public static final String WORKLOAD_WITH_JOB = "WorkloadWithJob";
  /** Pod {@code evictionResponders}: alpha (off) in 1.37. */
  public static final String EVICTION_REQUEST_API = "EvictionRequestAPI";
  /** Probes' and hooks' {@code httpGet.protocol}: alpha (off) in 1.37. */
  static final String H2C_CONTAINER_PROBE = "H2CContainerProbe";
  /** gRPC probes' {@code mode}: alpha (off) in 1.37. */
  static final String GRPC_CONTAINER_PROBE_TLS = "GRPCContainerProbeTLS";
  /** {@code emptyDir.mode}: alpha (off) in 1.37. */
  static final String EMPTY_DIR_VOLUME_MODE = "EmptyDirVolumeMode";
  /** {@code volumeMounts[].bindMountOptions}: alpha (off) in 1.37. */
  static final String VOLUME_BIND_MOUNT_OPTIONS = "VolumeBindMountOptions";
  /** The {@code defaultUser} and {@code user} fields of atomic-write volumes: alpha in 1.37. */
  static final String ATOMIC_WRITE_VOLUME_USER_FIELDS = "AtomicWriteVolumeUserFields";
  /**
   * Declarative validation (KEP-5073): beta (on) 1.33 to 1.35, GA and locked from 1.36
   * (k8s.io/apiserver pkg/features/kube_features.go at v0.36.0 and v0.37.0-beta.0).
   */
  public static final String DECLARATIVE_VALIDATION = "DeclarativeValidation";
  /**
   * Enforcement of {@code +k8s:beta} declarative rules: beta (on) from 1.36 (k8s.io/apiserver
   * kube_features.go v0.36.0, v0.37.0-beta.0). Off, beta rules run in shadow and the
   * hand-written errors they cover stay where they are.
   */
  public static final String DECLARATIVE_VALIDATION_BETA = "DeclarativeValidationBeta";
  /**
   * Declarative errors replacing the hand-written ones they cover: beta (off) 1.33 to 1.35,
   * deprecated (off) in 1.36, deprecated and locked off in 1.37 (k8s.io/apiserver
   * kube_features.go v0.35.0, v0.36.0, v0.37.0-beta.0).
   */
  public static final String DECLARATIVE_VALIDATION_TAKEOVER = "DeclarativeValidationTakeover";
  /** The gitRepo volume plugin: deprecated and off from 1.33, locked off from 1.36. */
  public static final String GIT_REPO_VOLUME_DRIVER = "GitRepoVolumeDriver";
  private static final Profile DEFAULTS = new Profile(DEFAULT_MINOR, Map.of());

  private final int minor;
  private final Map<String, Boolean> overrides;

  private Profile(int minor, Map<String, Boolean> overrides) {
    this.minor = minor;
    this.overrides = Map.copyOf(overrides);
  }

  /** Returns the default profile: Kubernetes 1.33 with its default feature gates. */
  public static Profile defaults() {
    return DEFAULTS;
  }

  /** Returns every accepted version, oldest first: {@code 1.27}, ..., {@code 1.37}. */
  public static List<String> supportedVersions() {
    List<String> versions = new ArrayList<>();
    for (int m = MIN_MINOR; m <= MAX_MINOR; m++) {
      versions.add("1." + m);
    }
    return Collections.unmodifiableList(versions);
  }

  /**
   * Returns the profile of a Kubernetes version such as {@code 1.29}, {@code v1.34} or
   * {@code 1.33.2}.
   *
   * @throws IllegalArgumentException if the version is malformed or outside 1.27 to 1.37
   */
  public static Profile of(String version) {
    requireNonNull(version, "version == null");
    Matcher m = VersionSyntax.VERSION.matcher(version.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("kubernetes version must look like 1.33, found '"
          + version + "'");
    }
    int minor = Integer.parseInt(m.group(1));
    if (minor < MIN_MINOR || minor > MAX_MINOR) {
      throw new IllegalArgumentException("kubernetes version must be between 1." + MIN_MINOR
          + " and 1." + MAX_MINOR + ", found '" + version + "'");
    }
    return new Profile(minor, Map.of());
  }

  /** The syntax of a version, compiled on first use: the default profile needs none. */
  private static final class VersionSyntax {
    static final Pattern VERSION = Pattern.compile("v?1\\.(\\d+)(\\.\\d+)?");
  }

  /**
   * Returns this profile with a feature gate forced on or off.
   *
   * @throws IllegalArgumentException as the API server refuses such a flag: for a gate this
   *     version does not have ({@code unrecognized feature gate: SidecarContainers} on 1.37, where
   *     it was removed) or a locked gate set against its lock ({@code cannot set feature gate
   *     SidecarContainers to false, feature is locked to true} on 1.33 to 1.36)
   */
  public Profile withFeatureGate(String gate, boolean enabled) {
    requireNonNull(gate, "gate == null");
    Gate known = Gate.byName(gate);
    if (known != null) {
      char stage = known.stageIn(minor);
      if (stage == Gate.ABSENT || stage == Gate.REMOVED || stage == Gate.DROPPED) {
        throw new IllegalArgumentException("unrecognized feature gate: " + gate + " (Kubernetes "
            + version() + (stage == Gate.ABSENT ? " does not have it yet)"
                : stage == Gate.REMOVED ? " no longer has it: its behaviour is always on)"
                : " no longer has it: its behaviour is gone)"));
      }
      if (stage == Gate.GA_LOCKED && !enabled) {
        throw new IllegalArgumentException("cannot set feature gate " + gate
            + " to false, feature is locked to true");
      }
      if (stage == Gate.LOCKED_OFF && enabled) {
        throw new IllegalArgumentException("cannot set feature gate " + gate
            + " to true, feature is locked to false");
      }
    }
    Map<String, Boolean> copy = new TreeMap<>(overrides);
    copy.put(gate, enabled);
    return new Profile(minor, copy);
  }

  /**
   * Returns this profile with the gates of a {@code kube-apiserver --feature-gates} value forced
   * on or off, parsed as component-base's {@code featureGate.Set} parses it: comma-separated
   * {@code Gate=bool} items, empty items skipped, keys and values trimmed, values Go booleans
   * ({@code strconv.ParseBool}: {@code true}, {@code false}, {@code 1}, {@code 0}, {@code t},
   * {@code F}, ...), each gate then checked as {@link #withFeatureGate} checks it. For example
   * {@code Profile.of("1.35").withFeatureGates("TaintTolerationComparisonOperators=true")}.
   *
   * @throws IllegalArgumentException in the API server's words, for an item without a value
   *     ({@code missing bool value for X}), a value that is not a Go boolean, or a gate
   *     {@link #withFeatureGate} refuses
   */
  public Profile withFeatureGates(String gates) {
    requireNonNull(gates, "gates == null");
    Profile p = this;
    for (String item : gates.split(",", -1)) {
      if (item.isEmpty()) {
        continue;
      }
      String[] keyValue = item.split("=", 2);
      String key = keyValue[0].trim();
      if (keyValue.length != 2) {
        throw new IllegalArgumentException("missing bool value for " + key);
      }
      p = p.withFeatureGate(key, goBool(key, keyValue[1].trim()));
    }
    return p;
  }

  /** Go's {@code strconv.ParseBool}, with the error {@code featureGate.Set} wraps it in. */
  private static boolean goBool(String key, String value) {
    switch (value) {
      case "1": case "t": case "T": case "TRUE": case "true": case "True":
        return true;
      case "0": case "f": case "F": case "FALSE": case "false": case "False":
        return false;
      default:
        // Go quotes the value (strconv.Quote); a flag value has no newline.
        throw new IllegalArgumentException("invalid value of " + key + "=" + value
            + ", err: strconv.ParseBool: parsing \""
            + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\": invalid syntax");
    }
  }

  /** Returns the minor version, e.g. 33 for Kubernetes 1.33. */
  public int minor() {
    return minor;
  }

  /** Returns the version as {@code 1.<minor>}. */
  public String version() {
    return "1." + minor;
  }

  /**
   * Returns whether a feature gate is on: the explicit override if there is one, else the gate's
   * default in this version. A gate removed after GA counts as on (its behaviour stays), one the
   * version does not have yet as off. Gates this class does not know are off unless overridden.
   */
  public boolean isEnabled(String gate) {
    requireNonNull(gate, "gate == null");
    Gate known = Gate.byName(gate);
    Boolean override = overrides.get(gate);
    if (known == null) {
      return override != null && override;
    }
    char stage = known.stageIn(minor);
    if (stage == Gate.ABSENT || stage == Gate.REMOVED || stage == Gate.DROPPED) {
      return stage == Gate.REMOVED;
    }
    return override != null ? override : Gate.isOnByDefault(stage);
  }

  /** Returns whether this version is at least {@code 1.<minor>}. */
  boolean atLeast(int minor) {
    return this.minor >= minor;
  }

  /** The names of the gates this class knows, in the table's order. */
  static List<String> knownGates() {
    List<String> names = new ArrayList<>();
    for (Gate gate : Gate.ALL) {
      names.add(gate.gateName);
    }
    return names;
  }

  /** Returns the explicit override of a gate, if any. */
  public Optional<Boolean> featureGateOverride(String gate) {
    return Optional.ofNullable(overrides.get(gate));
  }

  /** Returns the explicit gate overrides, sorted by name. */
  public Map<String, Boolean> featureGateOverrides() {
    return new TreeMap<>(overrides);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile && ((Profile) o).minor == minor
        && ((Profile) o).overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return minor * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    return overrides.isEmpty() ? version() : version() + " " + featureGateOverrides();
  }

  /**
   * The feature gates this library knows, with their stage in every supported version, one
   * character per minor from 1.27 to 1.37: {@code -} not there yet, {@code a} alpha (off),
   * {@code b} beta and off, {@code B} beta and on (or GA and not locked, as
   * {@code VolumeAttributesClass} in 1.34 and {@code SELinuxMount} in 1.37), {@code G} GA and
   * locked on, {@code L} locked off (a deprecated gate), {@code x} removed (its behaviour always
   * on), {@code o} removed with its behaviour (always off). Sources: kubernetes.io feature-gate
   * pages and KEP {@code kep.yaml} files (see k8s-sidecar-spec.md section 7) and, for 1.36 and
   * 1.37, the changelogs summarised in k8s-1.36-1.38.md section 2, and the stages of
   * kubernetes/website's per-gate pages ({@code feature-gates/<Gate>.md}). Where a stage rests on
   * a third-party source only it is said here.
   *
   * <p>"kube_features 1.37-era" below: {@code defaultVersionedKubernetesFeatureGates} in two
   * 1.37-cycle copies of upstream's {@code pkg/features/kube_features.go} (atiratree/kubernetes
   * {@code 9df2668f} and AIAgentSandox/kubernetes {@code db1f817b}); a gate absent from both is
   * taken as removed in 1.37.
   */
  private enum Gate {
    //                                      1.27     1.37
    SIDECARS(SIDECAR_CONTAINERS,           "-aBBBBGGGGx"),  // removed in 1.37 (#137755)
    RESTART_RULES(CONTAINER_RESTART_RULES, "-------aBBB"),  // still beta in 1.36/1.37
    RESTART_ALL(RESTART_ALL_CONTAINERS,    "--------aBB"),  // beta on in 1.36 (#136681)
    // RelaxedEnvironmentVariableValidation: "1.34: GA, LockToDefault // remove in 1.37"
    // (kubernetes/kubernetes#132054's kube_features.go diff), still there in 1.37: its removal,
    // #142134, was opened in September 2026, after 1.37 shipped. The two sleep gates: removed by
    // #139721 ("Remove PodLifecycleSleepAction and PodLifecycleSleepActionAllowZero feature gates
    // after GA-ed in v1.34", merged June 2026, the 1.37 cycle).
    RELAXED_ENV(RELAXED_ENV_VAR_NAMES,     "---aaBBGGGG"),
    SLEEP(SLEEP_ACTION,                    "--aBBBBGGGx"),
    SLEEP_ZERO(SLEEP_ACTION_ALLOW_ZERO,    "-----aBGGGx"),
    RESIZE(IN_PLACE_POD_VERTICAL_SCALING,  "aaaaaaBBGGG"),
    // Resizing running non-sidecar init containers (#137352): kube_features 1.37-era
    // (AIAgentSandox db1f817b) adds it in 1.36 as beta and on; GA and locked in 1.37 per a
    // 1.37 changelog digest. It relaxes only the resize
    // subresource (an update), so create-time validation does not ask for it: the init
    // container resizePolicy checks in ContainerRules stay as they are with it on or off. Its GA is
    // kubernetes/kubernetes#140728 ("Promote InPlacePodVerticalScalingInitContaintainers to GA",
    // merged July 2026); the lock is taken from the GA, not seen.
    RESIZE_INIT("InPlacePodVerticalScalingInitContainers", "---------BG"),
    STRICT_IP(STRICT_IP_CIDR_VALIDATION,   "------aaaBB"),  // beta on in 1.36 (#137053)
    // kube_features 1.37-era: beta off 1.33, beta on 1.35, GA locked 1.36.
    IMAGES(IMAGE_VOLUME,                   "----aabbBGG"),
    // kube_features 1.37-era: alpha 1.34, beta and on from 1.35 (k8s-1.36-1.38.md left the 1.35
    // default open); GA and locked in 1.37 by kubernetes/kubernetes#139116 ("The HostnameOverride
    // feature gate is now locked to enabled", merged June 2026), which postdates those copies
    // (as do the API commit 3441106e4 and BLOG137).
    HOSTNAME(HOSTNAME_OVERRIDE,            "-------aBBG"),
    STOP_SIGNALS("ContainerStopSignals",   "------aaaaa"),  // still alpha in 1.37
    POD_RESOURCES(POD_LEVEL_RESOURCES,     "-----aaBBBB"),  // no GA in 1.37
    ENV_FILES("EnvFiles",                  "-------aBBB"),
    USER_NAMESPACES(USER_NAMESPACES_SUPPORT, "-aabbbBBBGG"), // GA in 1.36 (#136792)
    // "Only Kubernetes v1.25 through to v1.27 recognise UserNamespacesStatelessPodsSupport"
    // (kubernetes/website, tasks/configure-pod-container/user-namespaces.md); alpha throughout.
    // Renamed, not graduated, in 1.28: its 'x' from there makes overrides unrecognized, and the
    // "always on" it also implies is never asked for: FieldDrops names this gate on 1.27 only.
    USERNS_STATELESS(USER_NAMESPACES_STATELESS_PODS_SUPPORT, "axxxxxxxxxx"),
    // kube_features versioned specs (a 1.35-era copy and the 1.37-era ones): alpha from 1.35,
    // no later entry; k8s-1.36-1.38.md section 3.7 has it still alpha in 1.36.
    USERNS_HOST_NETWORK(USER_NAMESPACES_HOST_NETWORK, "--------aaa"),
    // kube_features 1.37-era (AIAgentSandox db1f817b): alpha from 1.35, no later entry.
    TOLERATION_COMPARISON(TAINT_TOLERATION_COMPARISON_OPERATORS, "--------aaa"),
    // Beta and on in 1.35.0 to 1.35.3, then turned off by default in 1.36 (#137904) and in
    // 1.35.4 by its cherry-pick #137926 (a 1.35 regression in Parallel pod management,
    // #137409); on again in 1.37 (#139466). kube_features 1.37-era (AIAgentSandox db1f817b)
    // rewrote the 1.35 entry to "Default: false, Beta" and adds "1.37: Default: true"; a
    // 1.35-era copy still has the 1.35.0 "Default: true". The table follows the latest 1.35
    // patch: off.
    STS_UNAVAILABLE(MAX_UNAVAILABLE_STATEFUL_SET, "aaaaaaaabbB"),
    // kube_features.go versioned specs (a 1.35-era copy): alpha 1.32, beta on 1.33, GA locked
    // 1.34 ("remove in 1.37"); removed in 1.37 (#139217; absent from the 1.37-era copies).
    RELAXED_DNS(RELAXED_DNS_SEARCH,        "-----aBGGGx"),
    // 32 search domains of 2048 characters instead of 6 of 256: beta and on in 1.27, GA and
    // locked in 1.28 and 1.29, gone in 1.30 (the vendored kube_features.go of v1.27.4 to v1.30.0
    // in ceph/ceph-csi; v1.28.0's validation.go no longer asks for it).
    EXPANDED_DNS("ExpandedDNSConfig",      "BGGxxxxxxxx"),
    // Defaulting hostPort from containerPort in host-network pod templates, as 1.27 did:
    // deprecated and off in 1.28 to 1.30 (shown as 'b'), removed with the defaulting in 1.31
    // (the vendored kube_features.go and defaults.go of v1.28.0 to v1.31.0 in ceph/ceph-csi).
    HOST_PORTS_IN_TEMPLATES("DefaultHostNetworkHostPortsInPodTemplates", "-bbbooooooo"),
    // ceph/ceph-csi's vendored kube_features.go (v1.27.4 to v1.31.0), openshift-kni/
    // scheduler-plugins' (v1.32.5 versioned_kube_features.go, v1.33.3, v1.35.7) and the
    // 1.37-era AIAgentSandox db1f817b: AppArmor beta on to 1.30, "1.31: GA, LockToDefault //
    // remove in 1.33", absent from v1.33.3; AppArmorFields beta on in 1.30, the same after;
    // PodSchedulingReadiness beta on 1.27 to 1.29, GA locked from 1.30 and still listed in
    // v1.35.7 and db1f817b; MinDomainsInPodTopologySpread beta on 1.27 to 1.29, GA locked
    // 1.30 and 1.31 ("remove in 1.32"), absent from v1.32.5; ProbeTerminationGracePeriod beta
    // on in v1.27.4, GA locked in v1.28.0 ("remove in 1.29"), absent from v1.29.0;
    // PodDeletionCost beta on since 1.22 in every copy, db1f817b included.
    APPARMOR(APP_ARMOR,                         "BBBBGGxxxxx"),
    APPARMOR_FIELDS(APP_ARMOR_FIELDS,           "---BGGxxxxx"),
    SCHEDULING_READINESS(POD_SCHEDULING_READINESS, "BBBGGGGGGGG"),
    MIN_DOMAINS(MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD, "BBBGGxxxxxx"),
    PROBE_GRACE(PROBE_TERMINATION_GRACE_PERIOD, "BGxxxxxxxxx"),
    DELETION_COST(POD_DELETION_COST,            "BBBBBBBBBBB"),
    // The next four from kube_features.go's versioned specs (a 1.35-era copy, and a 1.37-era
    // scheduler feature list for DRA): DRA beta off 1.32, GA 1.34, locked 1.35 and still there
    // in 1.37 (removal planned for 1.38; k8s-1.36-1.38.md lists it as removed in 1.37, upstream
    // wins); ProcMountType beta on 1.33, GA locked 1.36 (#137454; kube_features 1.37-era);
    // SupplementalGroupsPolicy beta on 1.33, GA locked 1.35; SELinuxChangePolicy beta on 1.33,
    // GA locked 1.36 (kube_features 1.37-era: "remove in 1.39, locked to default in 1.36").
    DRA(DYNAMIC_RESOURCE_ALLOCATION,       "aaaaabbBGGG"),
    PROC_MOUNT(PROC_MOUNT_TYPE,            "aaaabbBBBGG"),
    SUPPLEMENTAL_GROUPS(SUPPLEMENTAL_GROUPS_POLICY, "----aaBBGGG"),
    SELINUX_CHANGE(SELINUX_CHANGE_POLICY,  "-----aBBBGG"),
    // kube_features 1.37-era: alpha 1.30, beta and off from 1.33; AIAgentSandox db1f817b adds
    // "1.37: Default: true, PreRelease: GA" (not locked: "Lock in 1.38"), so on in 1.37.
    SELINUX_MOUNT_GATE(SELINUX_MOUNT,      "---aaabbbbB"),
    // The Job gates from kube_features.go's versioned specs; JobBackoffLimitPerIndex,
    // JobSuccessPolicy and JobPodReplacementPolicy removed in 1.37 by kubernetes/kubernetes#138759
    // ("Drop job features", merged May 2026).
    JOB_PER_INDEX(JOB_BACKOFF_LIMIT_PER_INDEX, "-aBBBBGGGGx"),
    JOB_REPLACEMENT(JOB_POD_REPLACEMENT_POLICY, "-aBBBBBGGGx"),
    JOB_SUCCESS(JOB_SUCCESS_POLICY,            "---aBBGGGGx"),
    MANAGED_BY(JOB_MANAGED_BY,                 "---aaBBBGGG"),
    // kube_features.go versioned specs: beta 1.26, GA locked 1.31, "remove in 1.33".
    JOB_FAILURE_POLICY(JOB_POD_FAILURE_POLICY, "BBBBGGxxxxx"),
    // The website's StatefulSetRecreateStrategy.md: alpha, off, from 1.37 (kubernetes/kubernetes
    // #137187, the Recreate update strategy); no earlier version has the gate.
    STS_RECREATE(STATEFUL_SET_RECREATE_STRATEGY, "----------a"),
    // The gates of the projected clusterTrustBundle and podCertificate sources (the API markers
    // name them; VersionDrops drops the sources while they are off). kube_features 1.37-era
    // (AIAgentSandox db1f817b): ClusterTrustBundleProjection alpha 1.29, beta and off from 1.33;
    // PodCertificateRequest alpha 1.34, beta and off from 1.35. Their defaults are what an
    // unknown gate gets; the rows make overrides of a version without them refused. Both are GA
    // and on in 1.37: kubernetes/kubernetes#139437 ("ClusterTrustBundles - GA", merged for 1.37:
    // "The ClusterTrustBundle and ClusterTrustBundleProjection features move to stable and
    // enabled by default"; kind configs turning them off are refused by a 1.37 control plane,
    // envoyproxy/gateway#9955) and #139579 ("Promote PodCertificate feature to GA", merged July
    // 2026); the website's ClusterTrustBundleProjection.md: beta and off 1.33 to 1.36, stable and
    // on from 1.37. Locked as GA gates are: no 1.37 kube_features.go with either GA entry is in the
    // code index, so neither lock is seen upstream (for the trust bundle gates a 1.37 kind
    // control plane refusing them set to false, envoyproxy/gateway#9955, says locked).
    TRUST_BUNDLE_PROJECTION("ClusterTrustBundleProjection", "--aaaabbbbG"),
    POD_CERTIFICATES("PodCertificateRequest",         "-------abbG"),
    // kube_features.go versioned specs: StatefulSetAutoDeletePVC beta 1.27, GA locked 1.32
    // ("remove in 1.35"); StatefulSetStartOrdinal beta 1.27, GA locked 1.31 ("remove in 1.33",
    // yet still listed in a 1.33-era copy). StartOrdinal's gate was dropped by
    // kubernetes/kubernetes#132119 (merged 2025-06-05, the 1.34 cycle), so it is gone in 1.34;
    // AutoDeletePVC's by #133684 ("Drop StatefulSetAutoDeletePVC after the feature GA-ed in
    // 1.32", merged 2025-08-28, a day after 1.34.0 shipped), so gone in 1.35.
    // Neither is in a 1.35-cycle copy nor in the 1.37-era ones.
    STS_AUTO_DELETE_PVC(STATEFUL_SET_AUTO_DELETE_PVC, "BBBBBGGGxxx"),
    STS_START_ORDINAL(STATEFUL_SET_START_ORDINAL,     "BBBBGGGxxxx"),
    // kube_features.go: beta and on in a 1.28-era copy (1.27: beta since 1.27 per the
    // feature-gate page), GA locked in 1.29- and 1.30-era ones ("remove in 1.31"); absent from
    // a 1.31-era versioned_kube_features.go (the one with StatefulSetStartOrdinal's "1.31: GA,
    // LockToDefault" entry, which still lists SELinuxMountReadWriteOncePod), from the 1.32- and
    // 1.33-era versioned specs and later ones: removed in 1.31. The website's ReadWriteOncePod.md
    // agrees: beta 1.27 to 1.28, stable 1.29 to 1.30, removed.
    RWOP(READ_WRITE_ONCE_POD,                        "BBGGxxxxxxx"),
    // kube_features.go versioned specs (alpha 1.30, beta 1.31, GA locked 1.33, "remove in
    // 1.36"); still listed, locked, in the 1.37-era copy (AIAgentSandox db1f817b) and not among
    // the gates a 1.37 changelog digest lists as removed, so GA to 1.37.
    RRO(RECURSIVE_READ_ONLY_MOUNTS,             "---aBBGGGGG"),
    // kube_features versioned specs (AddedInVersion 1.28, RemovedInVersion 1.31) and the
    // feature-gate page: alpha off 1.28, deprecated with default true 1.29 and 1.30.
    SKIP_GCE_READ_ONLY(SKIP_READ_ONLY_VALIDATION_GCE, "-aBBxxxxxxx"),
    // kube_features versioned specs (a 1.31-era copy): alpha 1.28, beta on 1.29, "1.30: GA,
    // LockToDefault // remove in 1.32"; the gate removed by kubernetes/kubernetes#128634 (merged
    // November 2024, the 1.32 cycle; kubernetes/website#48664 "Drop PodHostIPs feature gate in
    // v1.32"); the website's PodHostIPs.md: stable 1.30 to 1.31, removed.
    HOST_IPS(POD_HOST_IPS,                      "-aBGGxxxxxx"),
    // kube_features.go versioned specs: GA (not locked) in 1.34, locked in 1.36.
    VAC(VOLUME_ATTRIBUTES_CLASS,                "--aabbbBBGG"),
    // kube_features.go versioned specs (alpha 1.29, beta 1.31, GA locked 1.33). Still there,
    // locked, in the kube_features 1.37-era copies and removed in 1.38 (CHANGELOG-1.38, per
    // k8s-1.36-1.38.md section 5.1), so not removed in 1.37 as its section 4 said (upstream wins).
    AFFINITY_KEYS(MATCH_LABEL_KEYS_IN_POD_AFFINITY, "--aaBBGGGGG"),
    // kube_features versioned specs (the 1.37-era copies, and the scheduler's own 1.37 list):
    // MatchLabelKeysInPodTopologySpread alpha 1.25, beta and on from 1.27, no later entry;
    // NodeInclusionPolicyInPodTopologySpread alpha 1.25, beta and on 1.26, GA locked 1.33 and
    // still there in 1.37. pkg/api/pod/util.go's dropDisabledMatchLabelKeysFieldInTopologySpread
    // and dropDisabledNodeInclusionPolicyFields clear the fields while they are off.
    SPREAD_KEYS(MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD, "BBBBBBBBBBB"),
    NODE_INCLUSION(NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD, "BBBBBBGGGGG"),
    // Beta and on from 1.34, still beta (no later entry) in the kube_features 1.37-era copies.
    SPREAD_KEYS_MERGE(MATCH_LABEL_KEYS_SPREAD_MERGE, "-------BBBB"),
    // k8s-1.36-1.38.md section 2 says alpha and off throughout; upstream's newest copy, the
    // scheduler's own versioned feature list split out of kube_features.go late in 1.37 (with
    // CompositePodGroup and DRADerivedAttributes alpha in 1.37), has "1.35: Default: false,
    // Alpha" and "1.37: Default: false, Beta", so beta and still off in 1.37 (upstream wins).
    // The earlier 1.37-era kube_features (AIAgentSandox db1f817b) has the 1.35 alpha entry only.
    GENERIC(GENERIC_WORKLOAD,                   "--------aab"),
    // Alpha from 1.36 (KEP-5547's text contrasts 1.37 with "the v1.36 alpha", which created
    // workload objects for gang Jobs), with spec.scheduling only from 1.37.
    JOB_WORKLOAD(WORKLOAD_WITH_JOB,             "---------aa"),
    // The website's EvictionRequestAPI.md: alpha, off, from 1.37. No row for PerPodPIDLimit
    // (KEP-6063, spec.resources.limits.pids): the website lists it alpha from 1.37, but its
    // implementation, kubernetes/kubernetes#139277, is open in the issues corpus and absent from
    // a 1.38-cycle validation.go (reckless-sherixx/kubernetes 32ac3ec9: validatePodResourceName
    // knows no pids), so whether 1.37 has it is open: it stays an unknown gate, accepted and
    // changing nothing, and a pod-level pids limit is refused as validatePodResourceName
    // refuses it.
    EVICTION_REQUESTS(EVICTION_REQUEST_API,     "----------a"),
    // The gates of the five other 1.37 alpha fields (AlphaFieldRules): each came with its field
    // in the 1.37 cycle (kubernetes/kubernetes#139429, #137762, #140244, the bind-mount and
    // atomic-write user PRs, merged 2026-07-21 to 07-23, after v1.37.0-beta.0; kubernetes/api
    // master 10b39a39 tags the fields), so a 1.36 or older kube-apiserver refuses them as
    // unrecognized. No 1.37 kube_features.go at the tag was found; alpha and off is what the
    // API comments and the 1.38-cycle validation.go (reckless-sherixx/kubernetes 32ac3ec9) say.
    H2C(H2C_CONTAINER_PROBE,                    "----------a"),
    GRPC_TLS(GRPC_CONTAINER_PROBE_TLS,          "----------a"),
    EMPTY_DIR_MODE(EMPTY_DIR_VOLUME_MODE,       "----------a"),
    BIND_MOUNT_OPTIONS(VOLUME_BIND_MOUNT_OPTIONS, "----------a"),
    VOLUME_USERS(ATOMIC_WRITE_VOLUME_USER_FIELDS, "----------a"),
    // k8s.io/apiserver pkg/features/kube_features.go, v0.35.0 to v0.37.0-beta.0 (for 1.33 and
    // 1.34, k8s.io/kubernetes pkg/features/kube_features.go copies list them, as
    // genericfeatures.DeclarativeValidation*, with the same 1.33 entries):
    // DeclarativeValidation beta on 1.33, GA locked 1.36; DeclarativeValidationBeta beta on
    // 1.36; DeclarativeValidationTakeover beta off 1.33, deprecated off 1.36, locked off 1.37.
    DV(DECLARATIVE_VALIDATION,                  "------BBBGG"),
    DV_BETA(DECLARATIVE_VALIDATION_BETA,        "---------BB"),
    DV_TAKEOVER(DECLARATIVE_VALIDATION_TAKEOVER, "------bbbbL"),
    // The gitRepo volume plugin (KEP-5040). kube_features 1.37-era (AIAgentSandox db1f817b):
    // "1.0: Default true, GA", "1.33: Default false, Deprecated", "1.36: Default false,
    // Deprecated, LockToDefault" (kubernetes/kubernetes#136400, in the 1.36 changelog: "with no
    // option to turn it back on"). The gate came with #129923 in 1.33 (its 1.0 entry only serves
    // emulated versions), so 1.32 and earlier servers do not know it. Only the gitRepo warning's
    // words (PodWarnings) depend on it.
    GIT_REPO_DRIVER(GIT_REPO_VOLUME_DRIVER,     "------bbbLL");

    static final char ABSENT = '-';
    static final char REMOVED = 'x';
    /** Removed together with what it turned on (a deprecated gate that was off). */
    static final char DROPPED = 'o';
    static final char GA_LOCKED = 'G';
    /** Locked to false (a deprecated gate whose behaviour is gone). */
    static final char LOCKED_OFF = 'L';
    private static final Gate[] ALL = values();

    private final String gateName;
    private final String stages;

    Gate(String gateName, String stages) {
      this.gateName = gateName;
      this.stages = stages;
    }

    static Gate byName(String name) {
      for (Gate gate : ALL) { // values() would copy the array on every look-up
        if (gate.gateName.equals(name)) {
          return gate;
        }
      }
      return null;
    }

    char stageIn(int minor) {
      return stages.charAt(minor - MIN_MINOR);
    }

    static boolean isOnByDefault(char stage) {
      return stage == 'B' || stage == GA_LOCKED;
    }
  }
}
