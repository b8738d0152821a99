package dev.podwright.codegen;

import dev.podwright.codegen.PodModel.ActionModel;
import dev.podwright.codegen.PodModel.ContainerModel;
import dev.podwright.codegen.PodModel.EnvFromModel;
import dev.podwright.codegen.PodModel.EnvModel;
import dev.podwright.codegen.PodModel.EnvSource;
import dev.podwright.codegen.PodModel.Entry;
import dev.podwright.codegen.PodModel.MountModel;
import dev.podwright.codegen.PodModel.PortModel;
import dev.podwright.codegen.PodModel.ProbeModel;
import dev.podwright.codegen.PodModel.Role;
import dev.podwright.codegen.PodModel.SecurityModel;
import dev.podwright.codegen.PodModel.VolumeModel;
import dev.podwright.codegen.PodModel.WorkloadKind;
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
import dev.podwright.model.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @PodSpec} type into a {@link PodModel}. It reports what the DSL's types would
 * reject (a probe on a plain init container, a sidecar after a main container, a mount of an
 * undeclared volume, a malformed quantity, two handlers in one probe, ...) and leaves the offending
 * part out of the model, so that the validator can still check the rest. What the DSL accepts but
 * the API server rejects is left to the validator.
 */
final class PodSpecReader {
  /** The package of the deprecated top-level annotations, such as {@code @PodSpec}. */
  static final String DEPRECATED = "dev.podwright.annotations.";
  /** The holder of the current annotations, such as {@code @Podwright.PodSpec}. */
  static final String NESTED = DEPRECATED + "Podwright.";

  /**
   * The qualified names of the annotations that declare an object, {@code @PodSpec} and the
   * workload annotations, in both spellings.
   */
  static final Set<String> SPECS = specs();

  private final Elements elements;
  private final Values.Schemas schemas;
  private final Diagnostics diagnostics;
  private final Map<String, Loc> locations = new LinkedHashMap<>();
  /** Claim templates in error: mounts of them are not reported again. */
  private final Set<String> brokenClaims = new HashSet<>();

  PodSpecReader(Elements elements, Values.Schemas schemas, Diagnostics diagnostics) {
    this.elements = elements;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  /** Returns the model, or empty if the type cannot hold a pod at all. */
  Optional<PodModel> read(TypeElement type) {
    List<Values> kinds = new ArrayList<>();
    for (WorkloadKind kind : WorkloadKind.values()) {
      values(type, kind.annotation).ifPresent(kinds::add);
    }
    Optional<Values> workloadValues = kinds.stream().findFirst();
    for (Values other : kinds.subList(Math.min(1, kinds.size()), kinds.size())) {
      diagnostics.error(other.loc(), "PodwrightKindConflict",
          "type " + type.getSimpleName() + " is annotated with both @"
              + simpleName(kinds.get(0)) + " and @" + simpleName(other)
              + ", but one type declares one object",
          "keep one of them, or declare the other object on a type of its own");
    }
    Values pod = values(type, "PodSpec").orElseGet(() -> Values.absent(schemas,
        elements.getTypeElement(NESTED + "PodSpec"), workloadValues.orElseThrow().loc()));
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(pod.loc(), "PodwrightTarget",
          "@" + workloadValues.map(PodSpecReader::simpleName).orElse("PodSpec")
              + " applies to a class or an interface, not to " + kindName(type),
          "declare the containers as members of a class or an interface");
      return Optional.empty();
    }
    Optional<PodModel.WorkloadModel> workload = workloadValues.flatMap(w -> workload(w, pod));
    String podName = workloadValues.map(j -> j.string("name")).orElse(pod.string("name"));
    locations.put("", pod.loc());
    locations.put("metadata", pod.loc());
    locations.put("metadata.name", pod.loc("name"));
    locations.put("metadata.namespace", pod.loc("namespace"));
    locations.put("metadata.labels", pod.loc("labels"));
    locations.put("metadata.annotations", pod.loc("annotations"));
    locations.put("spec", pod.loc());
    for (String field : List.of("restartPolicy", "terminationGracePeriodSeconds",
        "activeDeadlineSeconds", "serviceAccountName", "nodeSelector", "imagePullSecrets",
        "hostNetwork", "dnsPolicy", "priorityClassName", "shareProcessNamespace", "volumes")) {
      locations.put("spec." + field, pod.loc(field));
    }
    locations.put("spec.serviceAccount", pod.loc("serviceAccountName"));
    List<PodModel.TolerationModel> tolerations = tolerations(pod);
    Optional<PodModel.PodSecurityModel> podSecurity = podSecurity(pod, podName);

    List<VolumeModel> volumes = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (Values v : pod.nested("volumes")) {
      String name = v.string("name");
      if (!declared.add(name)) {
        diagnostics.error(v.loc("name"), "PodwrightDuplicateName",
            "pod '" + podName + "' declares volume '" + name + "' twice",
            "give each @Volume its own name");
        continue;
      }
      volume(v).ifPresent(source -> {
        String path = "spec.volumes[" + volumes.size() + "]";
        locations.put(path, v.loc());
        locations.put(path + ".name", v.loc("name"));
        volumes.add(new VolumeModel(name, source));
      });
    }
    Set<String> usable = new HashSet<>();
    volumes.forEach(v -> usable.add(v.name()));
    claimNames(workload, declared, usable);

    List<ContainerModel> containers = new ArrayList<>();
    int inits = 0;
    int mains = 0;
    String firstMain = null;
    for (Element member : type.getEnclosedElements()) {
      List<Values> roles = new ArrayList<>();
      for (Role role : Role.values()) {
        values(member, role.annotation).ifPresent(roles::add);
      }
      if (roles.isEmpty()) {
        continue;
      }
      Values c = roles.get(0);
      Role role = roleOf(c);
      String name = c.has("name") ? c.string("name") : kebab(member.getSimpleName().toString());
      if (roles.size() > 1) {
        diagnostics.error(roles.get(1).loc(), "PodwrightRoleConflict",
            "container '" + name + "' is both @" + role.annotation + " and @"
                + roleOf(roles.get(1)).annotation,
            "keep one of @Sidecar, @Init and @Main");
        continue;
      }
      if (role != Role.MAIN && firstMain != null) {
        diagnostics.error(c.loc(), "PodwrightStartOrder",
            (role == Role.SIDECAR ? "sidecar '" : "init container '") + name
                + "' is declared after main container '" + firstMain
                + "', but declaration order is start order and main containers start last",
            "move it before '" + firstMain + "'");
        continue;
      }
      String path = role == Role.MAIN
          ? "spec.containers[" + mains + "]"
          : "spec.initContainers[" + inits + "]";
      Optional<ContainerModel> model = container(c, role, name, path, declared, usable);
      if (model.isPresent()) {
        containers.add(model.get());
        if (role == Role.MAIN) {
          mains++;
          firstMain = firstMain == null ? name : firstMain;
        } else {
          inits++;
        }
      } else if (role == Role.MAIN) {
        firstMain = firstMain == null ? name : firstMain;
      }
    }
    if (firstMain == null) {
      diagnostics.error(pod.loc(), "PodwrightNoMain",
          "pod '" + podName + "' declares no @Main container, but a pod needs at least one",
          "annotate the application container's member with @Main");
    }
    locations.put("spec.containers", pod.loc());
    return Optional.of(new PodModel(type, generatedName(type), podName,
        pod.optString("namespace"), entries(pod.nested("labels")),
        entries(pod.nested("annotations")),
        choice(pod, "restartPolicy", RestartPolicy.values(), RestartPolicy::value),
        pod.optLong("terminationGracePeriodSeconds"), pod.optLong("activeDeadlineSeconds"),
        pod.optString("serviceAccountName"), entries(pod.nested("nodeSelector")),
        pod.strings("imagePullSecrets"), pod.optBool("hostNetwork"),
        choice(pod, "dnsPolicy", DnsPolicy.values(), DnsPolicy::value),
        pod.optString("priorityClassName"), pod.optBool("shareProcessNamespace"),
        tolerations, podSecurity, placement(pod), volumes, containers, workload,
        Map.copyOf(locations)));
  }

