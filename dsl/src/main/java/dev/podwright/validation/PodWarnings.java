package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.EnvVar;
import dev.podwright.model.HostAlias;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.NodeSelectorRequirement;
import dev.podwright.model.NodeSelectorTerm;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import dev.podwright.model.WeightedPodAffinityTerm;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The warnings the API server returns when it creates a valid Pod or workload:
 * {@code GetWarningsForPod} and {@code GetWarningsForPodTemplate} (pkg/api/pod/warnings.go, with
 * the node-label table of pkg/api/node/util.go and {@code GetWarningsForPersistentVolumeClaimSpec}
 * of pkg/api/persistentvolumeclaim/util.go), in their order and words. The strategies send them
 * after validation, so only for an object without errors; they see the object as decoded and
 * defaulted (a port's protocol is {@code TCP}, a host-network Pod's {@code hostPort} its
 * {@code containerPort}).
 *
 * <p>Versions, from copies of warnings.go: a 1.28-era one (sanposhiho/kubernetes {@code
 * 059ce4e8}), a 1.30-era one (kubernetes/kubernetes {@code 00f6e68e}, with the AppArmorFields
 * gate), a 1.31/1.32-era one ({@code 1853742d}) and a 1.33-or-later one (co63oc/kubernetes
 * {@code 9beefa00}, with GitRepoVolumeDriver); a kind v1.33.1 server was seen sending the
 * duplicate port name warning. What is first seen in a copy is taken to start at that copy's
 * version, the earliest it can be: unverified where the copies leave a gap (cephfs and rbd from
 * 1.28; ports, and the env warning's "which may be dropped when using apply", from 1.29; the
 * token path duplicates in 1.29 and 1.30; the template AppArmor annotation from 1.30; the
 * rewritten overlapping-path check, duplicate port names, the {@code gitRepo} wording and the
 * label values of preferred node affinity terms from 1.33). The overlapping item paths of 1.31 and 1.32 come
 * from their own algorithm, {@link OverlappingPathsUpTo132}, which the 1.31/1.32-era copy shows.
 * The IP-address warnings (1.33) come from {@link NetworkRules}.
 */
