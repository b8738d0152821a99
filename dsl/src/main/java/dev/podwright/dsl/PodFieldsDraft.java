package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Affinity;
import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.HostAlias;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.NodeAffinity;
import dev.podwright.model.NodeSelector;
import dev.podwright.model.NodeSelectorRequirement;
import dev.podwright.model.NodeSelectorTerm;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodAffinity;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PodAntiAffinity;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodOS;
import dev.podwright.model.PodReadinessGate;
import dev.podwright.model.PodResourceClaim;
import dev.podwright.model.PodSchedulingGate;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PreferredSchedulingTerm;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.Sysctl;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.WeightedPodAffinityTerm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The scheduling, security and runtime settings of pods and pod templates
 * ({@link PodSchedulingStep}, {@link PodSecurityStep}, {@link PodRuntimeStep}). Kept apart from
 * {@link PodDraftBase}, which supplies the pod and the way to change its spec.
 */
abstract class PodFieldsDraft<S extends TemplateSettingsStep<S>>
    implements PodSchedulingStep<S>, PodSecurityStep<S>, PodRuntimeStep<S> {
  static final String ZONE = "topology.kubernetes.io/zone";
  static final String HOSTNAME = "kubernetes.io/hostname";

  abstract Pod pod();

  abstract S copy(Pod pod);

  abstract S spec(UnaryOperator<PodSpec.Builder> change);

  // Scheduling

  @Override
  public final S affinity(Affinity affinity) {
    requireNonNull(affinity, "affinity == null");
    return spec(b -> b.affinity(affinity));
  }

  @Override
  public final S requireNodeLabel(String key, String... values) {
    NodeSelectorRequirement requirement = nodeRequirement(key, values);
    return nodeAffinity(n -> {
      NodeSelector required = n.build().requiredDuringSchedulingIgnoredDuringExecution()
          .orElse(NodeSelector.builder().build());
      List<NodeSelectorTerm> terms = required.nodeSelectorTerms();
      NodeSelectorTerm first = terms.isEmpty() ? NodeSelectorTerm.builder().build() : terms.get(0);
      NodeSelectorTerm extended =
          NodeSelectorTerm.builder().from(first).addMatchExpression(requirement).build();
      NodeSelector.Builder s = NodeSelector.builder().addNodeSelectorTerm(extended);
      s.addAllNodeSelectorTerms(terms.subList(Math.min(1, terms.size()), terms.size()));
      return n.requiredDuringSchedulingIgnoredDuringExecution(s.build());
    });
  }

  @Override
  public final S preferNodeLabel(int weight, String key, String... values) {
    NodeSelectorRequirement requirement = nodeRequirement(key, values);
    PreferredSchedulingTerm term = PreferredSchedulingTerm.builder()
        .weight(weight)
        .preference(NodeSelectorTerm.builder().addMatchExpression(requirement).build())
        .build();
    return nodeAffinity(n -> n.addPreferredDuringSchedulingIgnoredDuringExecution(term));
  }

  private static NodeSelectorRequirement nodeRequirement(String key, String[] values) {
    requireNonNull(key, "key == null");
    List<String> list = Args.list(values, "values");
    return NodeSelectorRequirement.builder()
        .key(key)
        .operator(list.isEmpty() ? "Exists" : "In")
        .values(list)
        .build();
  }

  private S nodeAffinity(UnaryOperator<NodeAffinity.Builder> change) {
    return editAffinity(a -> {
      NodeAffinity.Builder n = NodeAffinity.builder();
      a.build().nodeAffinity().ifPresent(n::from);
      return a.nodeAffinity(change.apply(n).build());
    });
  }

  private S editAffinity(UnaryOperator<Affinity.Builder> change) {
    Affinity.Builder a = Affinity.builder();
    pod().spec().affinity().ifPresent(a::from);
    Affinity changed = change.apply(a).build();
    return spec(b -> b.affinity(changed));
  }

  @Override
  public final S spreadAcrossZones(int maxSkew) {
    return topologySpreadConstraint(TopologySpreadConstraint.builder()
        .maxSkew(maxSkew)
        .topologyKey(ZONE)
        .whenUnsatisfiable("DoNotSchedule")
        .labelSelector(ownLabels("spreadAcrossZones"))
        .build());
  }

  @Override
  public final S oneReplicaPerNode() {
    PodAffinityTerm term = PodAffinityTerm.builder()
        .labelSelector(ownLabels("oneReplicaPerNode"))
        .topologyKey(HOSTNAME)
        .build();
    return podAntiAffinity(p -> p.addRequiredDuringSchedulingIgnoredDuringExecution(term));
  }

  @Override
  public final S requirePodAffinity(String topologyKey, LabelSelector selector) {
    PodAffinityTerm term = podTerm(topologyKey, selector);
    return podAffinity(p -> p.addRequiredDuringSchedulingIgnoredDuringExecution(term));
  }

  @Override
  public final S preferPodAffinity(int weight, String topologyKey, LabelSelector selector) {
    WeightedPodAffinityTerm term = weighted(weight, podTerm(topologyKey, selector));
    return podAffinity(p -> p.addPreferredDuringSchedulingIgnoredDuringExecution(term));
  }

  @Override
  public final S requirePodAntiAffinity(String topologyKey, LabelSelector selector) {
    PodAffinityTerm term = podTerm(topologyKey, selector);
    return podAntiAffinity(p -> p.addRequiredDuringSchedulingIgnoredDuringExecution(term));
  }

  @Override
  public final S preferPodAntiAffinity(int weight, String topologyKey, LabelSelector selector) {
    WeightedPodAffinityTerm term = weighted(weight, podTerm(topologyKey, selector));
    return podAntiAffinity(p -> p.addPreferredDuringSchedulingIgnoredDuringExecution(term));
  }

  private static PodAffinityTerm podTerm(String topologyKey, LabelSelector selector) {
    requireNonNull(topologyKey, "topologyKey == null");
    requireNonNull(selector, "selector == null");
    return PodAffinityTerm.builder().labelSelector(selector).topologyKey(topologyKey).build();
  }

  private static WeightedPodAffinityTerm weighted(int weight, PodAffinityTerm term) {
    return WeightedPodAffinityTerm.builder().weight(weight).podAffinityTerm(term).build();
  }

  private S podAffinity(UnaryOperator<PodAffinity.Builder> change) {
    return editAffinity(a -> {
      PodAffinity.Builder p = PodAffinity.builder();
      a.build().podAffinity().ifPresent(p::from);
      return a.podAffinity(change.apply(p).build());
    });
  }

  private S podAntiAffinity(UnaryOperator<PodAntiAffinity.Builder> change) {
    return editAffinity(a -> {
      PodAntiAffinity.Builder p = PodAntiAffinity.builder();
      a.build().podAntiAffinity().ifPresent(p::from);
      return a.podAntiAffinity(change.apply(p).build());
    });
  }

  private LabelSelector ownLabels(String helper) {
    Map<String, String> labels = pod().metadata().labels();
    if (labels.isEmpty()) {
      throw new IllegalStateException(helper + "() selects the pod's own labels, but it has none"
          + " yet; call label(..) first");
    }
    return LabelSelector.builder().matchLabels(labels).build();
  }

  @Override
  public final S topologySpreadConstraint(TopologySpreadConstraint constraint) {
    requireNonNull(constraint, "constraint == null");
    return spec(b -> b.addTopologySpreadConstraint(constraint));
  }

  @Override
  public final S schedulingGate(String name) {
    requireNonNull(name, "name == null");
    return spec(b -> b.addSchedulingGate(PodSchedulingGate.builder().name(name).build()));
  }

  // Security

  private S security(UnaryOperator<PodSecurityContext.Builder> change) {
    PodSecurityContext.Builder s = PodSecurityContext.builder();
    pod().spec().securityContext().ifPresent(s::from);
    PodSecurityContext changed = change.apply(s).build();
    return spec(b -> b.securityContext(changed));
  }

  @Override
  public final S runAsUser(long uid) {
    return security(s -> s.runAsUser(uid));
  }

  @Override
  public final S runAsGroup(long gid) {
    return security(s -> s.runAsGroup(gid));
  }

  @Override
  public final S runAsNonRoot(boolean runAsNonRoot) {
    return security(s -> s.runAsNonRoot(runAsNonRoot));
  }

  @Override
  public final S fsGroup(long gid) {
    return security(s -> s.fsGroup(gid));
  }

  @Override
  public final S supplementalGroup(long gid) {
    return security(s -> s.addSupplementalGroup(gid));
  }

  @Override
  public final S seccompProfile(SeccompProfile profile) {
    requireNonNull(profile, "profile == null");
    return security(s -> s.seccompProfile(profile));
  }

  @Override
  public final S appArmorProfile(AppArmorProfile profile) {
    requireNonNull(profile, "profile == null");
    return security(s -> s.appArmorProfile(profile));
  }

  @Override
  public final S seLinuxOptions(SELinuxOptions options) {
    requireNonNull(options, "options == null");
    return security(s -> s.seLinuxOptions(options));
  }

  @Override
  public final S sysctl(String name, String value) {
    requireNonNull(name, "name == null");
    requireNonNull(value, "value == null");
    return security(s -> s.addSysctl(Sysctl.builder().name(name).value(value).build()));
  }

  // Runtime

  @Override
  public final S runtimeClassName(String name) {
    requireNonNull(name, "name == null");
    return spec(b -> b.runtimeClassName(name));
  }

  @Override
  public final S dnsConfig(PodDNSConfig config) {
    requireNonNull(config, "config == null");
    return spec(b -> b.dnsConfig(config));
  }

  @Override
  public final S hostAlias(String ip, String... hostnames) {
    requireNonNull(ip, "ip == null");
    List<String> names = Args.list(hostnames, "hostnames");
    return spec(b -> b.addHostAliases(HostAlias.builder().ip(ip).hostnames(names).build()));
  }

  @Override
  public final S automountServiceAccountToken(boolean automount) {
    return spec(b -> b.automountServiceAccountToken(automount));
  }

  @Override
  public final S hostPID(boolean hostPID) {
    return spec(b -> b.hostPID(hostPID));
  }

  @Override
  public final S hostIPC(boolean hostIPC) {
    return spec(b -> b.hostIPC(hostIPC));
  }

  @Override
  public final S hostUsers(boolean hostUsers) {
    return spec(b -> b.hostUsers(hostUsers));
  }

  @Override
  public final S os(String name) {
    requireNonNull(name, "name == null");
    return spec(b -> b.os(PodOS.builder().name(name).build()));
  }

  @Override
  public final S readinessGate(String conditionType) {
    requireNonNull(conditionType, "conditionType == null");
    return spec(b -> b.addReadinessGate(
        PodReadinessGate.builder().conditionType(conditionType).build()));
  }

  @Override
  public final S resourceClaim(PodResourceClaim claim) {
    requireNonNull(claim, "claim == null");
    return spec(b -> b.addResourceClaim(claim));
  }

  @Override
  public final S podRequests(ResourceAmount... requests) {
    List<ResourceAmount> amounts = Args.list(requests, "requests");
    return podResources(r -> {
      amounts.forEach(a -> r.putRequest(a.name(), a.quantity()));
      return r;
    });
  }

  @Override
  public final S podLimits(ResourceAmount... limits) {
    List<ResourceAmount> amounts = Args.list(limits, "limits");
    return podResources(r -> {
      amounts.forEach(a -> r.putLimit(a.name(), a.quantity()));
      return r;
    });
  }

  private S podResources(UnaryOperator<ResourceRequirements.Builder> change) {
    ResourceRequirements.Builder r = ResourceRequirements.builder();
    pod().spec().resources().ifPresent(r::from);
    ResourceRequirements changed = change.apply(r).build();
    return spec(b -> b.resources(changed));
  }

  @Override
  public final S podResources(ResourceRequirements resources) {
    requireNonNull(resources, "resources == null");
    return spec(b -> b.resources(resources));
  }

  @Override
  public final S podSpec(UnaryOperator<PodSpec.Builder> change) {
    requireNonNull(change, "change == null");
    PodSpec before = pod().spec();
    PodSpec.Builder changed = change.apply(PodSpec.builder().from(before));
    requireNonNull(changed, "change returned null");
    PodSpec after = changed.build();
    keep(before, after, "spec.containers", PodSpec::containers, "add containers with main(..)");
    keep(before, after, "spec.initContainers", PodSpec::initContainers,
        "add them with sidecar(..) and init(..)");
    keep(before, after, "spec.restartPolicy", PodSpec::restartPolicy,
        "a pod sets it with restartPolicy(..), a workload decides it for its template");
    keep(before, after, "spec.activeDeadlineSeconds", PodSpec::activeDeadlineSeconds,
        "a pod sets it with activeDeadlineSeconds(..); a job has its own");
    return copy(Pod.builder().from(pod()).spec(after).build());
  }

  @Override
  public final S podMetadata(UnaryOperator<ObjectMeta.Builder> change) {
    ObjectMeta before = pod().metadata();
    ObjectMeta after = SpecChange.apply("podMetadata", before,
            ObjectMeta.builder().from(before), change, ObjectMeta.Builder::build)
        .keeps("metadata.name", ObjectMeta::name, "a pod is named by pod(..), a template not")
        .keeps("metadata.namespace", ObjectMeta::namespace,
            "a pod sets it with namespace(..), a workload for its template")
        .result();
    return copy(Pod.builder().from(pod()).metadata(after).build());
  }

  private static void keep(PodSpec before, PodSpec after, String field,
      Function<PodSpec, Object> value, String hint) {
    if (!Objects.equals(value.apply(before), value.apply(after))) {
      throw new IllegalArgumentException(
          "podSpec(..) must not change " + field + ", which the DSL controls; " + hint);
    }
  }
}