  /** Reads the placement, token and pod-level resource members of {@code @PodSpec}. */
  private PodModel.PlacementModel placement(Values pod) {
    locations.put("spec.automountServiceAccountToken", pod.loc("automountServiceAccountToken"));
    locations.put("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution",
        pod.loc("requireNodeLabels"));
    locations.put("spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution",
        pod.loc("preferNodeLabels"));
    locations.put("spec.affinity.podAntiAffinity", pod.loc("oneReplicaPerNode"));
    locations.put("spec.topologySpreadConstraints", pod.loc("spreadAcrossZones"));
    locations.put("spec.resources.requests", pod.loc("podRequests"));
    locations.put("spec.resources.limits", pod.loc("podLimits"));
    List<PodModel.NodeLabelModel> required = new ArrayList<>();
    for (Values n : pod.nested("requireNodeLabels")) {
      required.add(new PodModel.NodeLabelModel(0, n.string("key"), n.strings("values")));
    }
    List<PodModel.NodeLabelModel> preferred = new ArrayList<>();
    for (Values n : pod.nested("preferNodeLabels")) {
      String at = "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution["
          + preferred.size() + "]";
      locate(at, n, "weight");
      preferred.add(new PodModel.NodeLabelModel(n.integer("weight"), n.string("key"),
          n.strings("values")));
    }
    for (String field : List.of("runtimeClassName", "hostPID", "hostIPC", "hostUsers",
        "schedulingGates", "readinessGates")) {
      locations.put("spec." + field, pod.loc(field));
    }
    locations.put("spec.os", pod.loc("os"));
    locations.put("spec.os.name", pod.loc("os"));
    boolean zones = pod.has("spreadAcrossZones");
    boolean perNode = pod.optBool("oneReplicaPerNode").orElse(false);
    return new PodModel.PlacementModel(pod.optBool("automountServiceAccountToken"), required,
        preferred, pod.optInt("spreadAcrossZones"), perNode,
        podResources(pod, "podRequests", "requests"), podResources(pod, "podLimits", "limits"),
        spreads(pod, zones ? 1 : 0), affinityTerms(pod, "podAffinity", 0, 0),
        affinityTerms(pod, "podAntiAffinity", perNode ? 1 : 0, 0),
        pod.optString("runtimeClassName"), pod.optBool("hostPID"), pod.optBool("hostIPC"),
        pod.optBool("hostUsers"), pod.optString("os"), pod.strings("schedulingGates"),
        pod.strings("readinessGates"), hostAliases(pod), dnsConfig(pod), resourceClaims(pod));
  }

  private List<PodModel.DeviceClaimModel> resourceClaims(Values pod) {
    locations.put("spec.resourceClaims", pod.loc("resourceClaims"));
    List<PodModel.DeviceClaimModel> out = new ArrayList<>();
    for (Values r : pod.nested("resourceClaims")) {
      String at = "spec.resourceClaims[" + out.size() + "]";
      locate(at, r, "name", "resourceClaimName", "resourceClaimTemplateName");
      out.add(new PodModel.DeviceClaimModel(r.string("name"), r.optString("resourceClaimName"),
          r.optString("resourceClaimTemplateName")));
    }
    return out;
  }

  private List<PodModel.HostAliasModel> hostAliases(Values pod) {
    locations.put("spec.hostAliases", pod.loc("hostAliases"));
    List<PodModel.HostAliasModel> out = new ArrayList<>();
    for (Values h : pod.nested("hostAliases")) {
      String at = "spec.hostAliases[" + out.size() + "]";
      locate(at, h, "ip", "hostnames");
      out.add(new PodModel.HostAliasModel(h.string("ip"), h.strings("hostnames")));
    }
    return out;
  }

  private Optional<PodModel.DnsConfigModel> dnsConfig(Values pod) {
    locations.put("spec.dnsConfig", pod.loc("dnsConfig"));
    List<Values> all = pod.nested("dnsConfig");
    if (all.size() > 1) {
      diagnostics.error(pod.loc("dnsConfig"), "PodwrightTooMany",
          "a pod has one dnsConfig, found " + all.size(), "keep one @DnsConfig");
      return Optional.empty();
    }
    return all.stream().findFirst().map(d -> {
      locations.put("spec.dnsConfig.nameservers", d.loc("nameservers"));
      locations.put("spec.dnsConfig.searches", d.loc("searches"));
      locations.put("spec.dnsConfig.options", d.loc("options"));
      return new PodModel.DnsConfigModel(d.strings("nameservers"), d.strings("searches"),
          entries(d.nested("options")));
    });
  }

  /**
   * Reads {@code topologySpread}; the constraints follow the one of {@code spreadAcrossZones},
   * so their indices start at {@code first}.
   */
  private List<PodModel.SpreadModel> spreads(Values pod, int first) {
    List<PodModel.SpreadModel> out = new ArrayList<>();
    for (Values t : pod.nested("topologySpread")) {
      String at = "spec.topologySpreadConstraints[" + (first + out.size()) + "]";
      Optional<List<Entry>> selected = selected(pod, t, "topology spread on '"
          + t.string("topologyKey") + "'");
      boolean ok = known(t, "whenUnsatisfiable", "DoNotSchedule", "ScheduleAnyway")
          & known(t, "nodeAffinityPolicy", "Honor", "Ignore")
          & known(t, "nodeTaintsPolicy", "Honor", "Ignore");
      if (selected.isEmpty() || !ok) {
        continue;
      }
      locate(at, t, "topologyKey", "maxSkew", "whenUnsatisfiable", "minDomains",
          "nodeAffinityPolicy", "nodeTaintsPolicy", "matchLabelKeys");
      locations.put(at + ".labelSelector", t.loc("matchLabels"));
      out.add(new PodModel.SpreadModel(t.string("topologyKey"), t.integer("maxSkew"),
          t.string("whenUnsatisfiable"), selected.get(), t.optInt("minDomains"),
          t.optString("nodeAffinityPolicy"), t.optString("nodeTaintsPolicy"),
          t.strings("matchLabelKeys")));
    }
    return out;
  }

  /**
   * Reads the pod (anti-)affinity terms of {@code member}; required terms are numbered from
   * {@code firstRequired}, after those a helper such as {@code oneReplicaPerNode} writes.
   */
  private List<PodModel.AffinityTermModel> affinityTerms(Values pod, String member,
      int firstRequired, int firstPreferred) {
    List<PodModel.AffinityTermModel> out = new ArrayList<>();
    String base = "spec.affinity." + member + ".";
    if (!pod.nested(member).isEmpty()
        && !(member.equals("podAntiAffinity") && pod.has("oneReplicaPerNode"))) {
      locations.put("spec.affinity." + member, pod.loc(member));
    }
    int required = firstRequired;
    int preferred = firstPreferred;
    for (Values t : pod.nested(member)) {
      Optional<List<Entry>> selected = selected(pod, t, member + " term on '"
          + t.string("topologyKey") + "'");
      if (selected.isEmpty()) {
        continue;
      }
      Optional<Integer> weight = t.optInt("weight");
      String at = weight.isEmpty()
          ? base + "requiredDuringSchedulingIgnoredDuringExecution[" + required++ + "]"
          : base + "preferredDuringSchedulingIgnoredDuringExecution[" + preferred++ + "]";
      String term = weight.isEmpty() ? at : at + ".podAffinityTerm";
      locate(at, t, "weight");
      locations.put(term + ".topologyKey", t.loc("topologyKey"));
      locations.put(term + ".labelSelector", t.loc("matchLabels"));
      out.add(new PodModel.AffinityTermModel(t.string("topologyKey"), selected.get(), weight));
    }
    return out;
  }

  /**
   * The labels a spread or affinity term selects: its {@code matchLabels}, or the pod's own;
   * empty (reported) if both are missing.
   */
  private Optional<List<Entry>> selected(Values pod, Values term, String what) {
    List<Entry> written = entries(term.nested("matchLabels"));
    if (!written.isEmpty()) {
      return Optional.of(written);
    }
    List<Entry> own = entries(pod.nested("labels"));
    if (own.isEmpty()) {
      diagnostics.error(term.loc(), "PodwrightSelector",
          "the " + what + " selects the pod's own labels, but the pod has none",
          "add labels to @PodSpec, or matchLabels to the term");
      return Optional.empty();
    }
    return Optional.of(own);
  }

  /** Whether the string {@code field}, if written, is one of {@code supported}; reports it if not. */
  private boolean known(Values v, String field, String... supported) {
    if (!v.has(field) || List.of(supported).contains(v.string(field))) {
      return true;
    }
    diagnostics.error(v.loc(field), "PodwrightUnsupportedValue",
        field + " \"" + v.string(field) + "\" is not supported",
        "use one of \"" + String.join("\", \"", supported) + "\"");
    return false;
  }

