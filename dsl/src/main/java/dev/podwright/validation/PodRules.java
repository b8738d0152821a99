package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a pod in the order of the API server's {@code ValidatePodCreate}: metadata, pod-specific
 * annotations, {@code ValidatePodSpec}, then the Pod-only checks. {@link #spec} is the entry point
 * for pod templates too.
 */
final class PodRules {
  private static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
  private static final String MIRROR = "kubernetes.io/config.mirror";
  private static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
  private static final String APPARMOR = "container.apparmor.security.beta.kubernetes.io/";

  private final Errors errors;
  private final Profile profile;

  /** Rules for the profile the errors were collected for ({@link Profile#defaults()} if none). */
  PodRules(Errors errors) {
    this(errors, errors.profile());
  }

  PodRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void pod(Pod pod) {
    new UnknownFields(errors).pod(pod);
    new MetaRules(errors, profile).objectMeta(pod.metadata(), FieldPath.root("metadata"));
    podAnnotations(pod.metadata().annotations(), pod.spec(),
        FieldPath.root("metadata").child("annotations"));
    spec(pod.spec(), FieldPath.root("spec"), true);
    seccompAnnotationsMatchFields(pod.metadata().annotations(), pod.spec(),
        FieldPath.root("spec"));
  }

  /**
   * {@code validateSeccompAnnotationsAndFields}, which {@code ValidatePodCreate} and
   * {@code ValidatePodTemplateSpec} run after the pod spec: where both the deprecated seccomp
   * annotation and the {@code seccompProfile} field are set, for the pod or for a container
   * (init containers first, as {@code VisitContainersWithPath} walks them), they must agree.
   */
  void seccompAnnotationsMatchFields(Map<String, String> annotations, PodSpec spec,
      FieldPath specPath) {
    spec.securityContext().flatMap(PodSecurityContext::seccompProfile).ifPresent(field -> {
      if (annotations.containsKey(SECCOMP_POD)) {
        seccompMatch(annotations.get(SECCOMP_POD), field,
            specPath.child("securityContext").child("seccompProfile"));
      }
    });
    seccompMatchContainers(annotations, spec.initContainers(), specPath.child("initContainers"));
    seccompMatchContainers(annotations, spec.containers(), specPath.child("containers"));
  }

  private void seccompMatchContainers(Map<String, String> annotations, List<Container> containers,
      FieldPath path) {
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      String annotation = annotations.get(SECCOMP_CONTAINER + c.name());
      java.util.Optional<SeccompProfile> field = c.securityContext()
          .flatMap(dev.podwright.model.SecurityContext::seccompProfile);
      if (annotation != null && field.isPresent()) {
        seccompMatch(annotation, field.get(),
            path.index(i).child("securityContext").child("seccompProfile"));
      }
    }
  }

  /** {@code validateSeccompAnnotationsAndFieldsMatch}. */
  private void seccompMatch(String annotation, SeccompProfile field, FieldPath path) {
    String typeMismatch = "seccomp type in annotation and field must match";
    switch (field.type()) {
      case "Unconfined":
        if (!annotation.equals("unconfined")) {
          errors.add(FieldError.forbidden(path.child("type"), typeMismatch));
        }
        break;
      case "RuntimeDefault":
        if (!annotation.equals("runtime/default") && !annotation.equals("docker/default")) {
          errors.add(FieldError.forbidden(path.child("type"), typeMismatch));
        }
        break;
      case "Localhost":
        if (!annotation.startsWith("localhost/")) {
          errors.add(FieldError.forbidden(path.child("type"), typeMismatch));
        } else if (!field.localhostProfile()
            .equals(java.util.Optional.of(annotation.substring("localhost/".length())))) {
          errors.add(FieldError.forbidden(path.child("localhostProfile"),
              "seccomp profile in annotation and field must match"));
        }
        break;
      default:
        break;
    }
  }

  /** {@code ValidatePodSpecificAnnotations}; also used for pod template annotations. */
  void podAnnotations(Map<String, String> annotations, PodSpec spec, FieldPath path) {
    if (annotations.containsKey(MIRROR)
        && unknownString(Trees.fields(spec), "nodeName").isEmpty()) {
      errors.add(FieldError.invalid(path.key(MIRROR), annotations.get(MIRROR),
          "must set spec.nodeName if mirror pod annotation is set"));
    }
    if (annotations.containsKey(DELETION_COST)) {
      if (!validDeletionCost(annotations.get(DELETION_COST))) {
        errors.add(FieldError.invalid(path.key(DELETION_COST), annotations.get(DELETION_COST),
            "must be a 32bit integer"));
      }
    }
    if (annotations.containsKey(SECCOMP_POD)) {
      seccompAnnotation(annotations.get(SECCOMP_POD), path.child(SECCOMP_POD));
    }
    annotations.forEach((k, v) -> {
      if (k.startsWith(SECCOMP_CONTAINER)) {
        seccompAnnotation(v, path.child(k));
      }
    });
    annotations.forEach((k, v) -> {
      if (!k.startsWith(APPARMOR)) {
        return;
      }
      String container = k.substring(APPARMOR.length());
      boolean found = spec.containers().stream().anyMatch(c -> c.name().equals(container))
          || spec.initContainers().stream().anyMatch(c -> c.name().equals(container));
      if (!found) {
        errors.add(FieldError.invalid(path.key(k), container, "container not found"));
      }
      if (!v.isEmpty() && !v.equals("runtime/default") && !v.equals("unconfined")
          && !v.startsWith("localhost/")) {
        errors.add(FieldError.invalid(path.key(k), v,
            "invalid AppArmor profile name: " + GoValues.quote(v)));
      }
    });
  }

  /** {@code GetDeletionCostFromPodAnnotations}: a canonical decimal int32. */
  private static boolean validDeletionCost(String value) {
    if (value.isEmpty() || !(value.charAt(0) == '-' || value.equals("0")
        || value.charAt(0) >= '1' && value.charAt(0) <= '9')) {
      return false;
    }
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void seccompAnnotation(String profileName, FieldPath path) {
    if (profileName.equals("runtime/default") || profileName.equals("docker/default")
        || profileName.equals("unconfined")) {
      return;
    }
    if (profileName.startsWith("localhost/")) {
      List<FieldError> found = new ArrayList<>();
      VolumeRules.localDescendingPath(profileName.substring("localhost/".length()), path, found);
      found.forEach(errors::add);
      return;
    }
    errors.add(FieldError.invalid(path, profileName, "must be a valid seccomp profile"));
  }

  /**
   * Checks a pod spec at {@code path}: {@code spec} for a pod, {@code spec.template.spec} for a
   * workload. The server's defaults are applied first, and fields the profile's server would drop
   * are dropped with a warning. Pod-only checks run only when {@code isPod}.
   */
  void spec(PodSpec original, FieldPath path, boolean isPod) {
    PodSpec spec = new FieldDrops(errors, profile).apply(Defaults.spec(original, isPod), path);
    if (spec.terminationGracePeriodSeconds().isEmpty()) {
      errors.add(FieldError.required(path.child("terminationGracePeriodSeconds"), ""));
    }
    Set<String> volumes = new VolumeRules(errors).volumes(spec.volumes(), path.child("volumes"));
    ContainerRules containers = new ContainerRules(errors, profile, volumes,
        spec.terminationGracePeriodSeconds());
    containers.containers(spec.containers(), path.child("containers"));
    containers.initContainers(spec.initContainers(), spec.containers(),
        path.child("initContainers"));
    hostNetworkDeps(spec, path, isPod);
    restartPolicy(spec.restartPolicy().orElse(""), path.child("restartPolicy"));
    dnsPolicy(spec.dnsPolicy().orElse(""), path.child("dnsPolicy"));
    new MetaRules(errors).labels(spec.nodeSelector(), path.child("nodeSelector"));
    spec.securityContext().ifPresent(sc -> podSecurityContext(sc, spec,
        path.child("securityContext")));
    SchedulingRules scheduling = new SchedulingRules(errors);
    scheduling.affinity(Trees.fields(spec).get("affinity"), path.child("affinity"));
    dnsConfig(Trees.fields(spec).get("dnsConfig"), spec.dnsPolicy().orElse(""),
        path.child("dnsConfig"));
    scheduling.topologySpreadConstraints(Trees.fields(spec).get("topologySpreadConstraints"),
        path.child("topologySpreadConstraints"));
    spec.serviceAccountName().filter(n -> !n.isEmpty()).ifPresent(n ->
        errors.invalidAll(path.child("serviceAccountName"), n,
            Formats.nameIsDnsSubdomain(n, false)));
    Map<String, Object> unmodelled = Trees.fields(spec);
    unknownString(unmodelled, "nodeName").ifPresent(n ->
        errors.invalidAll(path.child("nodeName"), n, Formats.nameIsDnsSubdomain(n, false)));
    spec.activeDeadlineSeconds().filter(v -> v < 1 || v > Integer.MAX_VALUE).ifPresent(v ->
        errors.add(FieldError.invalid(path.child("activeDeadlineSeconds"), v,
            Formats.inclusiveRangeError(1, Integer.MAX_VALUE))));
    unknownString(unmodelled, "hostname").ifPresent(n ->
        errors.invalidAll(path.child("hostname"), n, Formats.dns1123Label(n)));
    unknownString(unmodelled, "subdomain").ifPresent(n ->
        errors.invalidAll(path.child("subdomain"), n, Formats.dns1123Label(n)));
    tolerations(spec.tolerations(), path.child("tolerations"));
    hostAliases(unmodelled.get("hostAliases"), path.child("hostAliases"));
    spec.priorityClassName().filter(n -> !n.isEmpty()).ifPresent(n ->
        errors.invalidAll(path.child("priorityClassName"), n,
            Formats.nameIsDnsSubdomain(n, false)));
    if (unmodelled.get("runtimeClassName") instanceof String) {
      String n = (String) unmodelled.get("runtimeClassName");
      errors.invalidAll(path.child("runtimeClassName"), n, Formats.nameIsDnsSubdomain(n, false));
    }
    if (unmodelled.get("preemptionPolicy") instanceof String) {
      String policy = (String) unmodelled.get("preemptionPolicy");
      if (policy.isEmpty()) {
        errors.add(FieldError.required(path.child("preemptionPolicy"), ""));
      } else if (!policy.equals("PreemptLowerPriority") && !policy.equals("Never")) {
        errors.add(FieldError.notSupported(path.child("preemptionPolicy"), policy,
            "PreemptLowerPriority", "Never"));
      }
    }
    if (!spec.overhead().isEmpty()) {
      new ResourceRules(errors).overhead(spec.overhead(), path.child("overhead"));
    }
    if (isPod) {
      podOnly(spec, path);
    }
  }

  /** A non-empty string kept in the unknown fields, i.e. a field this model does not cover. */
  private static java.util.Optional<String> unknownString(Map<String, Object> fields, String key) {
    Object value = fields.get(key);
    return value instanceof String && !((String) value).isEmpty()
        ? java.util.Optional.of((String) value) : java.util.Optional.empty();
  }

  /** The checks of {@code validatePodMetadataAndSpec} that pod templates do not get. */
  private void podOnly(PodSpec spec, FieldPath path) {
    // validatePodMetadataAndSpec forbids projected service account tokens when
    // serviceAccountName is empty, but the ServiceAccount admission plugin always names one first
    // (see Defaults.spec), so on a real server that check cannot fire.
    imageWhitespace(spec.containers(), path.child("containers"));
    imageWhitespace(spec.initContainers(), path.child("initContainers"));
    Object ephemeral = Trees.fields(spec).get("ephemeralContainers");
    if (ephemeral instanceof List && !((List<?>) ephemeral).isEmpty()) {
      errors.add(FieldError.forbidden(path.child("ephemeralContainers"),
          "cannot be set on create"));
    }
    Object gates = Trees.fields(spec).get("schedulingGates");
    if (unknownString(Trees.fields(spec), "nodeName").isPresent() && gates instanceof List
        && !((List<?>) gates).isEmpty()) {
      errors.add(FieldError.forbidden(path.child("nodeName"),
          "cannot be set until all schedulingGates have been cleared"));
    }
    if (!spec.overhead().isEmpty()) {
      // The RuntimeClass admission plugin rejects this before validation even runs.
      errors.add(FieldError.forbidden(path.child("overhead"), "pod rejected: Pod Overhead set "
          + "without corresponding RuntimeClass defined Overhead"));
    }
  }

  private void imageWhitespace(List<Container> containers, FieldPath path) {
    for (int i = 0; i < containers.size(); i++) {
      String image = containers.get(i).image();
      if (!image.equals(image.strip())) {
        errors.add(FieldError.invalid(path.index(i).child("image"), image,
            "must not have leading or trailing whitespace"));
      }
    }
  }

  /** {@code validatePodHostNetworkDeps}: with hostNetwork, hostPort must equal containerPort. */
  private void hostNetworkDeps(PodSpec spec, FieldPath path, boolean isPod) {
    if (!spec.hostNetwork().orElse(false)) {
      return;
    }
    FieldPath containers = path.child("containers");
    for (int i = 0; i < spec.containers().size(); i++) {
      var ports = spec.containers().get(i).ports();
      for (int j = 0; j < ports.size(); j++) {
        int hostPort = ports.get(j).hostPort().orElse(0);
        int containerPort = ports.get(j).containerPort();
        if ((isPod || hostPort != 0) && hostPort != containerPort) {
          errors.add(FieldError.invalid(containers.index(i).child("ports").index(j)
              .child("hostPort"), hostPort,
              "must match `containerPort` when `hostNetwork` is true"));
        }
      }
    }
  }

  private void restartPolicy(String policy, FieldPath path) {
    if (policy.isEmpty()) {
      errors.add(FieldError.required(path, ""));
    } else if (!List.of("Always", "OnFailure", "Never").contains(policy)) {
      errors.add(FieldError.notSupported(path, policy, "Always", "OnFailure", "Never"));
    }
  }

  private void dnsPolicy(String policy, FieldPath path) {
    if (policy.isEmpty()) {
      errors.add(FieldError.required(path, ""));
    } else if (!List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None")
        .contains(policy)) {
      errors.add(FieldError.notSupported(path, policy, "ClusterFirstWithHostNet", "ClusterFirst",
          "Default", "None"));
    }
  }

  /**
   * {@code validatePodDNSConfig}: {@code dnsPolicy: None} needs a nameserver; at most 3
   * nameservers, 32 search domains (DNS subdomains, a trailing dot allowed) of 2048 characters in
   * all, and named options. The nameservers' IP syntax is not checked here.
   */
  private void dnsConfig(Object config, String dnsPolicy, FieldPath path) {
    boolean present = config != null && config != dev.podwright.model.Extensible.NULL;
    Map<?, ?> fields = config instanceof Map ? (Map<?, ?>) config : Map.of();
    List<?> nameservers = listField(fields, "nameservers");
    if (dnsPolicy.equals("None")) {
      if (!present) {
        errors.add(FieldError.required(path, "must provide `dnsConfig` when `dnsPolicy` is None"));
        return;
      }
      if (nameservers.isEmpty()) {
        errors.add(FieldError.required(path.child("nameservers"),
            "must provide at least one DNS nameserver when `dnsPolicy` is None"));
        return;
      }
    }
    if (!present) {
      return;
    }
    if (nameservers.size() > 3) {
      errors.add(FieldError.invalid(path.child("nameservers"), GoValues.bare(goStrings(nameservers)),
          "must not have more than 3 nameservers"));
    }
    List<?> searches = listField(fields, "searches");
    if (searches.size() > 32) {
      errors.add(FieldError.invalid(path.child("searches"), GoValues.bare(goStrings(searches)),
          "must not have more than 32 search paths"));
    }
    int chars = Math.max(0, searches.size() - 1);
    for (Object search : searches) {
      chars += String.valueOf(search).length();
    }
    if (chars > 2048) {
      errors.add(FieldError.invalid(path.child("searches"), GoValues.bare(goStrings(searches)),
          "must not have more than 2048 characters (including spaces) in the search list"));
    }
    for (int i = 0; i < searches.size(); i++) {
      String search = String.valueOf(searches.get(i));
      String trimmed = search.endsWith(".") ? search.substring(0, search.length() - 1) : search;
      errors.invalidAll(path.child("searches").index(i), trimmed,
          Formats.dns1123Subdomain(trimmed));
    }
    List<?> options = listField(fields, "options");
    for (int i = 0; i < options.size(); i++) {
      Object name = options.get(i) instanceof Map ? ((Map<?, ?>) options.get(i)).get("name") : null;
      if (!(name instanceof String) || ((String) name).isEmpty()) {
        errors.add(FieldError.required(path.child("options").index(i), "must not be empty"));
      }
    }
  }

  private static List<?> listField(Map<?, ?> fields, String key) {
    Object value = fields.get(key);
    return value instanceof List ? (List<?>) value : List.of();
  }

  /** Go's {@code %#v} of a {@code []string}. */
  private static String goStrings(List<?> values) {
    StringBuilder out = new StringBuilder("[]string{");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(GoValues.quote(String.valueOf(values.get(i))));
    }
    return out.append('}').toString();
  }

  /**
   * {@code validatePodSpecSecurityContext}. The v1 {@code spec.shareProcessNamespace} and
   * {@code spec.hostPID} live in the internal security context, hence the error path.
   */
  private void podSecurityContext(PodSecurityContext sc, PodSpec spec, FieldPath path) {
    sc.fsGroup().ifPresent(g -> errors.invalidAll(path.child("fsGroup"), g, Formats.unixId(g)));
    sc.runAsUser().ifPresent(u ->
        errors.invalidAll(path.child("runAsUser"), u, Formats.unixId(u)));
    sc.runAsGroup().ifPresent(g ->
        errors.invalidAll(path.child("runAsGroup"), g, Formats.unixId(g)));
    Object groups = Trees.fields(sc).get("supplementalGroups");
    if (groups instanceof List) {
      List<?> list = (List<?>) groups;
      for (int g = 0; g < list.size(); g++) {
        if (list.get(g) instanceof Number) {
          long gid = ((Number) list.get(g)).longValue();
          errors.invalidAll(path.child("supplementalGroups").index(g), gid, Formats.unixId(gid));
        }
      }
    }
    if (spec.shareProcessNamespace().orElse(false)
        && Boolean.TRUE.equals(Trees.fields(spec).get("hostPID"))) {
      errors.add(FieldError.invalid(path.child("shareProcessNamespace"), true,
          "ShareProcessNamespace and HostPID cannot both be enabled"));
    }
    Object policy = Trees.fields(sc).get("fsGroupChangePolicy");
    if (policy instanceof String && !policy.equals("OnRootMismatch") && !policy.equals("Always")) {
      errors.add(FieldError.notSupported(path.child("fsGroupChangePolicy"), policy, "Always",
          "OnRootMismatch"));
    }
    sc.seccompProfile().ifPresent(sp -> seccompProfile(errors, sp, path.child("seccompProfile")));
  }

  /** {@code validateSeccompProfileField}, for pods and containers. */
  static void seccompProfile(Errors errors, SeccompProfile sp, FieldPath path) {
    String type = sp.type();
    if (type.isEmpty()) {
      errors.add(FieldError.required(path.child("type"),
          "type is required when seccompProfile is set"));
    } else if (!List.of("Localhost", "RuntimeDefault", "Unconfined").contains(type)) {
      errors.add(FieldError.notSupported(path.child("type"), type, "Localhost", "RuntimeDefault",
          "Unconfined"));
    }
    if (type.equals("Localhost")) {
      if (sp.localhostProfile().isEmpty()) {
        errors.add(FieldError.required(path.child("localhostProfile"),
            "must be set when seccomp type is Localhost"));
      } else {
        List<FieldError> found = new ArrayList<>();
        VolumeRules.localDescendingPath(sp.localhostProfile().get(),
            path.child("localhostProfile"), found);
        found.forEach(errors::add);
      }
    } else if (sp.localhostProfile().isPresent()) {
      errors.add(FieldError.invalid(path.child("localhostProfile"),
          GoValues.bare("core.SeccompProfile{Type:" + GoValues.quote(type) + ", ...}"),
          "can only be set when seccomp type is Localhost"));
    }
  }

  /**
   * {@code ValidateHostAliases}, hostnames only: each must be a DNS subdomain. The IP check
   * ({@code IsValidIPForLegacyField}) is not reproduced.
   */
  private void hostAliases(Object aliases, FieldPath path) {
    if (!(aliases instanceof List)) {
      return;
    }
    List<?> list = (List<?>) aliases;
    for (int i = 0; i < list.size(); i++) {
      Object names = list.get(i) instanceof Map ? ((Map<?, ?>) list.get(i)).get("hostnames") : null;
      if (!(names instanceof List)) {
        continue;
      }
      List<?> hostnames = (List<?>) names;
      for (int j = 0; j < hostnames.size(); j++) {
        String hostname = String.valueOf(hostnames.get(j));
        errors.invalidAll(path.index(i).child("hostnames").index(j), hostname,
            Formats.dns1123Subdomain(hostname));
      }
    }
  }

  /** {@code ValidateTolerations}. */
  private void tolerations(List<Toleration> tolerations, FieldPath path) {
    for (int i = 0; i < tolerations.size(); i++) {
      Toleration t = tolerations.get(i);
      FieldPath idx = path.index(i);
      String key = t.key().orElse("");
      String operator = t.operator().orElse("");
      String value = t.value().orElse("");
      String effect = t.effect().orElse("");
      if (!key.isEmpty()) {
        errors.invalidAll(idx.child("key"), key, Formats.qualifiedName(key));
      }
      if (key.isEmpty() && !operator.equals("Exists")) {
        errors.add(FieldError.invalid(idx.child("operator"), operator, "operator must be Exists "
            + "when `key` is empty, which means \"match all values and all keys\""));
      }
      if (t.tolerationSeconds().isPresent() && !effect.equals("NoExecute")) {
        errors.add(FieldError.invalid(idx.child("effect"), effect,
            "effect must be 'NoExecute' when `tolerationSeconds` is set"));
      }
      if (operator.isEmpty() || operator.equals("Equal")) {
        List<String> messages = Formats.labelValue(value);
        if (!messages.isEmpty()) {
          errors.add(FieldError.invalid(idx.child("operator"), value, String.join(";", messages)));
        }
      } else if (operator.equals("Exists")) {
        if (!value.isEmpty()) {
          errors.add(FieldError.invalid(idx.child("operator"), value,
              "value must be empty when `operator` is 'Exists'"));
        }
      } else {
        errors.add(FieldError.notSupported(idx.child("operator"), operator, "Equal", "Exists"));
      }
      if (!effect.isEmpty() && !List.of("NoSchedule", "PreferNoSchedule", "NoExecute")
          .contains(effect)) {
        errors.add(FieldError.notSupported(idx.child("effect"), effect, "NoSchedule",
            "PreferNoSchedule", "NoExecute"));
      }
    }
  }
}
