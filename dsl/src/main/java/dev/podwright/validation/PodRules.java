package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodOS;
import dev.podwright.model.PodReadinessGate;
import dev.podwright.model.PodSchedulingGate;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Toleration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Walks a pod in the order of the API server's {@code ValidatePodCreate}: metadata, pod-specific
 * annotations, {@code ValidatePodSpec}, then the Pod-only checks. {@link #spec} is the entry point
 * for pod templates too.
 */
final class PodRules {
  private static final int HOSTNAME_OVERRIDE_MAX = 64;
  /** {@code content.IsDecimalInteger}: "0", or an optional '-' and digits without a leading 0. */
  private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]*");

  private final Errors errors;
  private final Profile profile;
  /** Whether the Pod being checked carries the mirror-pod annotation (a static pod). */
  private boolean mirrorPod;

  /** Rules for the profile the errors were collected for ({@link Profile#defaults()} if none). */
  PodRules(Errors errors) {
    this(errors, errors.profile());
  }

  PodRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** Checks a Pod on create; returns false if admission refused it, so nothing else applies. */
  boolean pod(Pod pod) {
    if (admissionRefuses(pod.spec())) {
      return false;
    }
    Map<String, String> synced = PodAnnotationRules.withAppArmorFromFields(
        pod.metadata().annotations(), pod.spec(), profile);
    new MetaRules(errors, profile).objectMeta(synced == pod.metadata().annotations()
        ? pod.metadata() : ObjectMeta.builder().from(pod.metadata()).annotations(synced).build(),
        FieldPath.root("metadata"));
    podAnnotations(synced, pod.spec(), FieldPath.root("metadata").child("annotations"));
    PodSpec merged = LabelKeyMerge.apply(pod.spec(), pod.metadata().labels(), profile);
    mirrorPod = pod.metadata().annotations().containsKey(PodAnnotationRules.MIRROR);
    PodSpec spec = spec(merged, FieldPath.root("spec"), true,
        MetaRules.nameOnCreate(pod.metadata()));
    // PrepareForCreate's applyAppArmorVersionSkew warns before validation runs.
    new PodAnnotationRules(errors).appArmorSkewWarnings(pod.metadata().annotations(), spec);
    seccompAnnotationsMatchFields(pod.metadata().annotations(), spec, FieldPath.root("spec"));
    new PodAnnotationRules(errors).appArmorMatchFields(pod.metadata().annotations(), spec,
        FieldPath.root("spec"), true);
    MetaRules.dnsLabelNameWarning(errors, MetaRules.nameOnCreate(pod.metadata()),
        "the Pod's hostname");
    return true;
  }

  /**
   * The refusals of the mutating admission plugins, which the server runs on the decoded and
   * defaulted Pod before its registry validates it (staging/src/k8s.io/apiserver/pkg/endpoints/
   * handlers/create.go calls {@code Admit} before {@code rest.BeforeCreate}): {@code Priority}
   * first, then {@code RuntimeClass}, in kube-apiserver's plugin order. A refusal is the server's
   * whole answer, so it is reported alone, without validation errors or create warnings.
   * Returns whether the Pod was refused.
   */
  private boolean admissionRefuses(PodSpec spec) {
    FieldPath path = FieldPath.root("spec");
    if (PriorityAdmission.check(spec, path, errors)) {
      return true;
    }
    if (!spec.overhead().isEmpty()) {
      // RuntimeClass's Admit: without a class (or with one unknown offline) no overhead may be set.
      errors.add(FieldError.forbidden(path.child("overhead"), "pod rejected: Pod Overhead set "
          + "without corresponding RuntimeClass defined Overhead"));
      return true;
    }
    return false;
  }

  /** {@code ValidatePodSpecificAnnotations}; also used for pod template annotations. */
  void podAnnotations(Map<String, String> annotations, PodSpec spec, FieldPath path) {
    new PodAnnotationRules(errors).podAnnotations(annotations, spec, path);
  }

  /** {@code validateSeccompAnnotationsAndFields}, for pods and pod templates. */
  void seccompAnnotationsMatchFields(Map<String, String> annotations, PodSpec spec,
      FieldPath specPath) {
    new PodAnnotationRules(errors).seccompAnnotationsMatchFields(annotations, spec, specPath);
  }

  /** {@code validateAppArmorAnnotationsAndFieldsMatchOnCreate} for a pod template. */
  void appArmorAnnotationsMatchFields(Map<String, String> annotations, PodSpec spec,
      FieldPath specPath) {
    new PodAnnotationRules(errors).appArmorMatchFields(annotations, spec, specPath, false);
  }

  /**
   * Checks a pod spec at {@code path}: {@code spec} for a pod, {@code spec.template.spec} for a
   * workload, in the order of {@code ValidatePodSpec}. The server's defaults are applied first,
   * and fields the profile's server would drop are dropped with a warning. Pod-only checks run
   * only when {@code isPod}. Returns the spec as validated (defaulted, dropped fields removed).
   */
  PodSpec spec(PodSpec original, FieldPath path, boolean isPod) {
    return spec(original, path, isPod, "");
  }

  /** As {@link #spec(PodSpec, FieldPath, boolean)}, for a pod named {@code podName} on create. */
  PodSpec spec(PodSpec original, FieldPath path, boolean isPod, String podName) {
    PodSpec spec = new FieldDrops(errors, profile).apply(Defaults.spec(original, isPod, profile),
        path);
    if (spec.terminationGracePeriodSeconds().isEmpty()) {
      errors.add(FieldError.required(path.child("terminationGracePeriodSeconds"), ""));
    }
    boolean hostUsers = spec.hostUsers().orElse(true);
    Set<String> volumes = new VolumeRules(errors, profile, isPod, podName).volumes(spec.volumes(),
        path.child("volumes"));
    ResourceRules resources = new ResourceRules(errors, profile);
    Set<String> claims = resources.podResourceClaims(spec.resourceClaims(),
        path.child("resourceClaims"), isPod ? podName : null, isPod && mirrorPod);
    ContainerRules containers = new ContainerRules(errors, profile,
        new ContainerRules.PodContext(volumes, spec.volumes(), claims, hostUsers,
            spec.restartPolicy().orElse(""), spec.terminationGracePeriodSeconds(),
            spec.os().map(PodOS::name)));
    containers.containers(spec.containers(), path.child("containers"));
    containers.initContainers(spec.initContainers(), spec.containers(),
        path.child("initContainers"));
    containers.ephemeralContainers(spec, path.child("ephemeralContainers"));
    if (profile.isEnabled(Profile.POD_LEVEL_RESOURCES)) {
      resources.podResources(spec, claims, path.child("resources"));
    }
    if (profile.atLeast(28)) {
      hostNetworkDeps(spec, path, isPod);
    }
    restartPolicy(spec.restartPolicy().orElse(""), path.child("restartPolicy"));
    dnsPolicy(spec.dnsPolicy().orElse(""), path.child("dnsPolicy"));
    new MetaRules(errors, profile).labels(spec.nodeSelector(), path.child("nodeSelector"));
    if (!profile.atLeast(28)) {
      hostNetworkPorts127(spec, path);
    }
    SecurityRules security = new SecurityRules(errors, profile);
    if (spec.securityContext().isPresent()) {
      security.podSecurityContext(spec.securityContext().get(), spec,
          path.child("securityContext"));
    }
    SchedulingRules scheduling = new SchedulingRules(errors, profile);
    scheduling.affinity(spec.affinity(), path.child("affinity"));
    NetworkRules network = new NetworkRules(errors, profile);
    network.dnsConfig(spec.dnsConfig(), spec.dnsPolicy().orElse(""), path.child("dnsConfig"));
    readinessGates(spec.readinessGates(), path.child("readinessGates"));
    schedulingGates(spec.schedulingGates(), path.child("schedulingGates"));
    scheduling.topologySpreadConstraints(spec.topologySpreadConstraints(),
        path.child("topologySpreadConstraints"));
    OsRules os = new OsRules(errors, profile);
    os.windowsHostProcess(spec, path);
    os.hostUsers(spec, path);
    hostnameOverride(spec, path.child("hostnameOverride"));
    if (isSet(spec.serviceAccountName())) {
      String n = spec.serviceAccountName().get();
      errors.invalidAll(path.child("serviceAccountName"), n, Formats.nameIsDnsSubdomain(n, false));
    }
    if (isSet(spec.nodeName())) {
      String n = spec.nodeName().get();
      errors.invalidAll(path.child("nodeName"), n, Formats.nameIsDnsSubdomain(n, false));
    }
    if (spec.activeDeadlineSeconds().isPresent()) {
      long v = spec.activeDeadlineSeconds().get();
      if (v < 1 || v > Integer.MAX_VALUE) {
        errors.add(FieldError.invalid(path.child("activeDeadlineSeconds"), v,
            Formats.inclusiveRangeError(1, Integer.MAX_VALUE)));
      }
    }
    if (isSet(spec.hostname())) {
      String n = spec.hostname().get();
      errors.invalidAll(path.child("hostname"), n, Formats.dns1123Label(n));
    }
    if (isSet(spec.subdomain())) {
      String n = spec.subdomain().get();
      errors.invalidAll(path.child("subdomain"), n, Formats.dns1123Label(n));
    }
    tolerations(spec.tolerations(), path.child("tolerations"));
    network.hostAliases(spec.hostAliases(), path.child("hostAliases"));
    if (isSet(spec.priorityClassName())) {
      String n = spec.priorityClassName().get();
      errors.invalidAll(path.child("priorityClassName"), n, Formats.nameIsDnsSubdomain(n, false));
    }
    if (spec.runtimeClassName().isPresent()) {
      String n = spec.runtimeClassName().get();
      errors.invalidAll(path.child("runtimeClassName"), n, Formats.nameIsDnsSubdomain(n, false));
    }
    if (spec.preemptionPolicy().isPresent()) {
      String policy = spec.preemptionPolicy().get();
      if (policy.isEmpty()) {
        errors.add(FieldError.required(path.child("preemptionPolicy"), ""));
      } else if (!policy.equals("PreemptLowerPriority") && !policy.equals("Never")) {
        errors.add(FieldError.notSupported(path.child("preemptionPolicy"), policy,
            "PreemptLowerPriority", "Never"));
      }
    }
    if (!spec.overhead().isEmpty()) {
      resources.overhead(spec.overhead(), path.child("overhead"));
    }
    os.os(spec, path);
    new PodGroupRules(errors, profile).spec(spec, path);
    new EnvRules(errors, profile).fileKeyRefVolumes(spec, path);
    if (isPod) {
      podOnly(spec, path);
    }
    return spec;
  }

  /** Whether an optional string is set and not empty (plain code: no lambda class to spin). */
  private static boolean isSet(java.util.Optional<String> value) {
    return value.isPresent() && !value.get().isEmpty();
  }

  /** {@code validateReadinessGates}: each condition type is a qualified name. */
  private void readinessGates(List<PodReadinessGate> gates, FieldPath path) {
    for (int i = 0; i < gates.size(); i++) {
      String type = gates.get(i).conditionType();
      errors.invalidAll(path.index(i).child("conditionType"), type,
          Formats.qualifiedName(type, profile));
    }
  }

  /** {@code validateSchedulingGates}: qualified names, no duplicates. */
  private void schedulingGates(List<PodSchedulingGate> gates, FieldPath path) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < gates.size(); i++) {
      String name = gates.get(i).name();
      errors.invalidAll(path.index(i), name, Formats.qualifiedName(name, profile));
      if (!seen.add(name)) {
        errors.add(FieldError.duplicate(path.index(i), name));
      }
    }
  }

  /**
   * {@code spec.hostnameOverride} (Kubernetes 1.34+, gate {@code HostnameOverride}, GA in 1.37):
   * not with {@code setHostnameAsFQDN} nor {@code hostNetwork}, at most 64 bytes, a DNS
   * subdomain. Rules and words from a 1.35-era copy of upstream (k8s-1.36-1.38.md section 4.2).
   * Upstream's {@code validatePodHostName} runs right after {@code validateHostUsers}, before the
   * service account name (darshansreenivas/validation-gen 04780fad, AIAgentSandox/kubernetes
   * 64149d12).
   */
  private void hostnameOverride(PodSpec spec, FieldPath path) {
    if (spec.hostnameOverride().isEmpty()) {
      return;
    }
    String value = spec.hostnameOverride().get();
    if (spec.setHostnameAsFQDN().orElse(false)) {
      errors.add(FieldError.forbidden(path, "may not be specified when setHostnameAsFQDN is true"));
    }
    if (spec.hostNetwork().orElse(false)) {
      errors.add(FieldError.forbidden(path, "may not be specified when hostNetwork is true"));
    }
    if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > HOSTNAME_OVERRIDE_MAX) {
      errors.add(FieldError.tooLong(path, HOSTNAME_OVERRIDE_MAX, profile));
    }
    errors.invalidAll(path, value, Formats.dns1123Subdomain(value));
  }

  /** The checks of {@code validatePodMetadataAndSpec} and {@code ValidatePodCreate} that pod
   * templates do not get. */
  private void podOnly(PodSpec spec, FieldPath path) {
    // validatePodMetadataAndSpec forbids projected service account tokens when
    // serviceAccountName is empty, but the ServiceAccount admission plugin always names one first
    // (see Defaults.spec), so on a real server that check cannot fire.
    imageWhitespace(spec.containers(), path.child("containers"));
    imageWhitespace(spec.initContainers(), path.child("initContainers"));
    if (!spec.ephemeralContainers().isEmpty()) {
      errors.add(FieldError.forbidden(path.child("ephemeralContainers"),
          "cannot be set on create"));
    }
    if (isSet(spec.nodeName()) && !spec.schedulingGates().isEmpty()) {
      errors.add(FieldError.forbidden(path.child("nodeName"),
          "cannot be set until all schedulingGates have been cleared"));
    }
  }

  private void imageWhitespace(List<Container> containers, FieldPath path) {
    for (int i = 0; i < containers.size(); i++) {
      String image = containers.get(i).image();
      if (!image.equals(GoStrings.trimSpace(image))) {
        errors.add(FieldError.invalid(path.index(i).child("image"), image,
            "must not have leading or trailing whitespace"));
      }
    }
  }

  /**
   * {@code validatePodHostNetworkDeps} (1.28 on, right after the containers): with hostNetwork,
   * hostPort must equal containerPort; a template may leave hostPort 0.
   */
  private void hostNetworkDeps(PodSpec spec, FieldPath path, boolean isPod) {
    hostNetworkPorts(spec, path, (hostPort, containerPort) ->
        (isPod || hostPort != 0) && !hostPort.equals(containerPort), true,
        "must match `containerPort` when `hostNetwork` is true");
  }

  /**
   * 1.27's {@code validateHostNetwork}, the first check of {@code ValidatePodSecurityContext}
   * (which always runs: the internal pod spec keeps hostNetwork in its security context): every
   * pod spec's hostPort must equal containerPort (1.27 defaults an unset one in templates too),
   * reported at {@code containerPort} (the vendored v1.27.4 validation.go in ceph/ceph-csi
   * {@code a2762b8ed}; v1.28.0 in {@code ff3e84ad6} has validatePodHostNetworkDeps instead).
   */
  private void hostNetworkPorts127(PodSpec spec, FieldPath path) {
    hostNetworkPorts(spec, path, (hostPort, containerPort) -> !hostPort.equals(containerPort),
        false, "must match `hostPort` when `hostNetwork` is true");
  }

  private void hostNetworkPorts(PodSpec spec, FieldPath path,
      BiPredicate<Integer, Integer> refused, boolean atHostPort, String detail) {
    if (!spec.hostNetwork().orElse(false)) {
      return;
    }
    FieldPath containers = path.child("containers");
    for (int i = 0; i < spec.containers().size(); i++) {
      var ports = spec.containers().get(i).ports();
      for (int j = 0; j < ports.size(); j++) {
        int hostPort = ports.get(j).hostPort().orElse(0);
        int containerPort = ports.get(j).containerPort();
        if (refused.test(hostPort, containerPort)) {
          FieldPath port = containers.index(i).child("ports").index(j);
          errors.add(atHostPort ? FieldError.invalid(port.child("hostPort"), hostPort, detail)
              : FieldError.invalid(port.child("containerPort"), containerPort, detail));
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

  /** {@code ValidateTolerations}; also for the tolerations of the deprecated pod annotation. */
  void tolerations(List<Toleration> tolerations, FieldPath path) {
    for (int i = 0; i < tolerations.size(); i++) {
      Toleration t = tolerations.get(i);
      FieldPath idx = path.index(i);
      String key = t.key().orElse("");
      String operator = t.operator().orElse("");
      String value = t.value().orElse("");
      String effect = t.effect().orElse("");
      if (!key.isEmpty()) {
        errors.invalidAll(idx.child("key"), key, Formats.qualifiedName(key, profile));
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
        List<String> messages = Formats.labelValue(value, profile);
        if (!messages.isEmpty()) {
          errors.add(FieldError.invalid(idx.child("operator"), value, String.join(";", messages)));
        }
      } else if (operator.equals("Exists")) {
        if (!value.isEmpty()) {
          // Up to 1.31 the value shown is the whole toleration (GoStructs.tolerationValue).
          Object shown = profile.atLeast(32) ? value : GoStructs.tolerationValue(key, operator,
              value, effect, t.tolerationSeconds().isPresent());
          errors.add(FieldError.invalid(idx.child("operator"), shown,
              "value must be empty when `operator` is 'Exists'"));
        }
      } else if (profile.atLeast(35) && (operator.equals("Lt") || operator.equals("Gt"))) {
        if (profile.isEnabled(Profile.TAINT_TOLERATION_COMPARISON_OPERATORS)) {
          comparisonValue(value, idx.child("value"));
        } else {
          // 1.35 (TaintTolerationComparisonOperators, alpha and off) lists the numeric operators
          // too when refusing them: darshansreenivas/validation-gen 04780fad, AIAgentSandox
          // 64149d12
          errors.add(FieldError.notSupported(idx.child("operator"), operator, "Equal", "Exists",
              "Lt", "Gt"));
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

  /**
   * The value of an {@code Lt} or {@code Gt} toleration with TaintTolerationComparisonOperators
   * on (ValidateTolerations, the same in the 1.35-era darshansreenivas/validation-gen 04780fad and
   * the 1.36-era AIAgentSandox/kubernetes 64149d12; the deprecated annotation's tolerations get
   * the same options there): {@code content.IsDecimalInteger}
   * (canonical form: no leading zero, no '+', no "-0"), then {@code strconv.ParseInt(value, 10,
   * 64)}, each with its own error, so "abc" is refused twice and "0100" once.
   */
  private void comparisonValue(String value, FieldPath path) {
    if (value.isEmpty()) {
      errors.add(FieldError.invalid(path, value, Formats.emptyError()));
    } else if (!CANONICAL_INTEGER.matcher(value).matches()) {
      errors.add(FieldError.invalid(path, value,
          "must be a valid decimal integer in canonical form"));
    }
    GoValues.parseIntError(value).ifPresent(error ->
        errors.add(FieldError.invalid(path, value, error)));
  }
}