  private List<Entry> podResources(Values pod, String member, String field) {
    List<Entry> out = new ArrayList<>();
    for (Values r : pod.nested(member)) {
      String name = r.string("name");
      String q = r.string("quantity");
      if (quantity(r, "quantity", q, "pod-level " + field + " of '" + name + "'")) {
        locations.put("spec.resources." + field + "[" + name + "]", r.loc());
        out.add(new Entry(name, q));
      }
    }
    return out;
  }

  private List<PodModel.TolerationModel> tolerations(Values pod) {
    List<PodModel.TolerationModel> out = new ArrayList<>();
    for (Values t : pod.nested("tolerations")) {
      String at = "spec.tolerations[" + out.size() + "]";
      locate(at, t, "key", "operator", "value", "effect", "tolerationSeconds");
      out.add(new PodModel.TolerationModel(t.optString("key"), t.optString("operator"),
          t.optString("value"), t.optString("effect"), t.optLong("tolerationSeconds")));
    }
    return out;
  }

  private Optional<PodModel.PodSecurityModel> podSecurity(Values pod, String podName) {
    List<Values> all = pod.nested("securityContext");
    if (all.size() > 1) {
      diagnostics.error(pod.loc("securityContext"), "PodwrightTooMany",
          "pod '" + podName + "' declares " + all.size() + " values for securityContext, but "
              + "it takes at most one", "keep one");
      return Optional.empty();
    }
    return all.stream().findFirst().map(s -> {
      String at = "spec.securityContext";
      locate(at, s, "runAsUser", "runAsGroup", "runAsNonRoot", "fsGroup");
      seccompLocations(s, at);
      locations.put(at + ".supplementalGroups", s.loc("supplementalGroups"));
      locations.put(at + ".fsGroupChangePolicy", s.loc("fsGroupChangePolicy"));
      locations.put(at + ".sysctls", s.loc("sysctls"));
      locations.put(at + ".supplementalGroupsPolicy", s.loc("supplementalGroupsPolicy"));
      locations.put(at + ".seLinuxChangePolicy", s.loc("seLinuxChangePolicy"));
      List<Entry> sysctls = new ArrayList<>();
      for (Values v : s.nested("sysctls")) {
        locations.put(at + ".sysctls[" + sysctls.size() + "]", v.loc());
        sysctls.add(new Entry(v.string("name"), v.string("value")));
      }
      return new PodModel.PodSecurityModel(s.optLong("runAsUser"), s.optLong("runAsGroup"),
          s.optBool("runAsNonRoot"), s.optLong("fsGroup"), s.optString("seccompProfile"),
          s.optString("seccompLocalhostProfile"), profiles(s, at), s.longs("supplementalGroups"),
          s.optString("fsGroupChangePolicy"), sysctls, s.optString("supplementalGroupsPolicy"),
          s.optString("seLinuxChangePolicy"));
    });
  }

  /** The AppArmor, SELinux and Windows options of a security context, with their locations. */
  private PodModel.ProfilesModel profiles(Values s, String at) {
    locations.put(at + ".appArmorProfile", s.loc("appArmorProfile"));
    locations.put(at + ".appArmorProfile.type", s.loc("appArmorProfile"));
    locations.put(at + ".appArmorProfile.localhostProfile", s.loc(
        s.has("appArmorLocalhostProfile") ? "appArmorLocalhostProfile" : "appArmorProfile"));
    locations.put(at + ".seLinuxOptions", s.loc("seLinuxLevel"));
    for (String field : List.of("level", "user", "role", "type")) {
      String member = "seLinux" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
      locations.put(at + ".seLinuxOptions." + field, s.loc(member));
    }
    locations.put(at + ".windowsOptions", s.loc());
    for (String field : List.of("gmsaCredentialSpecName", "gmsaCredentialSpec", "runAsUserName",
        "hostProcess")) {
      String member = "windows" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
      locations.put(at + ".windowsOptions." + field, s.loc(member));
    }
    return new PodModel.ProfilesModel(s.optString("appArmorProfile"),
        s.optString("appArmorLocalhostProfile"), s.optString("seLinuxLevel"),
        s.optString("seLinuxUser"), s.optString("seLinuxRole"), s.optString("seLinuxType"),
        s.optString("windowsGmsaCredentialSpecName"), s.optString("windowsGmsaCredentialSpec"),
        s.optString("windowsRunAsUserName"), s.optBool("windowsHostProcess"));
  }

  private void seccompLocations(Values s, String at) {
    locations.put(at + ".seccompProfile", s.loc("seccompProfile"));
    locations.put(at + ".seccompProfile.type", s.loc("seccompProfile"));
    // A missing localhost profile is the fault of the profile type that needs it.
    locations.put(at + ".seccompProfile.localhostProfile", s.loc(
        s.has("seccompLocalhostProfile") ? "seccompLocalhostProfile" : "seccompProfile"));
  }

  private static Set<String> specs() {
    Set<String> specs = new java.util.LinkedHashSet<>();
    specs.addAll(bothSpellings("PodSpec"));
    for (WorkloadKind kind : WorkloadKind.values()) {
      specs.addAll(bothSpellings(kind.annotation));
    }
    return java.util.Collections.unmodifiableSet(specs);
  }

  /** {@code Podwright.Main} and its deprecated top-level twin {@code Main}, qualified. */
  static List<String> bothSpellings(String simpleName) {
    return List.of(NESTED + simpleName, DEPRECATED + simpleName);
  }

  private static String simpleName(Values v) {
    return v.mirror().getAnnotationType().asElement().getSimpleName().toString();
  }