final class PodWarnings {
  /** pkg/api/node/util.go {@code deprecatedNodeLabels}. */
  private static final Map<String, String> DEPRECATED_NODE_LABELS = Map.of(
      "beta.kubernetes.io/arch", "deprecated since v1.14; use \"kubernetes.io/arch\" instead",
      "beta.kubernetes.io/os", "deprecated since v1.14; use \"kubernetes.io/os\" instead",
      "failure-domain.beta.kubernetes.io/region",
      "deprecated since v1.17; use \"topology.kubernetes.io/region\" instead",
      "failure-domain.beta.kubernetes.io/zone",
      "deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead",
      "beta.kubernetes.io/instance-type",
      "deprecated since v1.17; use \"node.kubernetes.io/instance-type\" instead",
      "app.kubernetes.io/created-by", "deprecated since v1.9",
      "scheduler.alpha.kubernetes.io/preferAvoidPods",
      "deprecated since v1.22; use Taints and Tolerations instead",
      "node-role.kubernetes.io/master", "use \"node-role.kubernetes.io/control-plane\" instead");
  /** {@code deprecatedAnnotations}, in upstream's order. */
  private static final List<String[]> DEPRECATED_ANNOTATIONS = List.of(
      new String[] {"scheduler.alpha.kubernetes.io/critical-pod",
          "non-functional in v1.16+; use the \"priorityClassName\" field instead"},
      new String[] {"security.alpha.kubernetes.io/sysctls",
          "non-functional in v1.11+; use the \"sysctls\" field instead"},
      new String[] {"security.alpha.kubernetes.io/unsafe-sysctls",
          "non-functional in v1.11+; use the \"sysctls\" field instead"});
  private static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
  private static final String APPARMOR_CONTAINER = "container.apparmor.security.beta.kubernetes.io/";
  private static final String NON_FUNCTIONAL_SECCOMP =
      ": non-functional in v1.27+; use the \"seccompProfile\" field instead";
  private static final String NULL_SELECTOR = ": a null labelSelector results in matching no pod";
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);
  private static final String[] BYTE_RESOURCES = {"memory", "ephemeral-storage"};

  private final Errors errors;
  private final Profile profile;

  PodWarnings(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /**
   * The warnings of the kind's {@code WarningsOnCreate} (after the name warning, which the rules
   * give), for an object the rules found valid; nothing for one with errors.
   */
  void object(KubernetesObject object) {
    if (!errors.toList().isEmpty()) {
      return;
    }
    FieldPath spec = FieldPath.root("spec");
    if (object instanceof Pod pod) {
      podSpec(pod.spec(), pod.metadata(), null);
    } else if (object instanceof Deployment d) {
      template(d.spec().template(), spec.child("template"));
    } else if (object instanceof DaemonSet d) {
      template(d.spec().template(), spec.child("template"));
    } else if (object instanceof StatefulSet s) {
      template(s.spec().template(), spec.child("template"));
      for (int i = 0; i < s.spec().volumeClaimTemplates().size(); i++) {
        // Upstream's path leaves out the claim's "spec".
        claimSpec(s.spec().volumeClaimTemplates().get(i).spec(),
            spec.child("volumeClaimTemplates").index(i));
      }
      // kubernetes/kubernetes#129017 (WarningsOnCreate of pkg/registry/apps/statefulset/
      // strategy.go), listed in the v1.33.0-alpha changelog (CHANGELOG-1.33.md, "Adding a
      // validation for revisionHistoryLimit field in statefulset.spec"), merged after 1.32.0:
      // 1.33 on. It ended as a warning, not a validation error.
      if (profile.atLeast(33) && s.spec().revisionHistoryLimit().orElse(0) < 0) {
        warn("spec.revisionHistoryLimit: a negative value retains all historical revisions; "
            + "a value >= 0 is recommended");
      }
    } else if (object instanceof Job j) {
      jobSpec(j.spec(), spec);
    } else if (object instanceof CronJob c) {
      jobSpec(c.spec().jobTemplate().spec(), spec.child("jobTemplate").child("spec"));
    }
  }

  /**
   * {@code WarningsForJobSpec} (pkg/api/job/warnings.go, with {@code backoffLimitPerIndex} in
   * 1.28): an Indexed Job of more than 10^5 completions and 10^4 parallelism, then the template.
   */
  private void jobSpec(JobSpec s, FieldPath path) {
    if (profile.atLeast(28) && s.completionMode().equals(Optional.of("Indexed"))
        && s.completions().orElse(0) > 100_000 && s.parallelism().orElse(0) > 10_000) {
      warn(path + ": In Indexed Jobs with a number of completions higher than 10^5 and a "
          + "parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes "
          + "when a big number of indexes fail");
    }
    template(s.template(), path.child("template"));
  }

  private void template(PodTemplateSpec t, FieldPath path) {
    podSpec(t.spec(), t.metadata(), path);
  }

  /**
   * Warns about a pod spec and its metadata: a Pod's with {@code template} null (paths
   * {@code spec...}, {@code metadata...}), or a template's at {@code template} (paths
   * {@code spec.template.spec...}). The defaults the warnings depend on are applied as the
   * values are read ({@link Defaults} would copy the spec): a port's protocol {@code TCP}, a
   * host-network Pod's (or 1.27 template's) {@code hostPort} its {@code containerPort},
   * quantities rounded up to milli precision, and a Pod's requests taken from its limits.
   */
  void podSpec(PodSpec spec, ObjectMeta meta, @Nullable FieldPath template) {
    FieldPath s = template == null ? FieldPath.root("spec") : template.child("spec");
    FieldPath annotations = (template == null ? FieldPath.root("metadata")
        : template.child("metadata")).child("annotations");
    Map<String, String> ann = meta.annotations();
    for (String k : spec.nodeSelector().keySet()) {
      String msg = DEPRECATED_NODE_LABELS.get(k);
      if (msg != null) {
        warn(s.child("nodeSelector").key(k) + ": " + msg);
      }
    }
    if (spec.affinity().isPresent() && spec.affinity().get().nodeAffinity().isPresent()) {
      var n = spec.affinity().get().nodeAffinity().get();
      FieldPath p = s.child("affinity").child("nodeAffinity");
      n.requiredDuringSchedulingIgnoredDuringExecution().ifPresent(r -> {
        FieldPath terms = p.child("requiredDuringSchedulingIgnoredDuringExecution")
            .child("nodeSelectorTerms");
        for (int i = 0; i < r.nodeSelectorTerms().size(); i++) {
          nodeSelectorTerm(r.nodeSelectorTerms().get(i), false, terms.index(i));
        }
      });
      FieldPath preferred = p.child("preferredDuringSchedulingIgnoredDuringExecution");
      for (int i = 0; i < n.preferredDuringSchedulingIgnoredDuringExecution().size(); i++) {
        nodeSelectorTerm(n.preferredDuringSchedulingIgnoredDuringExecution().get(i).preference(),
            profile.atLeast(33), preferred.index(i).child("preference"));
      }
    }
    for (int i = 0; i < spec.topologySpreadConstraints().size(); i++) {
      TopologySpreadConstraint t = spec.topologySpreadConstraints().get(i);
      FieldPath p = s.child("topologySpreadConstraints").index(i);
      String msg = DEPRECATED_NODE_LABELS.get(t.topologyKey());
      if (msg != null) {
        warn(p.child("topologyKey") + ": " + t.topologyKey() + " is " + msg);
      }
      if (t.labelSelector().isEmpty()) {
        warn(p.child("labelSelector") + NULL_SELECTOR);
      }
    }
    for (String[] deprecated : DEPRECATED_ANNOTATIONS) {
      if (!ann.isEmpty() && ann.containsKey(deprecated[0])) {
        warn(annotations.key(deprecated[0]) + ": " + deprecated[1]);
      }
    }
    volumes(spec.volumes(), s);
    if (profile.atLeast(33) && !spec.volumes().isEmpty()) {
      new OverlappingPaths(this::warn).volumes(spec.volumes());
    } else if (profile.atLeast(31) && !spec.volumes().isEmpty()) {
      new OverlappingPathsUpTo132(this::warn).volumes(spec.volumes());
    } else if (profile.atLeast(29) && !profile.atLeast(31)) {
      tokenPathDuplicates(spec.volumes(), s.child("volumes"));
    }
    if (spec.hostAliases().size() > 1) {
      duplicates(spec.hostAliases().stream().map(HostAlias::ip).toList(),
          s.child("hostAliases"), "ip", "duplicate ip ");
    }
    if (!spec.imagePullSecrets().isEmpty()) {
      List<String> secrets = spec.imagePullSecrets().stream().map(LocalObjectReference::name)
          .toList();
      duplicates(secrets, s.child("imagePullSecrets"), "name", "duplicate name ");
      for (int i = 0; i < secrets.size(); i++) {
        if (secrets.get(i).isEmpty()) {
          warn(s.child("imagePullSecrets").index(i).child("name") + ": invalid empty name \"\"");
        }
      }
    }
    fractional(spec.overhead(), "memory", s.child("overhead"));
    fractional(spec.overhead(), "ephemeral-storage", s.child("overhead"));
    boolean podSeccomp = spec.securityContext().flatMap(sc -> sc.seccompProfile()).isPresent();
    if (!podSeccomp && ann.containsKey(SECCOMP_POD)) {
      warn(annotations.key(SECCOMP_POD) + NON_FUNCTIONAL_SECCOMP);
    }
    boolean podAppArmor = spec.securityContext().flatMap(sc -> sc.appArmorProfile()).isPresent();
    int count = containerCount(spec);
    boolean isPod = template == null;
    for (int i = 0; i < count; i++) {
      Container c = container(spec, i);
      if (!ann.isEmpty() && c.securityContext().flatMap(sc -> sc.seccompProfile()).isEmpty()
          && ann.containsKey(SECCOMP_CONTAINER + c.name())) {
        warn(annotations.key(SECCOMP_CONTAINER + c.name()) + NON_FUNCTIONAL_SECCOMP);
      }
      // Pods get theirs from applyAppArmorVersionSkew (PodAnnotationRules.appArmorSkewWarnings).
      if (!isPod && !ann.isEmpty() && PodAnnotationRules.appArmorFieldsMatched(profile)
          && !podAppArmor
          && c.securityContext().flatMap(sc -> sc.appArmorProfile()).isEmpty()
          && ann.containsKey(APPARMOR_CONTAINER + c.name())) {
        warn(annotations.key(APPARMOR_CONTAINER + c.name())
            + ": deprecated since v1.30; use the \"appArmorProfile\" field instead");
      }
      if (c.resources().isPresent()) {
        containerResources(c.resources().get(), s, spec, i, isPod);
      }
      env(c.env(), s, spec, i);
    }
    boolean hostPorts = spec.hostNetwork().orElse(false) && (isPod || !profile.atLeast(28));
    if (profile.atLeast(29)) {
      ports(spec, s, count, hostPorts);
    }
    if (profile.atLeast(33)) {
      portNames(spec, s, count);
    }
    // A Pod's negative grace period is already 1 here upstream (Convert_v1_Pod_To_core_Pod, 1.27,
    // kubernetes/kubernetes#115606), so only templates get this warning.
    if (!isPod && spec.terminationGracePeriodSeconds().orElse(0L) < 0) {
      warn(s.child("terminationGracePeriodSeconds")
          + ": must be >= 0; negative values are invalid and will be treated as 1");
    }
    if (spec.affinity().isPresent() && spec.affinity().get().podAffinity().isPresent()) {
      var a = spec.affinity().get().podAffinity().get();
      podAffinity(a.requiredDuringSchedulingIgnoredDuringExecution(),
          a.preferredDuringSchedulingIgnoredDuringExecution(),
          s.child("affinity").child("podAffinity"));
    }
    if (spec.affinity().isPresent() && spec.affinity().get().podAntiAffinity().isPresent()) {
      var a = spec.affinity().get().podAntiAffinity().get();
      podAffinity(a.requiredDuringSchedulingIgnoredDuringExecution(),
          a.preferredDuringSchedulingIgnoredDuringExecution(),
          s.child("affinity").child("podAntiAffinity"));
    }
    if (profile.atLeast(33)) {
      ipAddresses(spec, s);
    }
  }

  /**
   * "Deprecated IP address formats", the last of warningsForPodSpecAndMeta from 1.33 (the
   * 1.33-or-later warnings.go, co63oc/kubernetes {@code 9beefa00}): {@code GetWarningsForIP} for
   * each {@code dnsConfig.nameservers} entry, then each {@code hostAliases[i].ip}, whatever
   * StrictIPCIDRValidation says (with it on, the forms it refuses never reach here).
   */
  private void ipAddresses(PodSpec spec, FieldPath s) {
    spec.dnsConfig().ifPresent(config -> {
      for (int i = 0; i < config.nameservers().size(); i++) {
        IpAddresses.warning(s.child("dnsConfig").child("nameservers").index(i),
            config.nameservers().get(i), profile).ifPresent(this::warn);
      }
    });
    for (int i = 0; i < spec.hostAliases().size(); i++) {
      IpAddresses.warning(s.child("hostAliases").index(i).child("ip"),
          spec.hostAliases().get(i).ip(), profile).ifPresent(this::warn);
    }
  }

  /**
   * {@code GetWarningsForPersistentVolumeClaimSpec}: a fractional storage request or limit, at
   * {@code path.resources.requests[storage]}.
   */
  void claimSpec(PersistentVolumeClaimSpec spec, FieldPath path) {
    spec.resources().ifPresent(r -> {
      fractional(r.requests(), "storage", path.child("resources").child("requests"));
      fractional(r.limits(), "storage", path.child("resources").child("limits"));
    });
  }

  private void warn(String warning) {
    errors.warn(warning);
  }

  /** {@code VisitContainersWithPath}: init containers first, then the others. */
  private static FieldPath containerPath(FieldPath spec, PodSpec s, int i) {
    int inits = s.initContainers().size();
    return i < inits ? spec.child("initContainers").index(i)
        : spec.child("containers").index(i - inits);
  }

  private static int containerCount(PodSpec s) {
    return s.initContainers().size() + s.containers().size();
  }

  /** Container {@code i} in {@code VisitContainersWithPath}'s order. */
  private static Container container(PodSpec s, int i) {
    int inits = s.initContainers().size();
    return i < inits ? s.initContainers().get(i) : s.containers().get(i - inits);
  }

  /**
   * The fractional byte values of a container's memory and ephemeral storage, limits then
   * requests; a Pod's requests as {@code SetDefaults_Pod} completes them from its limits.
   */
  private void containerResources(ResourceRequirements r, FieldPath s, PodSpec spec, int i,
      boolean isPod) {
    for (String name : BYTE_RESOURCES) {
      Quantity limit = r.limits().get(name);
      Quantity request = r.requests().get(name);
      if (request == null && isPod) {
        request = limit;
      }
      if (isFractional(limit)) {
        warnFractional(containerPath(s, spec, i).child("resources").child("limits"), name, limit);
      }
      if (isFractional(request)) {
        warnFractional(containerPath(s, spec, i).child("resources").child("requests"), name,
            request);
      }
    }
  }

  private void nodeSelectorTerm(NodeSelectorTerm term, boolean checkValues, FieldPath path) {
    for (int i = 0; i < term.matchExpressions().size(); i++) {
      NodeSelectorRequirement e = term.matchExpressions().get(i);
      FieldPath p = path.child("matchExpressions").index(i);
      String msg = DEPRECATED_NODE_LABELS.get(e.key());
      if (msg != null) {
        warn(p.child("key") + ": " + e.key() + " is " + msg);
      }
      if (checkValues) {
        for (int j = 0; j < e.values().size(); j++) {
          String value = e.values().get(j);
          for (String problem : Formats.labelValue(value, profile)) {
            warn(p.child("values").index(j) + ": " + value + " is invalid, " + problem);
          }
        }
      }
    }
  }

  private void volumes(List<Volume> volumes, FieldPath spec) {
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      if (v.photonPersistentDisk().isEmpty() && v.gitRepo().isEmpty() && v.scaleIO().isEmpty()
          && v.flocker().isEmpty() && v.storageos().isEmpty() && v.quobyte().isEmpty()
          && v.glusterfs().isEmpty() && v.ephemeral().isEmpty() && v.cephfs().isEmpty()
          && v.rbd().isEmpty()) {
        continue; // nothing to warn about: no path built
      }
      FieldPath p = spec.child("volumes").index(i);
      if (v.photonPersistentDisk().isPresent()) {
        warn(p.child("photonPersistentDisk") + ": deprecated in v1.11, non-functional in v1.16+");
      }
      if (v.gitRepo().isPresent()) {
        // GitRepoVolumeDriver is off by default from 1.33 (#129923; turned on, the old words) and
        // locked off from 1.36 (#136400, which touched warnings.go: its 1.36 words unverified).
        boolean disabled = profile.atLeast(36) || profile.atLeast(33)
            && !profile.featureGateOverride("GitRepoVolumeDriver").orElse(false);
        warn(p.child("gitRepo") + ": deprecated in v1.11"
            + (disabled ? ", and disabled by default in v1.33+" : ""));
      }
      if (v.scaleIO().isPresent()) {
        warn(p.child("scaleIO") + ": deprecated in v1.16, non-functional in v1.22+");
      }
      if (v.flocker().isPresent()) {
        warn(p.child("flocker") + ": deprecated in v1.22, non-functional in v1.25+");
      }
      if (v.storageos().isPresent()) {
        // Upstream's path says storageOS, not the field's JSON name.
        warn(p.child("storageOS") + ": deprecated in v1.22, non-functional in v1.25+");
      }
      if (v.quobyte().isPresent()) {
        warn(p.child("quobyte") + ": deprecated in v1.22, non-functional in v1.25+");
      }
      if (v.glusterfs().isPresent()) {
        warn(p.child("glusterfs") + ": deprecated in v1.25, non-functional in v1.26+");
      }
      if (v.ephemeral().isPresent() && v.ephemeral().get().volumeClaimTemplate().isPresent()) {
        claimSpec(v.ephemeral().get().volumeClaimTemplate().get().spec(),
            p.child("ephemeral").child("volumeClaimTemplate").child("spec"));
      }
      if (profile.atLeast(28) && v.cephfs().isPresent()) {
        warn(p.child("cephfs") + ": deprecated in v1.28, non-functional in v1.31+");
      }
      if (profile.atLeast(28) && v.rbd().isPresent()) {
        warn(p.child("rbd") + ": deprecated in v1.28, non-functional in v1.31+");
      }
    }
  }

  /**
   * The 1.29 and 1.30 check: an item path of a projected {@code configMap}, {@code secret},
   * {@code downwardAPI} or {@code clusterTrustBundle} source equal to a service account token's
   * path in any projected volume, at upstream's paths (no source index; {@code secrets},
   * {@code ClusterTrustBundle}).
   */
  private void tokenPathDuplicates(List<Volume> volumes, FieldPath path) {
    Set<String> tokens = new HashSet<>();
    for (Volume v : volumes) {
      v.projected().ifPresent(p -> p.sources().forEach(src -> src.serviceAccountToken()
          .ifPresent(t -> tokens.add(t.path()))));
    }
    if (tokens.isEmpty()) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      if (volumes.get(i).projected().isEmpty()) {
        continue;
      }
      FieldPath sources = path.index(i).child("projected").child("sources");
      for (VolumeProjection src : volumes.get(i).projected().get().sources()) {
        src.configMap().ifPresent(cm -> itemDuplicates(cm.items(), tokens,
            sources.child("configMap")));
        src.secret().ifPresent(sec -> itemDuplicates(sec.items(), tokens,
            sources.child("secrets")));
        src.downwardAPI().ifPresent(d -> {
          List<DownwardAPIVolumeFile> items = d.items();
          for (int j = 0; j < items.size(); j++) {
            if (tokens.contains(items.get(j).path())) {
              warn(sources.child("downwardAPI").index(j) + ": has duplicated path with "
                  + "ServiceAccountToken " + GoValues.quote(items.get(j).path()));
            }
          }
        });
        src.clusterTrustBundle().filter(b -> tokens.contains(b.path())).ifPresent(b ->
            warn(sources.child("ClusterTrustBundle") + ": has duplicated path with "
                + "ServiceAccountToken " + GoValues.quote(b.path())));
      }
    }
  }

  private void itemDuplicates(List<KeyToPath> items, Set<String> tokens, FieldPath path) {
    for (int j = 0; j < items.size(); j++) {
      if (tokens.contains(items.get(j).path())) {
        warn(path.index(j) + ": has duplicated path with ServiceAccountToken "
            + GoValues.quote(items.get(j).path()));
      }
    }
  }

  /** Warns at {@code path[i].field} for each value seen before in the list. */
  private void duplicates(List<String> values, FieldPath path, String field, String words) {
    for (int i = 1; i < values.size(); i++) {
      if (values.subList(0, i).contains(values.get(i))) {
        warn(path.index(i).child(field) + ": " + words + GoValues.quote(values.get(i)));
      }
    }
  }

  /** A byte quantity that is not whole after the milli round-up, at {@code path[name]}. */
  private void fractional(Map<String, Quantity> list, String name, FieldPath path) {
    Quantity q = list.get(name);
    if (isFractional(q)) {
      warnFractional(path, name, q);
    }
  }

  private static boolean isFractional(@Nullable Quantity q) {
    return q != null && !q.isInteger() && !q.roundUp(3).milliValue().mod(THOUSAND)
        .equals(BigInteger.ZERO);
  }

  private void warnFractional(FieldPath path, String name, Quantity q) {
    warn(path.key(name) + ": fractional byte value " + GoValues.quote(q.roundUp(3).canonical())
        + " is invalid, must be an integer");
  }

  /**
   * A later {@code env} entry of a name already set hides the earlier one when it has a
   * {@code valueFrom}, is {@code $(NAME)} itself, or does not refer to {@code $(NAME)}.
   */
  private void env(List<EnvVar> env, FieldPath s, PodSpec spec, int container) {
    for (int i = 1; i < env.size(); i++) {
      EnvVar e = env.get(i);
      if (!seenBefore(env, i)) {
        continue;
      }
      String ref = "$(" + e.name() + ")";
      String value = e.value().orElse("");
      if (e.valueFrom().isPresent() || value.equals(ref) || !value.contains(ref)) {
        warn(containerPath(s, spec, container).child("env").index(i)
            + ": hides previous definition of " + GoValues.quote(e.name())
            + (profile.atLeast(29) ? ", which may be dropped when using apply" : ""));
      }
    }
  }

  private static boolean seenBefore(List<EnvVar> env, int i) {
    String name = env.get(i).name();
    for (int j = 0; j < i; j++) {
      if (env.get(j).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** A port as Go's {@code %+v} prints the internal {@code ContainerPort}, defaulted. */
  private static String goPort(ContainerPort p, int hostPort) {
    return "{Name:" + p.name().orElse("") + " HostPort:" + hostPort
        + " ContainerPort:" + p.containerPort() + " Protocol:" + protocol(p)
        + " HostIP:" + p.hostIP().orElse("") + "}";
  }

  private static String protocol(ContainerPort p) {
    return p.protocol().filter(v -> !v.isEmpty()).orElse("TCP");
  }

  private static int hostPort(ContainerPort p, boolean hostPorts) {
    int hostPort = p.hostPort().orElse(0);
    return hostPort == 0 && hostPorts ? p.containerPort() : hostPort;
  }

  /**
   * Ports across all containers: a host IP without host port, and clashes with each earlier
   * port of the same number and protocol (compared pairwise: pods have few ports).
   */
  private void ports(PodSpec spec, FieldPath s, int count, boolean hostPorts) {
    for (int c = 0; c < count; c++) {
      List<ContainerPort> list = container(spec, c).ports();
      for (int i = 0; i < list.size(); i++) {
        ContainerPort port = list.get(i);
        String hostIp = port.hostIP().orElse("");
        int hostPort = hostPort(port, hostPorts);
        if (!hostIp.isEmpty() && hostPort == 0) {
          warn(portPath(s, spec, c, i) + ": hostIP set without hostPort: " + goPort(port, 0));
        }
        for (int oc = 0; oc <= c; oc++) {
          List<ContainerPort> others = container(spec, oc).ports();
          for (int oi = 0; oi < (oc == c ? i : others.size()); oi++) {
            ContainerPort o = others.get(oi);
            if (o.containerPort() != port.containerPort() || !protocol(o).equals(protocol(port))) {
              continue;
            }
            String otherIp = o.hostIP().orElse("");
            int otherPort = hostPort(o, hostPorts);
            String clash;
            if (hostIp.equals(otherIp) && hostPort == otherPort) {
              clash = "duplicate";
            } else if (hostPort == 0 || otherPort == 0) {
              clash = "overlapping";
            } else if (hostPort == otherPort && hostIp.isEmpty() != otherIp.isEmpty()) {
              clash = "dangerously ambiguous";
            } else {
              continue;
            }
            warn(portPath(s, spec, c, i) + ": " + clash + " port definition with "
                + portPath(s, spec, oc, oi));
          }
        }
      }
    }
  }

  private static FieldPath portPath(FieldPath s, PodSpec spec, int container, int port) {
    return containerPath(s, spec, container).child("ports").index(port);
  }

  /** A named port whose name an earlier port of any container has. */
  private void portNames(PodSpec spec, FieldPath s, int count) {
    for (int c = 0; c < count; c++) {
      List<ContainerPort> list = container(spec, c).ports();
      for (int i = 0; i < list.size(); i++) {
        String name = list.get(i).name().orElse("");
        if (name.isEmpty()) {
          continue;
        }
        FieldPath first = firstNamed(spec, s, name, c, i);
        if (first != null) {
          warn(portPath(s, spec, c, i) + ": duplicate port name " + GoValues.quote(name)
              + " with " + first + ", services and probes that select ports by name will use "
              + first);
        }
      }
    }
  }

  /** The path of the first port named {@code name} before port {@code i} of container c. */
  private static @Nullable FieldPath firstNamed(PodSpec spec, FieldPath s, String name, int c,
      int i) {
    for (int oc = 0; oc <= c; oc++) {
      List<ContainerPort> others = container(spec, oc).ports();
      for (int oi = 0; oi < (oc == c ? i : others.size()); oi++) {
        if (name.equals(others.get(oi).name().orElse(""))) {
          return portPath(s, spec, oc, oi);
        }
      }
    }
    return null;
  }

  private void podAffinity(List<PodAffinityTerm> required, List<WeightedPodAffinityTerm> preferred,
      FieldPath path) {
    for (int i = 0; i < required.size(); i++) {
      if (required.get(i).labelSelector().isEmpty()) {
        warn(path.child("requiredDuringSchedulingIgnoredDuringExecution").index(i)
            .child("labelSelector") + NULL_SELECTOR);
      }
    }
    for (int i = 0; i < preferred.size(); i++) {
      if (preferred.get(i).podAffinityTerm().labelSelector().isEmpty()) {
        warn(path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i)
            .child("podAffinityTerm").child("labelSelector") + NULL_SELECTOR);
      }
    }
  }
}
