package dev.podwright.validation;

import dev.podwright.model.Affinity;
import dev.podwright.model.Container;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.EphemeralContainer;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the target server does with fields its version or feature gates do not allow, before it
 * validates: a field that does not exist yet is an error (kubectl's strict decoding rejects it);
 * a field behind a disabled gate is silently dropped ({@code dropDisabledFields}), which this
 * class does too, with a warning, so that validation then sees what the server would see.
 *
 * <p>The versions and the {@code sleep} gate come from the generated table ({@link
 * GatedFields}). The container restart fields keep their own rules: a missing field is an error
 * here, not the generic unknown-field warning (a sidecar without it would hang the pod), and
 * {@code restartPolicy} on regular and non-sidecar init containers follows
 * {@code ContainerRestartRules} from 1.34, which its API marker does not name.
 */
final class FieldDrops {
  private static final String RESTART_POLICY = "Container.restartPolicy";
  private static final String RESTART_RULES = "Container.restartPolicyRules";
  private static final String STOP_SIGNALS = "ContainerStopSignals";
  /** What {@code dropDisabledProcMountField} sets a container's {@code procMount} to. */
  private static final Optional<String> DEFAULT_PROC_MOUNT = Optional.of("Default");

  private final Errors errors;
  private final Profile profile;

  FieldDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  PodSpec apply(PodSpec spec, FieldPath path) {
    if (profile.atLeast(28) && !profile.atLeast(29) && profile.isEnabled(Profile.SIDECAR_CONTAINERS)
        && hasSidecar(spec.initContainers())) {
      errors.warn(path.child("initContainers") + ": native sidecars rely on the SidecarContainers "
          + "feature gate, which is alpha in Kubernetes 1.28; kubelet and scheduler need it too");
    }
    List<Container> containers = spec.containers();
    List<Container> inits = spec.initContainers();
    List<Container> changedContainers = null;
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      changedContainers = changed(changedContainers, containers, i,
          regular(c, new ContainerEdit(c),
              path.child("containers").index(i)));
    }
    List<Container> changedInits = null;
    for (int i = 0; i < inits.size(); i++) {
      Container c = inits.get(i);
      changedInits = changed(changedInits, inits, i,
          init(c, new ContainerEdit(c),
              path.child("initContainers").index(i)));
    }
    SpecEdit b = new SpecEdit(spec);
    if (changedContainers != null) {
      b.builder().containers(changedContainers);
    }
    if (changedInits != null) {
      b.builder().initContainers(changedInits);
    }
    List<EphemeralContainer> changedEphemerals = ephemerals(spec.ephemeralContainers(),
        path.child("ephemeralContainers"));
    if (changedEphemerals != null) {
      b.builder().ephemeralContainers(changedEphemerals);
    }
    gatedSpecFields(spec, b, path);
    return imageVolumes(b.result(), path);
  }

  /**
   * Upstream's {@code dropImageVolumes} (pkg/api/pod/util.go, KEP-4639): while
   * {@code ImageVolume} is off (1.31 to 1.34 by default) the server removes every image volume
   * and every mount of one before it validates. Before 1.31 the field is unknown: the decoder
   * drops only the field ({@link VersionDrops} warns) and {@code SetDefaults_Volume} makes the
   * volume, left without a source, an {@code emptyDir}; its mounts stay.
   */
  private PodSpec imageVolumes(PodSpec spec, FieldPath path) {
    if (!hasImageVolume(spec.volumes())) {
      return spec; // every pod passes here: nothing is copied unless an image volume goes
    }
    boolean known = GatedFields.exists("Volume.image", profile);
    if (known && profile.isEnabled(Profile.IMAGE_VOLUME)) {
      return spec;
    }
    Set<String> dropped = new HashSet<>();
    List<Volume> kept = new ArrayList<>();
    for (int i = 0; i < spec.volumes().size(); i++) {
      Volume v = spec.volumes().get(i);
      if (v.image().isEmpty()) {
        kept.add(v);
      } else if (!known) {
        kept.add(Volume.builder().from(v).image(Optional.empty())
            .emptyDir(EmptyDirVolumeSource.builder().build()).build());
      } else {
        dropped.add(v.name());
        errors.warn(GatedFields.dropped(path.child("volumes").index(i).child("image"),
            Profile.IMAGE_VOLUME, profile) + ", the volume and every mount of it");
      }
    }
    PodSpec.Builder b = PodSpec.builder().from(spec).volumes(kept);
    if (!dropped.isEmpty()) {
      // Upstream drops the mounts of ephemeral containers too; those are refused on create
      // (Forbidden) in Pods and templates alike, so they are left as they are here.
      b.containers(withoutMounts(spec.containers(), dropped))
          .initContainers(withoutMounts(spec.initContainers(), dropped));
    }
    return b.build();
  }

  private static boolean hasImageVolume(List<Volume> volumes) {
    for (Volume v : volumes) {
      if (v.image().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static List<Container> withoutMounts(List<Container> containers,
      Set<String> volumes) {
    List<Container> out = new ArrayList<>(containers.size());
    for (Container c : containers) {
      out.add(Container.builder().from(c).volumeMounts(without(c.volumeMounts(), volumes))
          .build());
    }
    return out;
  }

  private static List<VolumeMount> without(List<VolumeMount> mounts, Set<String> volumes) {
    List<VolumeMount> out = new ArrayList<>(mounts.size());
    for (VolumeMount m : mounts) {
      if (!volumes.contains(m.name())) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean hasSidecar(List<Container> initContainers) {
    for (int i = 0; i < initContainers.size(); i++) {
      if (initContainers.get(i).isRestartable()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the list of changed items so far with item {@code i} of {@code items} put as
   * {@code item}: null while no item has changed, so that an unchanged list is not copied.
   */
  private static List<Container> changed(@Nullable List<Container> changed,
      List<Container> items, int i, Container item) {
    if (changed == null && item == items.get(i)) {
      return null;
    }
    if (changed == null) {
      changed = new ArrayList<>(items.size());
      for (int j = 0; j < i; j++) {
        changed.add(items.get(j));
      }
    }
    changed.add(item);
    return changed;
  }

  /**
   * A container and the builder of its copy, made only when a field has to go: most containers
   * keep every field, and are then returned as they are.
   */
  private static final class ContainerEdit {
    private final Container value;
    private Container.@Nullable Builder builder;

    ContainerEdit(Container value) {
      this.value = value;
    }

    Container.Builder builder() {
      if (builder == null) {
        builder = Container.builder().from(value);
      }
      return builder;
    }

    Container result() {
      return builder == null ? value : builder.build();
    }
  }

  /** A pod spec and the builder of its copy, made only when a field has to go. */
  private static final class SpecEdit {
    private final PodSpec value;
    private PodSpec.@Nullable Builder builder;

    SpecEdit(PodSpec value) {
      this.value = value;
    }

    PodSpec.Builder builder() {
      if (builder == null) {
        builder = PodSpec.builder().from(value);
      }
      return builder;
    }

    PodSpec result() {
      return builder == null ? value : builder.build();
    }
  }

  /**
   * The pod-level fields {@code dropDisabledPodFields} removes when their gate is off. A field
   * the version does not have at all is left to {@link VersionDrops}' warning, and dropped too.
   */
  private void gatedSpecFields(PodSpec spec, SpecEdit b, FieldPath path) {
    if (spec.affinity().isPresent()) {
      Affinity kept = LabelKeyMerge.dropWhileGateOff(spec.affinity().get(), profile, errors,
          path.child("affinity"));
      if (kept != null) {
        b.builder().affinity(kept);
      }
    }
    List<TopologySpreadConstraint> spread =
        spreadFields(spec.topologySpreadConstraints(), path.child("topologySpreadConstraints"));
    if (spread != null) {
      b.builder().topologySpreadConstraints(spread);
    }
    // 1.27 to 1.29: dropped while PodSchedulingReadiness is off ("unless already used", which a
    // create never is; pkg/api/pod/util.go dropDisabledFields, a 1.28/1.29-era copy).
    if (drop(!spec.schedulingGates().isEmpty(), Profile.POD_SCHEDULING_READINESS,
        "PodSpec.schedulingGates", path, "schedulingGates")) {
      b.builder().schedulingGates(List.of());
    }
    if (drop(spec.resources().isPresent(), Profile.POD_LEVEL_RESOURCES, "PodSpec.resources",
        path, "resources")) {
      b.builder().resources(Optional.empty());
    }
    if (drop(spec.hostnameOverride().isPresent(), Profile.HOSTNAME_OVERRIDE,
        "PodSpec.hostnameOverride", path, "hostnameOverride")) {
      b.builder().hostnameOverride(Optional.empty());
    }
    // 1.27 named the gate UserNamespacesStatelessPodsSupport (renamed in 1.28).
    String userNamespaces = profile.atLeast(28) ? Profile.USER_NAMESPACES_SUPPORT
        : Profile.USER_NAMESPACES_STATELESS_PODS_SUPPORT;
    if (drop(spec.hostUsers().isPresent(), userNamespaces, "PodSpec.hostUsers", path,
        "hostUsers")) {
      b.builder().hostUsers(Optional.empty());
    }
    // The alpha scheduling and eviction fields of 1.35 to 1.37 (GenericWorkload,
    // EvictionRequestAPI): dropped while their gates are off, as for every gated field; with a
    // gate on, PodGroupRules checks them.
    if (drop(spec.workloadRef().isPresent(), Profile.GENERIC_WORKLOAD, "PodSpec.workloadRef",
        path, "workloadRef")) {
      b.builder().workloadRef(Optional.empty());
    }
    if (drop(spec.schedulingGroup().isPresent(), Profile.GENERIC_WORKLOAD,
        "PodSpec.schedulingGroup", path, "schedulingGroup")) {
      b.builder().schedulingGroup(Optional.empty());
    }
    if (drop(!spec.evictionResponders().isEmpty(), Profile.EVICTION_REQUEST_API,
        "PodSpec.evictionResponders", path, "evictionResponders")) {
      b.builder().evictionResponders(List.of());
    }
    if (drop(!spec.resourceClaims().isEmpty(), Profile.DYNAMIC_RESOURCE_ALLOCATION,
        "PodSpec.resourceClaims", path, "resourceClaims")) {
      b.builder().resourceClaims(List.of());
    }
    if (spec.securityContext().isEmpty()) {
      return;
    }
    PodSecurityContext sc = spec.securityContext().get();
    FieldPath scPath = path.child("securityContext");
    boolean groupsPolicy = drop(sc.supplementalGroupsPolicy().isPresent(),
        Profile.SUPPLEMENTAL_GROUPS_POLICY, "PodSecurityContext.supplementalGroupsPolicy", scPath,
        "supplementalGroupsPolicy");
    boolean changePolicy = drop(sc.seLinuxChangePolicy().isPresent(),
        Profile.SELINUX_CHANGE_POLICY, "PodSecurityContext.seLinuxChangePolicy", scPath,
        "seLinuxChangePolicy");
    boolean appArmor = sc.appArmorProfile().isPresent()
        && dropsAppArmorField(scPath.child("appArmorProfile"));
    if (groupsPolicy || changePolicy || appArmor) {
      PodSecurityContext.Builder scb = PodSecurityContext.builder().from(sc);
      if (groupsPolicy) {
        scb.supplementalGroupsPolicy(Optional.empty());
      }
      if (changePolicy) {
        scb.seLinuxChangePolicy(Optional.empty());
      }
      if (appArmor) {
        scb.appArmorProfile(Optional.empty());
      }
      b.builder().securityContext(scb.build());
    }
  }

  /**
   * {@code dropDisabledNodeInclusionPolicyFields} and
   * {@code dropDisabledMatchLabelKeysFieldInTopologySpread} (pkg/api/pod/util.go): while
   * {@code NodeInclusionPolicyInPodTopologySpread} is off (only when turned off, up to 1.32) the
   * server clears every constraint's {@code nodeAffinityPolicy} and {@code nodeTaintsPolicy},
   * while {@code MatchLabelKeysInPodTopologySpread} is off (only when turned off) its
   * {@code matchLabelKeys}, and while {@code MinDomainsInPodTopologySpread} is off its
   * {@code minDomains}, before it validates. Returns the constraints without them, or
   * {@code null} when nothing goes.
   */
  private @Nullable List<TopologySpreadConstraint> spreadFields(
      List<TopologySpreadConstraint> constraints, FieldPath path) {
    if (constraints.isEmpty()
        || (profile.isEnabled(Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD)
            && profile.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD)
            && profile.isEnabled(Profile.MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD))) {
      return null;
    }
    List<TopologySpreadConstraint> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < constraints.size(); i++) {
      TopologySpreadConstraint c = constraints.get(i);
      FieldPath p = path.index(i);
      String inclusion = Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD;
      boolean affinity = drop(c.nodeAffinityPolicy().isPresent(), inclusion,
          "TopologySpreadConstraint.nodeAffinityPolicy", p, "nodeAffinityPolicy");
      boolean taints = drop(c.nodeTaintsPolicy().isPresent(), inclusion,
          "TopologySpreadConstraint.nodeTaintsPolicy", p, "nodeTaintsPolicy");
      boolean keys = drop(!c.matchLabelKeys().isEmpty(),
          Profile.MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD,
          "TopologySpreadConstraint.matchLabelKeys", p, "matchLabelKeys");
      // dropDisabledTopologySpreadConstraintsFields: minDomains while its gate is off (1.27 to
      // 1.29 only when turned off).
      boolean minDomains = drop(c.minDomains().isPresent(),
          Profile.MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD, "TopologySpreadConstraint.minDomains", p,
          "minDomains");
      if (!affinity && !taints && !keys && !minDomains) {
        out.add(c);
        continue;
      }
      TopologySpreadConstraint.Builder tb = TopologySpreadConstraint.builder().from(c);
      if (affinity) {
        tb.nodeAffinityPolicy(Optional.empty());
      }
      if (taints) {
        tb.nodeTaintsPolicy(Optional.empty());
      }
      if (keys) {
        tb.matchLabelKeys(List.of());
      }
      if (minDomains) {
        tb.minDomains(Optional.empty());
      }
      out.add(tb.build());
      changed = true;
    }
    return changed ? out : null;
  }

  /** The container fields {@code dropDisabledPodFields} removes when their gate is off. */
  private void gatedContainerFields(Container c, ContainerEdit b, FieldPath path) {
    if (drop(!c.resizePolicy().isEmpty(), Profile.IN_PLACE_POD_VERTICAL_SCALING,
        "Container.resizePolicy", path, "resizePolicy")) {
      b.builder().resizePolicy(List.of());
    }
    if (c.resources().isPresent()) {
      ResourceRequirements r = c.resources().get();
      if (drop(!r.claims().isEmpty(), Profile.DYNAMIC_RESOURCE_ALLOCATION,
          "ResourceRequirements.claims", path, "resources", "claims")) {
        b.builder().resources(ResourceRequirements.builder().from(r).claims(List.of()).build());
      }
    }
    List<VolumeMount> mounts = recursiveReadOnly(c.volumeMounts(), path.child("volumeMounts"));
    if (mounts != c.volumeMounts()) {
      b.builder().volumeMounts(mounts);
    }
    if (c.securityContext().isPresent()) {
      SecurityContext sc = c.securityContext().get();
      FieldPath scPath = path.child("securityContext");
      boolean procMount = resetsProcMount(sc.procMount(), scPath.child("procMount"));
      boolean appArmor = sc.appArmorProfile().isPresent()
          && dropsAppArmorField(scPath.child("appArmorProfile"));
      if (procMount || appArmor) {
        SecurityContext.Builder scb = SecurityContext.builder().from(sc);
        if (procMount) {
          scb.procMount(DEFAULT_PROC_MOUNT);
        }
        if (appArmor) {
          scb.appArmorProfile(Optional.empty());
        }
        b.builder().securityContext(scb.build());
      }
    }
    Optional<Probe> liveness = probeGracePeriod(c.livenessProbe(), path.child("livenessProbe"));
    if (liveness != c.livenessProbe()) {
      b.builder().livenessProbe(liveness);
    }
    Optional<Probe> startup = probeGracePeriod(c.startupProbe(), path.child("startupProbe"));
    if (startup != c.startupProbe()) {
      b.builder().startupProbe(startup);
    }
  }

  /**
   * 1.27's {@code dropDisabledFields} (the v1.27 pkg/api/pod/util.go; the drop left with the
   * gate's GA in 1.28): while {@code ProbeTerminationGracePeriod} is off it clears the
   * {@code terminationGracePeriodSeconds} of every liveness and startup probe, not of readiness
   * probes, which validation then refuses as ever ("must not be set for readinessProbes").
   * Ephemeral containers' probes are refused whatever they hold, so they are left alone.
   * Returns {@code probe} itself when nothing goes.
   */
  private Optional<Probe> probeGracePeriod(Optional<Probe> probe, FieldPath path) {
    if (probe.isEmpty() || probe.get().terminationGracePeriodSeconds().isEmpty()
        || !drop(Profile.PROBE_TERMINATION_GRACE_PERIOD, "Probe.terminationGracePeriodSeconds",
            path.child("terminationGracePeriodSeconds"))) {
      return probe;
    }
    return Optional.of(Probe.builder().from(probe.get())
        .terminationGracePeriodSeconds(Optional.empty()).build());
  }

  /**
   * Whether 1.30's {@code dropDisabledFields} clears a set {@code appArmorProfile} (the pod's or
   * a container's): while {@code AppArmorFields} or {@code AppArmor} is off (both beta and on in
   * 1.30, locked on in 1.31 and 1.32); warns if so. Before 1.30 the field is unknown
   * ({@link VersionDrops} warns). The 1.30 util.go was not seen: the drop is the one
   * kubernetes/kubernetes#123435 (the fields API) review agreed on, a gate of its own whose
   * field-dropping logic sits in {@code dropDisabledFields} and which is off whenever
   * {@code AppArmor} is (KEP-24: with {@code AppArmor} disabled "the security context fields are
   * being ignored").
   */
  private boolean dropsAppArmorField(FieldPath path) {
    if (!profile.atLeast(30)) {
      return false;
    }
    String off = !profile.isEnabled(Profile.APP_ARMOR_FIELDS) ? Profile.APP_ARMOR_FIELDS
        : !profile.isEnabled(Profile.APP_ARMOR) ? Profile.APP_ARMOR : null;
    if (off == null) {
      return false;
    }
    errors.warn(dropped(path, off));
    return true;
  }

  /**
   * While {@code RecursiveReadOnlyMounts} is off (alpha in 1.30) {@code dropDisabledFields}
   * clears every mount's {@code recursiveReadOnly}; before 1.30 the field is unknown
   * ({@link DecoderDrops}). Returns {@code mounts} itself when nothing goes.
   */
  private List<VolumeMount> recursiveReadOnly(List<VolumeMount> mounts, FieldPath path) {
    List<VolumeMount> out = null;
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      if (m.recursiveReadOnly().isPresent() && drop(Profile.RECURSIVE_READ_ONLY_MOUNTS,
          "VolumeMount.recursiveReadOnly", path.index(i).child("recursiveReadOnly"))) {
        if (out == null) {
          out = new ArrayList<>(mounts);
        }
        out.set(i, VolumeMount.builder().from(m).recursiveReadOnly(Optional.empty()).build());
      }
    }
    return out == null ? mounts : out;
  }

  /**
   * What {@code dropDisabledFields} (pkg/api/pod/util.go) takes from ephemeral containers too,
   * before the validation that refuses them on create; without it they would get errors the
   * server does not give. {@code dropDisabledProcMountField} (1.27 to 1.32) visits
   * {@code AllContainers} and forces a set {@code procMount} to {@code Default} while
   * {@code ProcMountType} is off (else an {@code Unmasked} one would get the {@code hostUsers}
   * error); {@code resizePolicy} goes while {@code InPlacePodVerticalScaling} is off;
   * {@code dropContainerRestartRules} (1.34 on) clears {@code restartPolicy} and
   * {@code restartPolicyRules} of every ephemeral container while {@code ContainerRestartRules}
   * is off; a version without one of those fields drops it as unknown ({@link VersionDrops}
   * warns), which no sidecar rule turns into an error here; {@code dropContainerStopSignals}
   * (AllContainers) takes {@code lifecycle.stopSignal}, and a lifecycle it leaves empty, while
   * {@code ContainerStopSignals} is off; and {@code resources.claims} goes while
   * {@code DynamicResourceAllocation} is off. Returns null if no container changes.
   */
  private @Nullable List<EphemeralContainer> ephemerals(List<EphemeralContainer> es,
      FieldPath path) {
    List<EphemeralContainer> out = null;
    for (int i = 0; i < es.size(); i++) {
      EphemeralContainer e = es.get(i);
      EphemeralContainer edited = ephemeral(e, path.index(i));
      if (edited != e) {
        if (out == null) {
          out = new ArrayList<>(es);
        }
        out.set(i, edited);
      }
    }
    return out;
  }

  /** One ephemeral container as {@link #ephemerals} leaves it ({@code e} if unchanged). */
  private EphemeralContainer ephemeral(EphemeralContainer e, FieldPath path) {
    EphemeralContainer.Builder b = null;
    Optional<SecurityContext> sc = e.securityContext();
    if (sc.isPresent() && resetsProcMount(sc.get().procMount(),
        path.child("securityContext").child("procMount"))) {
      b = EphemeralContainer.builder().from(e).securityContext(
          SecurityContext.builder().from(sc.get()).procMount(DEFAULT_PROC_MOUNT).build());
    }
    if (sc.isPresent() && sc.get().appArmorProfile().isPresent()
        && dropsAppArmorField(path.child("securityContext").child("appArmorProfile"))) {
      SecurityContext now = b != null ? b.build().securityContext().get() : sc.get();
      b = (b != null ? b : EphemeralContainer.builder().from(e)).securityContext(
          SecurityContext.builder().from(now).appArmorProfile(Optional.empty()).build());
    }
    if (drop(!e.resizePolicy().isEmpty(), Profile.IN_PLACE_POD_VERTICAL_SCALING,
        "Container.resizePolicy", path, "resizePolicy")) {
      b = (b != null ? b : EphemeralContainer.builder().from(e)).resizePolicy(List.of());
    }
    boolean restartRulesOff = profile.atLeast(34)
        && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES);
    if (e.restartPolicy().isPresent() && (!GatedFields.exists(RESTART_POLICY, profile)
        || restartRulesOff)) {
      if (restartRulesOff) {
        errors.warn(dropped(path.child("restartPolicy"), Profile.CONTAINER_RESTART_RULES));
      }
      b = (b != null ? b : EphemeralContainer.builder().from(e)).restartPolicy(Optional.empty());
    }
    if (!e.restartPolicyRules().isEmpty() && (!GatedFields.exists(RESTART_RULES, profile)
        || restartRulesOff)) {
      if (restartRulesOff) {
        errors.warn(dropped(path.child("restartPolicyRules"), Profile.CONTAINER_RESTART_RULES));
      }
      b = (b != null ? b : EphemeralContainer.builder().from(e)).restartPolicyRules(List.of());
    }
    if (e.lifecycle().isPresent()) {
      Optional<Lifecycle> kept = lifecycle(e.lifecycle().get(), path.child("lifecycle"), false);
      if (kept.orElse(null) != e.lifecycle().get()) {
        b = (b != null ? b : EphemeralContainer.builder().from(e)).lifecycle(kept);
      }
    }
    if (e.resources().isPresent()) {
      ResourceRequirements r = e.resources().get();
      if (drop(!r.claims().isEmpty(), Profile.DYNAMIC_RESOURCE_ALLOCATION,
          "ResourceRequirements.claims", path, "resources", "claims")) {
        b = (b != null ? b : EphemeralContainer.builder().from(e))
            .resources(ResourceRequirements.builder().from(r).claims(List.of()).build());
      }
    }
    return b == null ? e : b.build();
  }

  /**
   * Whether {@code dropDisabledProcMountField} changes a set {@code procMount}: while
   * {@code ProcMountType} is off it forces any value to {@code Default} rather than clearing it
   * (1.12 wrongly defaulted the field, so clearing it would differ from stored pods). A value
   * that is {@code Default} already is left alone, without a warning; so is any value once the
   * gate is on.
   */
  private boolean resetsProcMount(Optional<String> procMount, FieldPath path) {
    if (procMount.isEmpty() || procMount.equals(DEFAULT_PROC_MOUNT)
        || profile.isEnabled(Profile.PROC_MOUNT_TYPE)) {
      return false;
    }
    errors.warn(path + ": reset to Default: the " + Profile.PROC_MOUNT_TYPE
        + " feature gate is off in Kubernetes " + profile.version()
        + ", so the API server replaces the value with Default");
    return true;
  }

  /**
   * Whether a set field goes because its gate is off; warns if the version has the field (a
   * field it lacks has {@link VersionDrops}' warning already).
   */
  private boolean drop(boolean present, String gate, String field, FieldPath parent,
      String name) {
    return present && drop(gate, field, parent.child(name)); // the path only for a set field
  }

  private boolean drop(boolean present, String gate, String field, FieldPath parent,
      String name, String inner) {
    return present && drop(gate, field, parent.child(name).child(inner));
  }

  private boolean drop(String gate, String field, FieldPath path) {
    if (profile.isEnabled(gate)) {
      return false;
    }
    FieldVersions.Range range = FieldVersions.FIELDS.get(field);
    if (range == null || profile.minor() >= range.since() && profile.minor() <= range.until()) {
      errors.warn(dropped(path, gate));
    }
    return true;
  }

  private Container regular(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicy().isPresent() && !GatedFields.exists(RESTART_POLICY, profile)) {
      errors.add(FieldError.forbidden(path.child("restartPolicy"),
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_POLICY)));
      b.builder().restartPolicy(Optional.empty());
    } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      if (c.restartPolicy().isPresent()) {
        errors.warn(dropped(path.child("restartPolicy"), Profile.CONTAINER_RESTART_RULES));
        b.builder().restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    gatedContainerFields(c, b, path);
    return b.result();
  }

  private Container init(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicy().isPresent()) {
      FieldPath policy = path.child("restartPolicy");
      if (!GatedFields.exists(RESTART_POLICY, profile)) {
        errors.add(FieldError.forbidden(policy, "field does not exist before Kubernetes 1."
            + GatedFields.since(RESTART_POLICY) + ": "
            + "the API server rejects or drops it, and without it a sidecar that never exits "
            + "would hold the pod in Init forever"));
        b.builder().restartPolicy(Optional.empty());
      } else if (!profile.isEnabled(Profile.SIDECAR_CONTAINERS)) {
        // 1.28: off by default; 1.29 to 1.32: turned off by an override.
        String off = profile.atLeast(29) ? "off in Kubernetes " + profile.version()
            : "off (alpha and off by default in Kubernetes 1.28)";
        errors.warn(policy + ": dropped: the SidecarContainers feature gate is " + off
            + ", so the API server silently removes the field; the container would run as a "
            + "plain init container and, if it never exits, the pod would hang in Init");
        b.builder().restartPolicy(Optional.empty());
      } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)
          && !c.isRestartable()) {
        errors.warn(dropped(policy, Profile.CONTAINER_RESTART_RULES));
        b.builder().restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    gatedContainerFields(c, b, path);
    return b.result();
  }

  private void restartRules(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicyRules().isEmpty()) {
      return;
    }
    FieldPath rules = path.child("restartPolicyRules");
    if (!GatedFields.exists(RESTART_RULES, profile)) {
      errors.add(FieldError.forbidden(rules,
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_RULES)));
      b.builder().restartPolicyRules(List.of());
    } else if (!profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      errors.warn(dropped(rules, Profile.CONTAINER_RESTART_RULES));
      b.builder().restartPolicyRules(List.of());
    }
  }

  /**
   * The lifecycle fields behind a gate: {@code sleep} handlers, and {@code stopSignal}
   * ({@code ContainerStopSignals}, alpha from 1.33). As {@code dropContainerStopSignals} does, a
   * lifecycle left empty by dropping the stop signal goes too, so a plain init container with
   * only a stop signal is not then refused a lifecycle.
   */
  private void lifecycle(Container c, ContainerEdit b, FieldPath path) {
    if (c.lifecycle().isPresent()) {
      Optional<Lifecycle> kept = lifecycle(c.lifecycle().get(), path.child("lifecycle"), true);
      if (kept.orElse(null) != c.lifecycle().get()) {
        b.builder().lifecycle(kept);
      }
    }
  }

  /**
   * {@code l} at {@code path} without its gated fields: {@code l} itself when nothing goes, empty
   * when nothing is left. {@code sleepHooks} is false for ephemeral containers, whose hooks are
   * refused anyway.
   */
  private Optional<Lifecycle> lifecycle(Lifecycle l, FieldPath path, boolean sleepHooks) {
    Optional<String> gate = sleepHooks ? GatedFields.offGate("LifecycleHandler.sleep", profile)
        : Optional.empty();
    boolean stopSignal = drop(l.stopSignal().isPresent(), STOP_SIGNALS,
        "Lifecycle.stopSignal", path, "stopSignal");
    Optional<LifecycleHandler> postStart = l.postStart();
    Optional<LifecycleHandler> preStop = l.preStop();
    if (gate.isPresent()) {
      postStart = withoutSleep(postStart, path.child("postStart"), gate.get());
      preStop = withoutSleep(preStop, path.child("preStop"), gate.get());
    }
    if (!stopSignal && postStart == l.postStart() && preStop == l.preStop()) {
      return Optional.of(l); // nothing dropped: the lifecycle stays as it is
    }
    Lifecycle.Builder lb = Lifecycle.builder().from(l).postStart(postStart).preStop(preStop);
    if (stopSignal) {
      lb.stopSignal(Optional.empty());
    }
    Lifecycle result = lb.build();
    boolean empty = result.postStart().isEmpty() && result.preStop().isEmpty()
        && result.stopSignal().isEmpty();
    return empty ? Optional.empty() : Optional.of(result);
  }

  /**
   * Drops a hook's {@code sleep} while {@code PodLifecycleSleepAction} is off. From 1.30
   * {@code dropPodLifecycleSleepAction} also drops a hook that had no other handler (and then a
   * lifecycle left with nothing), so the pod is accepted: pkg/api/pod/util.go in a copy of the
   * 1.30 development window (before RecursiveReadOnlyMounts) and in every later one read. A
   * 1.29.0 server kept the empty hook and refused it, "lifecycle.preStop: Required value: must
   * specify a handler type" (kubernetes/kubernetes#122488); whether a 1.29 patch release took the
   * fix is unverified, so 1.29 keeps the hook.
   */
  private Optional<LifecycleHandler> withoutSleep(Optional<LifecycleHandler> h, FieldPath path,
      String gate) {
    if (h.isEmpty() || h.get().sleep().isEmpty()) {
      return h;
    }
    errors.warn(dropped(path.child("sleep"), gate));
    LifecycleHandler rest = LifecycleHandler.builder().from(h.get()).sleep(Optional.empty())
        .build();
    boolean noHandler = rest.exec().isEmpty() && rest.httpGet().isEmpty()
        && rest.tcpSocket().isEmpty();
    return noHandler && profile.atLeast(30) ? Optional.empty() : Optional.of(rest);
  }

  private String dropped(FieldPath path, String gate) {
    return GatedFields.dropped(path, gate, profile);
  }
}