  private static WorkloadKind kindOf(Values v) {
    String simple = simpleName(v);
    for (WorkloadKind k : WorkloadKind.values()) {
      if (k.annotation.equals(simple)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a workload annotation: " + simple);
  }

  /** Reads the workload annotation {@code w}; {@code pod} describes its pod template. */
  private Optional<PodModel.WorkloadModel> workload(Values w, Values pod) {
    WorkloadKind kind = kindOf(w);
    String name = w.string("name");
    String what = kind.words() + " '" + name + "'";
    locations.put("workload/", w.loc());
    locations.put("workload/metadata", w.loc());
    for (String field : List.of("name", "namespace", "labels", "annotations")) {
      locations.put("workload/metadata." + field, w.loc(field));
    }
    locations.put("workload/spec", w.loc());
    locations.put("workload/spec.selector", pod.loc("labels"));
    locations.put("workload/" + kind.templatePrefix + "metadata.labels", pod.loc("labels"));
    if (pod.has("name")) {
      diagnostics.error(pod.loc("name"), "PodwrightTemplateName",
          "the pod template of " + what + " must not have a name; the " + kind.words()
              + " controller names its pods", "drop name from @PodSpec");
      // The template ignores the name: the rest can still be checked.
    }
    // The DSL's template steps offer no restart policy, namespace or deadline: the workload
    // decides them, so the annotations cannot set them on a template either.
    if (pod.has("namespace")) {
      diagnostics.error(pod.loc("namespace"), "PodwrightTemplateField",
          "the pod template of " + what + " takes the namespace of the " + kind.words(),
          "set namespace on @" + kind.annotation + " and drop it from @PodSpec");
    }
    if (pod.has("activeDeadlineSeconds")) {
      diagnostics.error(pod.loc("activeDeadlineSeconds"), "PodwrightTemplateField",
          kind.replicated()
              ? "the pods of " + what + " must not set activeDeadlineSeconds (activeDeadlineSeconds "
                  + "in " + kind.type + " is not Supported)"
              : "the deadline of " + what + " is set on @" + kind.annotation + ", not on @PodSpec",
          kind.replicated() ? "drop activeDeadlineSeconds from @PodSpec"
              : "set activeDeadlineSeconds on @" + kind.annotation + " (the job's deadline)");
    }
    Optional<JobRestartPolicy> policy = Optional.empty();
    if (kind.replicated()) {
      if (pod.has("restartPolicy")) {
        String found = pod.string("restartPolicy");
        diagnostics.error(pod.loc("restartPolicy"), "PodwrightWorkloadRestartPolicy",
            found.equals("Always")
                ? "the pod template of " + what + " does not set restartPolicy: its pods use "
                    + "\"Always\", the server's default"
                : "the pods of " + what + " must use restartPolicy \"Always\"; found \""
                    + found + "\"",
            "drop restartPolicy from @PodSpec (the template defaults to Always)");
      }
      if (pod.nested("labels").isEmpty()) {
        diagnostics.error(pod.loc(), "PodwrightNoTemplateLabels",
            what + " selects its pods by the template's labels (spec.selector), but the "
                + "template has none",
            "add labels = @Label(key = \"app\", value = \"" + name + "\") to @PodSpec");
      }
    } else {
      locations.put("workload/" + kind.templatePrefix + "spec.restartPolicy",
          w.loc("restartPolicy"));
      if (pod.has("restartPolicy")) {
        diagnostics.error(pod.loc("restartPolicy"), "PodwrightJobRestartPolicy",
            "the restart policy of " + what + " is set on @" + kind.annotation
                + ", not on @PodSpec", "drop restartPolicy from @PodSpec");
      }
      for (JobRestartPolicy p : JobRestartPolicy.values()) {
        if (p.value().equals(w.string("restartPolicy"))) {
          policy = Optional.of(p);
        }
      }
      if (policy.isEmpty()) {
        diagnostics.error(w.loc("restartPolicy"), "PodwrightJobRestartPolicy",
            what + " has restartPolicy \"" + w.string("restartPolicy")
                + "\", but a job's pods must use \"Never\" or \"OnFailure\"",
            "use restartPolicy = \"Never\" (a new pod per retry) or \"OnFailure\"");
        // A stand-in, so that the rest of the workload is still checked; nothing is generated.
        policy = Optional.of(JobRestartPolicy.NEVER);
      }
    }
    Optional<String> namespace = w.optString("namespace");
    List<Entry> labels = entries(w.nested("labels"));
    List<Entry> annotations = entries(w.nested("annotations"));
    switch (kind) {
      case JOB: {
        PodModel.JobSettings settings = jobSettings(w, "workload/spec.", what, policy.get());
        return Optional.of(new PodModel.JobModel(name, policy.get(), namespace, labels,
            annotations, settings));
      }
      case CRON_JOB: {
        PodModel.JobSettings settings =
            jobSettings(w, "workload/spec.jobTemplate.spec.", what, policy.get());
        for (String field : List.of("schedule", "timeZone", "concurrencyPolicy",
            "startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit",
            "suspend")) {
          locations.put("workload/spec." + field, w.loc(field));
        }
        Optional<ConcurrencyPolicy> concurrency = choice(w, "concurrencyPolicy",
            ConcurrencyPolicy.values(), ConcurrencyPolicy::value);
        return Optional.of(new PodModel.CronJobModel(name, w.string("schedule"),
            policy.get(), namespace, labels, annotations, w.optString("timeZone"), concurrency,
            w.optLong("startingDeadlineSeconds"), w.optInt("successfulJobsHistoryLimit"),
            w.optInt("failedJobsHistoryLimit"), w.optBool("suspend"), settings));
      }
      case DEPLOYMENT: {
        for (String field : List.of("replicas", "minReadySeconds", "progressDeadlineSeconds",
            "revisionHistoryLimit", "strategy")) {
          locations.put("workload/spec." + field, w.loc(field));
        }
        locations.put("workload/spec.strategy.rollingUpdate", w.loc("strategy"));
        locations.put("workload/spec.strategy.rollingUpdate.maxSurge", w.loc("maxSurge"));
        locations.put("workload/spec.strategy.rollingUpdate.maxUnavailable",
            w.loc("maxUnavailable"));
        String strategy = w.string("strategy");
        boolean bounds = w.has("maxSurge") || w.has("maxUnavailable");
        boolean recreate = strategy.equals("Recreate");
        boolean ruleBroken = false;
        if (!strategy.isEmpty() && !recreate && !strategy.equals("RollingUpdate")) {
          diagnostics.error(w.loc("strategy"), "PodwrightUnsupportedValue",
              "strategy \"" + strategy + "\" is not supported",
              "use one of \"RollingUpdate\", \"Recreate\"");
          ruleBroken = true;
        } else if (recreate && bounds) {
          diagnostics.error(w.loc(w.has("maxSurge") ? "maxSurge" : "maxUnavailable"),
              "PodwrightStrategy", what + " uses the Recreate strategy, which takes no "
                  + "maxSurge or maxUnavailable",
              "drop maxSurge and maxUnavailable, or use strategy = \"RollingUpdate\"");
          ruleBroken = true;
        } else if (!recreate && (bounds || !strategy.isEmpty())
            && !(w.has("maxSurge") && w.has("maxUnavailable"))) {
          diagnostics.error(w.has("maxSurge") ? w.loc("maxSurge")
                  : w.has("maxUnavailable") ? w.loc("maxUnavailable") : w.loc("strategy"),
              "PodwrightStrategy", "the rolling update of " + what + " must set both maxSurge "
                  + "and maxUnavailable",
              "set both, e.g. maxSurge = \"25%\", maxUnavailable = \"0\", or drop them for "
                  + "the default rolling update");
          ruleBroken = true;
        }
        boolean keepBounds = !ruleBroken; // a broken rule was reported; check the rest
        return Optional.of(new PodModel.DeploymentModel(name, namespace, labels,
            annotations, w.optInt("replicas"), w.optInt("minReadySeconds"),
            w.optInt("progressDeadlineSeconds"), w.optInt("revisionHistoryLimit"), recreate,
            w.optString("maxUnavailable").filter(v -> keepBounds),
            w.optString("maxSurge").filter(v -> keepBounds)));
      }
      case STATEFUL_SET: {
        for (String field : List.of("replicas", "serviceName", "podManagementPolicy",
            "minReadySeconds", "revisionHistoryLimit")) {
          locations.put("workload/spec." + field, w.loc(field));
        }
        Optional<PodManagementPolicy> management = choice(w, "podManagementPolicy",
            PodManagementPolicy.values(), PodManagementPolicy::value);
        locations.put("workload/spec.ordinals", w.loc("ordinalsStart"));
        locations.put("workload/spec.ordinals.start", w.loc("ordinalsStart"));
        return Optional.of(new PodModel.StatefulSetModel(name, namespace, labels,
            annotations, w.optString("serviceName"), w.optInt("replicas"), management,
            w.optInt("minReadySeconds"), w.optInt("revisionHistoryLimit"), claims(w),
            update(w, what, "partition"), retention(w, what), w.optInt("ordinalsStart")));
      }
      default: {
        for (String field : List.of("minReadySeconds", "revisionHistoryLimit")) {
          locations.put("workload/spec." + field, w.loc(field));
        }
        return Optional.of(new PodModel.DaemonSetModel(name, namespace, labels,
            annotations, w.optInt("minReadySeconds"), w.optInt("revisionHistoryLimit"),
            update(w, what, "maxSurge")));
      }
    }
  }

  /**
   * Reads the job settings of {@code @JobSpec} or {@code @CronJobSpec} at {@code prefix}. A pod
   * failure policy needs the restart policy {@code Never}: the DSL offers it on no other job.
   */
  private PodModel.JobSettings jobSettings(Values j, String prefix, String what,
      JobRestartPolicy policy) {
    for (String field : List.of("parallelism", "completions", "backoffLimit",
        "activeDeadlineSeconds", "ttlSecondsAfterFinished", "suspend", "backoffLimitPerIndex",
        "maxFailedIndexes", "podReplacementPolicy", "managedBy", "successPolicy")) {
      locations.put(prefix + field, j.loc(field));
    }
    locations.put(prefix + "completionMode", j.loc("indexed"));
    boolean hasJobFields = j.mirror().getAnnotationType().asElement().getSimpleName()
        .contentEquals("JobSpec");
    Optional<PodModel.FailurePolicyModel> failurePolicy =
        failurePolicy(j, prefix + "podFailurePolicy");
    if (failurePolicy.isPresent() && policy != JobRestartPolicy.NEVER) {
      diagnostics.error(j.loc("podFailurePolicy"), "PodwrightPodFailurePolicy",
          "the pod failure policy of " + what + " needs restartPolicy \"Never\"; found \""
              + policy.value() + "\" (only \"Never\" is supported when podFailurePolicy is "
              + "specified)",
          "use restartPolicy = \"Never\", or drop podFailurePolicy");
      failurePolicy = Optional.empty();
    }
    List<PodModel.SuccessRuleModel> success = new ArrayList<>();
    for (Values r : j.nested("successPolicy")) {
      if (!r.has("succeededIndexes") && !r.has("succeededCount")) {
        diagnostics.error(r.loc(), "PodwrightSuccessRule",
            "a success policy rule of " + what + " must set succeededIndexes, "
                + "succeededCount or both", "e.g. @SuccessRule(succeededIndexes = \"0\")");
        continue;
      }
      String at = prefix + "successPolicy.rules[" + success.size() + "]";
      locate(at, r, "succeededIndexes", "succeededCount");
      success.add(new PodModel.SuccessRuleModel(r.optString("succeededIndexes"),
          r.optInt("succeededCount")));
    }
    return new PodModel.JobSettings(j.optInt("parallelism"), j.optInt("completions"),
        j.has("indexed") && j.bool("indexed"), j.optInt("backoffLimit"),
        j.optLong("activeDeadlineSeconds"), j.optInt("ttlSecondsAfterFinished"),
        hasJobFields ? j.optBool("suspend") : Optional.empty(), failurePolicy,
        j.optInt("backoffLimitPerIndex"), j.optInt("maxFailedIndexes"),
        choice(j, "podReplacementPolicy", PodReplacementPolicy.values(),
            PodReplacementPolicy::value),
        success, j.optString("managedBy"));
  }

  private Optional<ContainerModel> container(Values c, Role role, String name, String path,
      Set<String> declared, Set<String> usable) {
    locations.put(path, c.loc());
    for (String field : List.of("name", "image", "imagePullPolicy", "command", "args",
        "workingDir", "terminationMessagePolicy", "securityContext", "envFrom")) {
      locations.put(path + "." + field, c.loc(field));
    }
    locations.put(path + ".resources", c.loc());
    locations.put(path + ".resources.requests", c.loc("requests"));
    locations.put(path + ".resources.limits", c.loc("limits"));
    locations.put(path + ".lifecycle", c.loc());

    List<PortModel> ports = new ArrayList<>();
    for (Values p : c.nested("ports")) {
      String at = path + ".ports[" + ports.size() + "]";
      locate(at, p, "name", "containerPort", "protocol");
      ports.add(new PortModel(p.optString("name"), p.integer("containerPort"),
          choice(p, "protocol", Protocol.values(), Protocol::value)));
    }
    List<EnvModel> env = new ArrayList<>();
    for (Values e : c.nested("env")) {
      envVar(e, name).ifPresent(var -> {
        String at = path + ".env[" + env.size() + "]";
        locate(at, e, "name");
        env.add(var);
      });
    }
    List<EnvFromModel> envFrom = new ArrayList<>();
    for (Values e : c.nested("envFrom")) {
      if (e.has("configMap") == e.has("secret")) {
        diagnostics.error(e.loc(), "PodwrightEnvSource",
            "@EnvFrom of container '" + name + "' must name exactly one config map or secret",
            "set either configMap or secret");
      } else {
        locations.put(path + ".envFrom[" + envFrom.size() + "]", e.loc());
        envFrom.add(e.has("secret")
            ? new EnvFromModel(true, e.string("secret"))
            : new EnvFromModel(false, e.string("configMap")));
      }
    }
    List<Entry> requests = resources(c, "requests", name, path);
    List<Entry> limits = resources(c, "limits", name, path);
    List<MountModel> mounts = new ArrayList<>();
    for (Values m : c.nested("mounts")) {
      String volume = m.string("volume");
      if (!declared.contains(volume)) {
        diagnostics.error(m.loc("volume"), "PodwrightUnknownVolume",
            "container '" + name + "' mounts volume '" + volume
                + "', which @PodSpec(volumes) does not declare",
            "declare @Volume(name = \"" + volume + "\", ...) on the pod or fix the name");
        continue;
      }
      if (!usable.contains(volume)) {
        continue; // the volume itself is in error and already reported
      }
      String at = path + ".volumeMounts[" + mounts.size() + "]";
      locations.put(at, m.loc());
      locations.put(at + ".name", m.loc("volume"));
      locations.put(at + ".mountPath", m.loc("path"));
      locations.put(at + ".subPath", m.loc("subPath"));
      locations.put(at + ".subPathExpr", m.loc("subPathExpr"));
      mounts.add(new MountModel(volume, m.string("path"), m.bool("readOnly"),
          m.optString("subPath"), m.optString("subPathExpr")));
    }
    Optional<SecurityModel> security = atMostOne(c, "securityContext", name).map(s -> {
      String at = path + ".securityContext";
      locate(at, s, "privileged", "allowPrivilegeEscalation", "readOnlyRootFilesystem",
          "runAsUser", "runAsGroup", "runAsNonRoot");
      locations.put(at + ".capabilities.add", s.loc("capabilitiesAdd"));
      locations.put(at + ".capabilities.drop", s.loc("capabilitiesDrop"));
      locations.put(at + ".procMount", s.loc("procMount"));
      seccompLocations(s, at);
      return new SecurityModel(s.strings("capabilitiesAdd"), s.strings("capabilitiesDrop"),
          s.optBool("privileged"), s.optBool("allowPrivilegeEscalation"),
          s.optBool("readOnlyRootFilesystem"), s.optLong("runAsUser"),
          s.optLong("runAsGroup"), s.optBool("runAsNonRoot"), s.optString("seccompProfile"),
          s.optString("seccompLocalhostProfile"), profiles(s, at), s.optString("procMount"));
    });

    Optional<ProbeModel> startup = Optional.empty();
    Optional<ProbeModel> liveness = Optional.empty();
    Optional<ProbeModel> readiness = Optional.empty();
    Optional<ActionModel> postStart = Optional.empty();
    Optional<ActionModel> preStop = Optional.empty();
    if (role == Role.INIT) {
      for (String field : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
        if (c.has(field)) {
          diagnostics.error(c.loc(field), "PodwrightInitProbe",
              "plain init container '" + name + "' must not declare a " + field,
              "make it a @Sidecar or drop the probe");
        }
      }
      for (String field : List.of("postStart", "preStop")) {
        if (c.has(field)) {
          diagnostics.error(c.loc(field), "PodwrightInitProbe",
              "plain init container '" + name + "' must not declare a " + field + " hook",
              "make it a @Sidecar or drop the hook");
        }
      }
    } else {
      startup = probe(c, "startupProbe", name, path);
      liveness = probe(c, "livenessProbe", name, path);
      readiness = probe(c, "readinessProbe", name, path);
      postStart = hook(c, "postStart", name, path);
      preStop = hook(c, "preStop", name, path);
    }
    ContainerModel model = new ContainerModel(role, name, c.string("image"),
        choice(c, "imagePullPolicy", PullPolicy.values(), PullPolicy::value),
        c.has("command") ? Optional.of(c.strings("command")) : Optional.empty(),
        c.has("args") ? Optional.of(c.strings("args")) : Optional.empty(),
        c.optString("workingDir"), ports, env, envFrom, requests, limits, mounts, security,
        choice(c, "terminationMessagePolicy", TerminationMessagePolicy.values(),
            TerminationMessagePolicy::value),
        startup, liveness, readiness, postStart, preStop, resizePolicy(c, path),
        claims(c, path));
    // Parts in error were left out above; the container stays, so the validator still checks the
    // rest and the indices of later containers stay those of the source.
    return Optional.of(model);
  }

  /** The {@code @ClaimUse} values of a container, as {@code resources.claims}. */
  private List<PodModel.ClaimUseModel> claims(Values c, String path) {
    locations.put(path + ".resources.claims", c.loc("claims"));
    List<PodModel.ClaimUseModel> out = new ArrayList<>();
    for (Values u : c.nested("claims")) {
      String at = path + ".resources.claims[" + out.size() + "]";
      locate(at, u, "name", "request");
      out.add(new PodModel.ClaimUseModel(u.string("name"), u.optString("request")));
    }
    return out;
  }

  /** The {@code @Resize} values of a container; one with an unsupported policy is left out. */
  private List<PodModel.ResizeModel> resizePolicy(Values c, String path) {
    locations.put(path + ".resizePolicy", c.loc("resizePolicy"));
    List<PodModel.ResizeModel> out = new ArrayList<>();
    for (Values r : c.nested("resizePolicy")) {
      Optional<ResizeRestartPolicy> policy = r.has("restartPolicy")
          ? choice(r, "restartPolicy", ResizeRestartPolicy.values(), ResizeRestartPolicy::value)
          : Optional.of(ResizeRestartPolicy.NOT_REQUIRED);
      if (policy.isEmpty()) {
        continue; // reported by choice(..)
      }
      String at = path + ".resizePolicy[" + out.size() + "]";
      locations.put(at, r.loc());
      locations.put(at + ".resourceName", r.loc("resource"));
      locations.put(at + ".restartPolicy", r.loc("restartPolicy"));
      out.add(new PodModel.ResizeModel(r.string("resource"), policy.get()));
    }
    return out;
  }

  private Optional<EnvModel> envVar(Values e, String container) {
    String name = e.string("name");
    List<String> sources = new ArrayList<>();
    for (String s : List.of("value", "fieldRef", "resourceFieldRef")) {
      if (e.has(s)) {
        sources.add(s);
      }
    }
    for (String s : List.of("configMapKeyRef", "secretKeyRef")) {
      if (!e.nested(s).isEmpty()) {
        sources.add(s);
      }
    }
    if (sources.size() > 1) {
      diagnostics.error(e.loc(sources.get(1)), "PodwrightEnvSource",
          "env '" + name + "' of container '" + container + "' sets both " + sources.get(0)
              + " and " + sources.get(1) + ", but a variable has one source",
          "keep one of value, fieldRef, resourceFieldRef, configMapKeyRef and secretKeyRef");
      return Optional.empty();
    }
    String source = sources.isEmpty() ? "value" : sources.get(0);
    if (e.has("divisor") && !source.equals("resourceFieldRef")) {
      diagnostics.error(e.loc("divisor"), "PodwrightEnvSource",
          "env '" + name + "' of container '" + container + "' sets a divisor without a "
              + "resourceFieldRef", "drop the divisor");
      return Optional.empty();
    }
    EnvSource value;
    switch (source) {
      case "fieldRef":
        value = new PodModel.FieldRef(e.string("fieldRef"));
        break;
      case "resourceFieldRef":
        Optional<String> divisor = e.optString("divisor");
        if (divisor.isPresent() && !quantity(e, "divisor", divisor.get(), "divisor of env '"
            + name + "'")) {
          return Optional.empty();
        }
        value = new PodModel.ResourceFieldRef(e.string("resourceFieldRef"), divisor);
        break;
      case "configMapKeyRef":
      case "secretKeyRef":
        Optional<Values> ref = atMostOne(e, source, container);
        if (ref.isEmpty()) {
          return Optional.empty();
        }
        value = source.equals("configMapKeyRef")
            ? new PodModel.ConfigMapKeyRef(ref.get().string("name"), ref.get().string("key"))
            : new PodModel.SecretKeyRef(ref.get().string("name"), ref.get().string("key"));
        break;
      default:
        value = new PodModel.Literal(e.string("value"));
    }
    return Optional.of(new EnvModel(name, value));
  }

  private List<Entry> resources(Values c, String field, String container, String path) {
    List<Entry> out = new ArrayList<>();
    for (Values r : c.nested(field)) {
      String name = r.string("name");
      String q = r.string("quantity");
      if (quantity(r, "quantity", q, field + " of '" + name + "' in container '" + container
          + "'")) {
        locations.put(path + ".resources." + field + "[" + name + "]", r.loc());
        out.add(new Entry(name, q));
      }
    }
    return out;
  }

  private boolean quantity(Values v, String element, String text, String what) {
    try {
      Quantity.parse(text);
      return true;
    } catch (RuntimeException e) {
      diagnostics.error(v.loc(element), "PodwrightQuantity",
          "quantity '" + text + "' (" + what + ") is malformed: " + e.getMessage(),
          "write a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi");
      return false;
    }
  }

  private Optional<ProbeModel> probe(Values c, String field, String container, String path) {
    Optional<Values> one = atMostOne(c, field, container);
    if (one.isEmpty()) {
      return Optional.empty();
    }
    Values p = one.get();
    String at = path + "." + field;
    locate(at, p, "initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold",
        "failureThreshold", "terminationGracePeriodSeconds", "httpGet", "tcpSocket", "exec",
        "grpc");
    boolean ok = true;
    if (!field.equals("readinessProbe") && p.has("successThreshold")) {
      diagnostics.error(p.loc("successThreshold"), "PodwrightProbeField",
          field + " of container '" + container + "' must not set successThreshold, which "
              + "is always 1 for startup and liveness probes", "drop successThreshold");
      ok = false;
    }
    if (field.equals("readinessProbe") && p.has("terminationGracePeriodSeconds")) {
      diagnostics.error(p.loc("terminationGracePeriodSeconds"), "PodwrightProbeField",
          "readinessProbe of container '" + container + "' must not set "
              + "terminationGracePeriodSeconds, which readiness probes do not have",
          "drop terminationGracePeriodSeconds");
      ok = false;
    }
    Optional<ActionModel> action = action(p, field + " of container '" + container + "'",
        List.of("httpGet", "tcpSocket", "exec", "grpc"));
    if (!ok || action.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProbeModel(action.get(), p.optInt("initialDelaySeconds"),
        p.optInt("timeoutSeconds"), p.optInt("periodSeconds"), p.optInt("successThreshold"),
        p.optInt("failureThreshold"), p.optLong("terminationGracePeriodSeconds")));
  }

  private Optional<ActionModel> hook(Values c, String field, String container, String path) {
    Optional<Values> one = atMostOne(c, field, container);
    if (one.isEmpty()) {
      return Optional.empty();
    }
    locations.put(path + ".lifecycle." + field, one.get().loc());
    return action(one.get(), field + " hook of container '" + container + "'",
        List.of("exec", "httpGet", "tcpSocket", "sleepSeconds"));
  }

  /** Reads the one handler of a probe or hook among {@code kinds}. */
  private Optional<ActionModel> action(Values p, String what, List<String> kinds) {
    List<String> set = new ArrayList<>();
    for (String kind : kinds) {
      if (p.has(kind) && !(kind.equals("exec") ? p.strings(kind) : kind.equals("sleepSeconds")
          ? List.of(1) : p.nested(kind)).isEmpty()) {
        set.add(kind);
      }
    }
    if (set.size() != 1) {
      diagnostics.error(set.size() > 1 ? p.loc(set.get(1)) : p.loc(), "PodwrightHandler",
          what + (set.isEmpty() ? " has no handler" : " has both " + set.get(0) + " and "
              + set.get(1)) + ", but it needs exactly one",
          "set exactly one of " + String.join(", ", kinds));
      return Optional.empty();
    }
    String kind = set.get(0);
    switch (kind) {
      case "exec":
        return Optional.of(new PodModel.Exec(p.strings("exec")));
      case "sleepSeconds":
        return Optional.of(new PodModel.Sleep(p.longValue("sleepSeconds")));
      default:
        break;
    }
    List<Values> handlers = p.nested(kind);
    if (handlers.size() > 1) {
      diagnostics.error(p.loc(kind), "PodwrightHandler",
          what + " has " + handlers.size() + " " + kind + " handlers, but it needs exactly one",
          "keep one");
      return Optional.empty();
    }
    Values h = handlers.get(0);
    if (kind.equals("grpc")) {
      return Optional.of(new PodModel.Grpc(h.integer("port")));
    }
    if (h.has("port") == h.has("portName")) {
      diagnostics.error(h.loc(), "PodwrightHandler",
          "the " + kind + " handler of the " + what + " must set exactly one of port and "
              + "portName", "set port = <number> or portName = \"<name>\"");
      return Optional.empty();
    }
    if (kind.equals("httpGet")) {
      List<Entry> headers = new ArrayList<>();
      for (Values header : h.nested("headers")) {
        headers.add(new Entry(header.string("name"), header.string("value")));
      }
      if (!known(h, "scheme", "HTTP", "HTTPS")) {
        return Optional.empty();
      }
      return Optional.of(new PodModel.HttpGet(h.string("path"), h.integer("port"),
          h.string("portName"), headers, h.optString("scheme"), h.optString("host")));
    }
    return Optional.of(new PodModel.TcpSocket(h.integer("port"), h.string("portName")));
  }

  private Optional<PodModel.VolumeSource> volume(Values v) {
    String name = v.string("name");
    List<String> set = new ArrayList<>();
    for (String s : List.of("emptyDir", "configMap", "secret", "persistentVolumeClaim",
        "hostPath", "downwardAPI", "projected", "csi", "ephemeral", "image")) {
      if (!v.nested(s).isEmpty()) {
        set.add(s);
      }
    }
    if (set.size() != 1 || (!set.get(0).equals("downwardAPI") && !set.get(0).equals("projected")
        && v.nested(set.get(0)).size() > 1)) {
      diagnostics.error(set.size() > 1 ? v.loc(set.get(1)) : v.loc(), "PodwrightVolumeSource",
          "volume '" + name + "' needs exactly one source, found "
              + (set.isEmpty() ? "none" : String.join(" and ", set)),
          "set one of emptyDir, configMap, secret, persistentVolumeClaim, hostPath, downwardAPI, "
              + "projected, csi, ephemeral and image");
      return Optional.empty();
    }
    String kind = set.get(0);
    Values s = v.nested(kind).get(0);
    switch (kind) {
      case "emptyDir":
        if (s.has("sizeLimit")
            && !quantity(s, "sizeLimit", s.string("sizeLimit"), "sizeLimit of volume '" + name
                + "'")) {
          return Optional.empty();
        }
        return Optional.of(new PodModel.EmptyDir(s.optString("medium"), s.optString("sizeLimit")));
      case "configMap":
        return Optional.of(new PodModel.ConfigMapVolume(s.string("name"), s.optBool("optional")));
      case "secret":
        return Optional.of(
            new PodModel.SecretVolume(s.string("secretName"), s.optBool("optional")));
      case "persistentVolumeClaim":
        return Optional.of(new PodModel.PvcVolume(s.string("claimName")));
      case "hostPath":
        return Optional.of(new PodModel.HostPathVolume(s.string("path")));
      case "downwardAPI":
        return Optional.of(new PodModel.DownwardApiVolume(files(v.nested(kind))));
      case "csi":
        return Optional.of(new PodModel.CsiVolume(s.string("driver"), s.optBool("readOnly"),
            s.optString("fsType"), entries(s.nested("volumeAttributes")),
            s.optString("nodePublishSecretRef")));
      case "ephemeral":
        return ephemeral(s, name);
      case "image":
        Optional<PullPolicy> pull = choice(s, "pullPolicy", PullPolicy.values(), PullPolicy::value);
        return s.has("pullPolicy") && pull.isEmpty() ? Optional.empty()
            : Optional.of(new PodModel.ImageVolume(s.string("reference"), pull));
      default:
        List<PodModel.ProjectionModel> sources = new ArrayList<>();
        for (Values p : v.nested(kind)) {
          projection(p, name).ifPresent(sources::add);
        }
        return sources.size() == v.nested(kind).size()
            ? Optional.of(new PodModel.ProjectedVolume(sources))
            : Optional.empty();
    }
  }

  /** Reads a generic ephemeral volume: its storage quantity and access modes are checked. */
  private Optional<PodModel.VolumeSource> ephemeral(Values e, String volume) {
    boolean ok = quantity(e, "storage", e.string("storage"), "storage of ephemeral volume '"
        + volume + "'");
    List<AccessMode> modes = accessModes(e);
    return ok && modes.size() == e.strings("accessModes").size()
        ? Optional.of(new PodModel.EphemeralVolume(e.string("storage"),
            e.optString("storageClassName"), modes))
        : Optional.empty();
  }

  /** The access modes of a claim, each unsupported one reported and left out. */
  private List<AccessMode> accessModes(Values c) {
    List<AccessMode> modes = new ArrayList<>();
    for (String mode : c.strings("accessModes")) {
      Optional<AccessMode> m = java.util.Arrays.stream(AccessMode.values())
          .filter(a -> a.value().equals(mode)).findFirst();
      if (m.isEmpty()) {
        diagnostics.error(c.loc("accessModes"), "PodwrightUnsupportedValue",
            "accessModes \"" + mode + "\" is not supported",
            "use one of \"ReadWriteOnce\", \"ReadOnlyMany\", \"ReadWriteMany\", "
                + "\"ReadWriteOncePod\"");
      }
      m.ifPresent(modes::add);
    }
    return modes;
  }

  private Optional<PodModel.ProjectionModel> projection(Values p, String volume) {
    List<String> set = new ArrayList<>();
    for (String s : List.of("serviceAccountToken", "configMap", "secret", "downwardAPI")) {
      boolean written = s.equals("configMap") || s.equals("secret")
          ? p.has(s) : !p.nested(s).isEmpty();
      if (written) {
        set.add(s);
      }
    }
    if (set.size() != 1 || (set.get(0).equals("serviceAccountToken")
        && p.nested("serviceAccountToken").size() > 1)) {
      diagnostics.error(p.loc(), "PodwrightVolumeSource",
          "a projection of volume '" + volume + "' needs exactly one source, found "
              + (set.isEmpty() ? "none" : String.join(" and ", set)),
          "set one of serviceAccountToken, configMap, secret and downwardAPI");
      return Optional.empty();
    }
    switch (set.get(0)) {
      case "serviceAccountToken":
        Values t = p.nested("serviceAccountToken").get(0);
        return Optional.of(new PodModel.TokenProjection(t.string("path"), t.string("audience"),
            t.longValue("expirationSeconds")));
      case "configMap":
        return Optional.of(new PodModel.ConfigMapProjection(p.string("configMap")));
      case "secret":
        return Optional.of(new PodModel.SecretProjection(p.string("secret")));
      default:
        return Optional.of(new PodModel.DownwardApiProjection(files(p.nested("downwardAPI"))));
    }
  }

  private static List<Entry> files(List<Values> files) {
    List<Entry> out = new ArrayList<>();
    for (Values f : files) {
      out.add(new Entry(f.string("path"), f.string("fieldPath")));
    }
    return out;
  }

  private Optional<Values> atMostOne(Values v, String field, String container) {
    List<Values> all = v.nested(field);
    if (all.size() > 1) {
      diagnostics.error(v.loc(field), "PodwrightTooMany",
          "container '" + container + "' declares " + all.size() + " values for " + field
              + ", but it takes at most one", "keep one");
      return Optional.empty();
    }
    return all.stream().findFirst();
  }

  /** Maps a written string to a DSL enum by its YAML value, reporting an unsupported one. */
  private <E extends Enum<E>> Optional<E> choice(
      Values v, String field, E[] constants, Function<E, String> yaml) {
    if (!v.has(field)) {
      return Optional.empty();
    }
    String written = v.string(field);
    List<String> supported = new ArrayList<>();
    for (E e : constants) {
      if (yaml.apply(e).equals(written)) {
        return Optional.of(e);
      }
      supported.add("\"" + yaml.apply(e) + "\"");
    }
    diagnostics.error(v.loc(field), "PodwrightUnsupportedValue",
        field + " \"" + written + "\" is not supported",
        "use one of " + String.join(", ", supported));
    return Optional.empty();
  }

  private static List<Entry> entries(List<Values> list) {
    List<Entry> out = new ArrayList<>();
    for (Values v : list) {
      out.add(new Entry(v.string("key"), v.string("value")));
    }
    return out;
  }

  /** The values of the Podwright annotation {@code simpleName} on {@code element}, if any. */
  private Optional<Values> values(Element element, String simpleName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement t = (TypeElement) m.getAnnotationType().asElement();
      if (t.getSimpleName().contentEquals(simpleName)
          && bothSpellings(simpleName).contains(t.getQualifiedName().toString())) {
        return Optional.of(new Values(schemas, element, m));
      }
    }
    return Optional.empty();
  }

  private static Role roleOf(Values v) {
    String simple = v.mirror().getAnnotationType().asElement().getSimpleName().toString();
    for (Role r : Role.values()) {
      if (r.annotation.equals(simple)) {
        return r;
      }
    }
    throw new IllegalStateException("not a role: " + simple);
  }

  /** {@code istioProxy} and {@code ISTIO_PROXY} become {@code istio-proxy}. */
  static String kebab(String member) {
    StringBuilder sb = new StringBuilder();
    boolean upperSnake = member.equals(member.toUpperCase(java.util.Locale.ROOT));
    for (int i = 0; i < member.length(); i++) {
      char ch = member.charAt(i);
      if (ch == '_' || ch == '$') {
        sb.append('-');
      } else if (!upperSnake && Character.isUpperCase(ch) && i > 0) {
        char prev = member.charAt(i - 1);
        boolean nextLower = i + 1 < member.length()
            && Character.isLowerCase(member.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(ch));
      } else {
        sb.append(Character.toLowerCase(ch));
      }
    }
    return sb.toString();
  }

  /** {@code SleepPod} gives {@code SleepPodSpec}, {@code Outer.Inner} {@code Outer_InnerSpec}. */
  private static String generatedName(TypeElement type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    Element e = type.getEnclosingElement();
    while (e instanceof TypeElement) {
      sb.insert(0, e.getSimpleName() + "_");
      e = e.getEnclosingElement();
    }
    return sb.append("Spec").toString();
  }

  private static String kindName(TypeElement type) {
    return type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
  // Workload-level values (issue 11): pod failure policies, claim templates, update strategies

  /** Reads {@code podFailurePolicy} of a job or cron job annotation, recording its locations. */
  private Optional<PodModel.FailurePolicyModel> failurePolicy(Values j, String path) {
    List<Values> all = j.nested("podFailurePolicy");
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (all.size() > 1) {
      diagnostics.error(j.loc("podFailurePolicy"), "PodwrightTooMany",
          "a job has one podFailurePolicy, found " + all.size(), "keep one @PodFailurePolicy");
      return Optional.empty();
    }
    Values policy = all.get(0);
    boolean scoped = policy.has("ignoreSidecarExits") && policy.bool("ignoreSidecarExits");
    locations.put(path, policy.loc());
    List<PodModel.FailureRuleModel> rules = new ArrayList<>();
    boolean complete = true;
    for (Values r : policy.nested("rules")) {
      String at = path + ".rules[" + rules.size() + "]";
      Optional<PodModel.FailureRuleModel> rule = failureRule(r);
      if (rule.isEmpty()) {
        complete = false;
        continue;
      }
      if (!scoped) { // scoping renumbers the rules: errors then land on the policy
        locate(at, r, "action");
        locations.put(at + ".onExitCodes", r.loc("exitCodes"));
        locations.put(at + ".onExitCodes.containerName", r.loc("container"));
        locations.put(at + ".onExitCodes.operator", r.loc("operator"));
        locations.put(at + ".onPodConditions", r.loc("podConditions"));
      }
      rules.add(rule.get());
    }
    return complete ? Optional.of(new PodModel.FailurePolicyModel(rules, scoped))
        : Optional.empty();
  }

  private Optional<PodModel.FailureRuleModel> failureRule(Values r) {
    Optional<PodFailureAction> action =
        choice(r, "action", PodFailureAction.values(), PodFailureAction::value);
    Optional<ExitCodeOperator> operator =
        choice(r, "operator", ExitCodeOperator.values(), ExitCodeOperator::value);
    List<Integer> codes = r.ints("exitCodes");
    List<String> conditions = r.strings("podConditions");
    boolean onCodes = r.has("exitCodes") || r.has("operator") || r.has("container");
    boolean onConditions = r.has("podConditions");
    if (onCodes == onConditions) {
      diagnostics.error(onCodes ? r.loc("podConditions") : r.loc(), "PodwrightPodFailureRule",
          "a pod failure rule matches either exit codes or pod conditions, "
              + (onCodes ? "not both" : "but this one sets neither"),
          "set exitCodes with operator (and optionally container), or podConditions");
      return Optional.empty();
    }
    if (onCodes && !r.has("operator")) {
      diagnostics.error(r.loc(), "PodwrightPodFailureRule",
          "a pod failure rule on exit codes needs an operator",
          "add operator = \"In\" or operator = \"NotIn\"");
      return Optional.empty();
    }
    if (action.isEmpty() || (onCodes && operator.isEmpty())) {
      return Optional.empty(); // reported by choice(..)
    }
    return Optional.of(new PodModel.FailureRuleModel(action.get(), r.optString("container"),
        operator, codes, conditions));
  }

  /** Reads {@code persistentVolumeClaimRetentionPolicy} of {@code @StatefulSetSpec}. */
  private Optional<PodModel.RetentionModel> retention(Values w, String what) {
    String path = "workload/spec.persistentVolumeClaimRetentionPolicy";
    List<Values> all = w.nested("persistentVolumeClaimRetentionPolicy");
    locations.put(path, w.loc("persistentVolumeClaimRetentionPolicy"));
    if (all.size() > 1) {
      diagnostics.error(w.loc("persistentVolumeClaimRetentionPolicy"), "PodwrightTooMany",
          what + " has one persistentVolumeClaimRetentionPolicy, found " + all.size(),
          "keep one @ClaimRetention");
      return Optional.empty();
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Values r = all.get(0);
    locations.put(path + ".whenDeleted", r.loc("whenDeleted"));
    locations.put(path + ".whenScaled", r.loc("whenScaled"));
    Optional<ClaimRetention> deleted = retentionValue(r, "whenDeleted");
    Optional<ClaimRetention> scaled = retentionValue(r, "whenScaled");
    return deleted.isPresent() && scaled.isPresent()
        ? Optional.of(new PodModel.RetentionModel(deleted.get(), scaled.get()))
        : Optional.empty();
  }

  /** A retention choice as written, or its default {@code Retain}. */
  private Optional<ClaimRetention> retentionValue(Values r, String field) {
    return r.has(field) ? choice(r, field, ClaimRetention.values(), ClaimRetention::value)
        : Optional.of(ClaimRetention.RETAIN);
  }

  /** Reads {@code volumeClaimTemplates} of {@code @StatefulSetSpec}. */
  private List<PodModel.ClaimModel> claims(Values w) {
    List<PodModel.ClaimModel> claims = new ArrayList<>();
    for (Values c : w.nested("volumeClaimTemplates")) {
      String at = "workload/spec.volumeClaimTemplates[" + claims.size() + "]";
      String name = c.string("name");
      boolean ok = quantity(c, "storage", c.string("storage"), "storage of claim '" + name + "'");
      List<AccessMode> modes = accessModes(c);
      ok &= modes.size() == c.strings("accessModes").size();
      if (!ok) {
        brokenClaims.add(name);
      } else {
        locations.put(at, c.loc());
        locations.put(at + ".metadata.name", c.loc("name"));
        locations.put(at + ".spec", c.loc());
        claims.add(new PodModel.ClaimModel(name, c.string("storage"), modes,
            c.optString("storageClassName")));
      }
    }
    return claims;
  }

  /**
   * Makes a stateful set's claim names mountable like volumes; a claim named like a volume of
   * the template is reported, since the controller would replace that volume.
   */
  private void claimNames(Optional<PodModel.WorkloadModel> workload, Set<String> declared,
      Set<String> usable) {
    declared.addAll(brokenClaims);
    if (workload.isEmpty() || !(workload.get() instanceof PodModel.StatefulSetModel)) {
      return;
    }
    List<PodModel.ClaimModel> claims = ((PodModel.StatefulSetModel) workload.get()).claims();
    for (int i = 0; i < claims.size(); i++) {
      String name = claims.get(i).name();
      if (!declared.add(name)) {
        diagnostics.error(
            locations.get("workload/spec.volumeClaimTemplates[" + i + "].metadata.name"),
            "PodwrightDuplicateName", "claim template '" + name + "' has the name of a volume "
                + "of the pod template, which the stateful set controller would replace",
            "rename the claim template or the volume");
        continue;
      }
      usable.add(name);
    }
  }

  /**
   * Reads {@code updateStrategy} with its bounds: {@code partition} and {@code maxUnavailable}
   * of a stateful set, or {@code maxUnavailable} and {@code maxSurge} (both or neither) of a
   * daemon set, given as {@code second}.
   */
  private Optional<PodModel.UpdateModel> update(Values w, String what, String second) {
    for (String field : List.of("updateStrategy", second, "maxUnavailable")) {
      locations.put("workload/spec.updateStrategy" + (field.equals("updateStrategy") ? ""
          : ".rollingUpdate." + field), w.loc(field));
    }
    String type = w.string("updateStrategy");
    boolean bounds = w.has(second) || w.has("maxUnavailable");
    if (!type.isEmpty() && !type.equals("RollingUpdate") && !type.equals("OnDelete")) {
      diagnostics.error(w.loc("updateStrategy"), "PodwrightUnsupportedValue",
          "updateStrategy \"" + type + "\" is not supported",
          "use one of \"RollingUpdate\", \"OnDelete\"");
      return Optional.empty();
    }
    if (type.equals("OnDelete") && bounds) {
      diagnostics.error(w.loc(w.has(second) ? second : "maxUnavailable"), "PodwrightStrategy",
          what + " uses the OnDelete update strategy, which takes no " + second
              + " or maxUnavailable", "drop them, or use updateStrategy = \"RollingUpdate\"");
      return Optional.empty();
    }
    boolean daemonSet = second.equals("maxSurge");
    if (daemonSet && bounds && !(w.has("maxSurge") && w.has("maxUnavailable"))) {
      diagnostics.error(w.loc(w.has("maxSurge") ? "maxSurge" : "maxUnavailable"),
          "PodwrightStrategy", "the rolling update of " + what
              + " must set both maxSurge and maxUnavailable",
          "set both, e.g. maxSurge = \"1\", maxUnavailable = \"0\", or drop them");
      return Optional.empty();
    }
    if (type.isEmpty() && !bounds) {
      return Optional.empty();
    }
    return Optional.of(new PodModel.UpdateModel(type.equals("OnDelete"),
        daemonSet ? Optional.empty() : w.optInt("partition"), w.optString("maxUnavailable"),
        daemonSet ? w.optString("maxSurge") : Optional.empty()));
  }

  /** Records where the element at {@code at} was written, and each of its fields named alike. */
  private void locate(String at, Values value, String... fields) {
    locations.put(at, value.loc());
    for (String field : fields) {
      locations.put(at + "." + field, value.loc(field));
    }
  }
}
