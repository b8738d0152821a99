package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ContainerResizePolicy;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.EphemeralContainer;
import dev.podwright.model.PodSpec;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeDevice;
import dev.podwright.model.VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code validateContainers}, {@code validateInitContainers}, {@code validateEphemeralContainers}
 * and {@code validateContainerCommon}.
 */
final class ContainerRules {
  /**
   * What the containers of one pod spec are checked against.
   *
   * @param volumeNames the names of the valid volumes
   * @param volumes every volume of the spec, for the volume source a mount or device refers to
   * @param claimNames the names in {@code spec.resourceClaims}
   * @param hostUsers whether the pod shares the host's user namespace (the default)
   * @param podRestartPolicy the pod's (defaulted) {@code restartPolicy}
   * @param gracePeriod the pod's {@code terminationGracePeriodSeconds}
   * @param osName the pod's {@code spec.os.name}, if set
   */
  record PodContext(Set<String> volumeNames, List<Volume> volumes, Set<String> claimNames,
      boolean hostUsers, String podRestartPolicy, Optional<Long> gracePeriod,
      Optional<String> osName) {}

  private static final String NOT_FOR_EPHEMERAL = "cannot be set for an Ephemeral Container";
  private static final int MAX_RESTART_RULES = 20;
  private static final int MAX_EXIT_CODES = 255;
  /**
   * Why an init container may not have a lifecycle or probes. Before sidecars (1.27) the words
   * end at "init containers": gjkim42/kubernetes {@code 408d6eed}, the sidecar work on the 1.28
   * development branch before kubernetes/kubernetes#116429 changed them.
   */
  private static final String NOT_WITHOUT_ALWAYS =
      "may not be set for init containers without restartPolicy=Always";
  private static final String NOT_FOR_INIT = "may not be set for init containers";

  private final Errors errors;
  private final Profile profile;
  private final PodContext pod;
  private final Map<String, Volume> volumesByName = new HashMap<>();
  private final ProbeRules probes;
  private final EnvRules env;
  private final ResourceRules resources;
  private final SecurityRules security;
  private final boolean restartRules;
  private final boolean restartAll;
  private final boolean bindMountOptionsKept;
  private final String neverMessage;
  private final boolean neverChecked;
  private final boolean recursiveReadOnlyKept;

  ContainerRules(Errors errors, Profile profile, PodContext pod) {
    this.errors = errors;
    this.profile = profile;
    this.pod = pod;
    for (int i = 0; i < pod.volumes().size(); i++) {
      Volume v = pod.volumes().get(i);
      if (pod.volumeNames().contains(v.name())) {
        volumesByName.putIfAbsent(v.name(), v);
      }
    }
    this.probes = new ProbeRules(errors, profile, pod.gracePeriod(), pod.osName());
    this.env = new EnvRules(errors, profile);
    this.resources = new ResourceRules(errors, profile);
    this.security = new SecurityRules(errors, profile);
    this.restartRules = profile.isEnabled(Profile.CONTAINER_RESTART_RULES);
    this.restartAll = profile.isEnabled(Profile.RESTART_ALL_CONTAINERS);
    this.bindMountOptionsKept = GatedFields.kept(FieldVersions.VOLUME_MOUNT_BIND_MOUNT_OPTIONS, profile);
    this.neverChecked = profile.atLeast(29);
    this.neverMessage = profile.atLeast(36)
        ? "must be 'NotRequired' when pod `restartPolicy` is 'Never'"
        : "must be 'NotRequired' when `restartPolicy` is 'Never'";
    this.recursiveReadOnlyKept =
        GatedFields.kept(FieldVersions.VOLUME_MOUNT_RECURSIVE_READ_ONLY, profile);
  }

  void containers(List<Container> containers, FieldPath path) {
    if (containers.isEmpty()) {
      errors.add(FieldError.required(path, ""));
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath p = path.index(i);
      common(c, p);
      if (!names.add(c.name())) {
        errors.add(FieldError.duplicate(p.child("name"), c.name()));
      }
      if (c.lifecycle().isPresent()) {
        probes.lifecycle(c.lifecycle().get(), p.child("lifecycle"));
      }
      probes.liveness(c.livenessProbe(), p.child("livenessProbe"));
      probes.readiness(c.readinessProbe(), p.child("readinessProbe"));
      probes.startup(c.startupProbe(), p.child("startupProbe"));
      if (restartRules) {
        restartPolicy(c, p);
      } else if (c.restartPolicy().isPresent()) {
        errors.add(FieldError.forbidden(p.child("restartPolicy"),
            "may not be set for non-init containers"));
      }
    }
    hostPortConflicts(containers, path);
  }

  void initContainers(List<Container> inits, List<Container> regular, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (Container c : regular) {
      names.add(c.name());
    }
    for (int i = 0; i < inits.size(); i++) {
      Container c = inits.get(i);
      FieldPath p = path.index(i);
      common(c, p);
      initRestartPolicy(c, p);
      boolean restartAlways = c.isRestartable();
      if (names.contains(c.name())) {
        errors.add(FieldError.duplicate(p.child("name"), c.name()));
      } else if (!c.name().isEmpty()) {
        names.add(c.name());
      }
      // Quirk: init containers are checked one at a time, each as if it were the first.
      hostPortConflicts(List.of(c), path);
      if (restartAlways) {
        if (c.lifecycle().isPresent()) {
          probes.lifecycle(c.lifecycle().get(), p.child("lifecycle"));
        }
        probes.liveness(c.livenessProbe(), p.child("livenessProbe"));
        probes.readiness(c.readinessProbe(), p.child("readinessProbe"));
        probes.startup(c.startupProbe(), p.child("startupProbe"));
      } else {
        forbid(c.lifecycle().isPresent(), p.child("lifecycle"));
        forbid(c.livenessProbe().isPresent(), p.child("livenessProbe"));
        forbid(c.readinessProbe().isPresent(), p.child("readinessProbe"));
        forbid(c.startupProbe().isPresent(), p.child("startupProbe"));
      }
      initResizePolicy(c, p);
    }
  }

  /**
   * The {@code resizePolicy} of an init container. Up to 1.32 it may not be set at all (when
   * the {@code InPlacePodVerticalScaling} gate lets it through); from 1.33 it is allowed when
   * the gate is on ({@code AllowSidecarResizePolicy}); from 1.36 a non-sidecar init container may
   * not ask for {@code RestartContainer} (kubernetes/kubernetes#137458), one error per entry at
   * {@code resizePolicy[j].restartPolicy}: path and words from {@code validateInitContainers} in
   * a 1.36-era copy of validation.go (AIAgentSandox/kubernetes {@code 64149d12}). In 1.36 the
   * gate is locked on, so the two checks never meet.
   */
  private void initResizePolicy(Container c, FieldPath path) {
    List<ContainerResizePolicy> policies = c.resizePolicy();
    if (policies.isEmpty()) {
      return;
    }
    if (!profile.atLeast(33) || !profile.isEnabled(Profile.IN_PLACE_POD_VERTICAL_SCALING)) {
      errors.add(FieldError.invalid(path.child("resizePolicy"), resizeValue(policies),
          "must not be set for init containers"));
    } else if (profile.atLeast(36) && !c.isRestartable()) {
      for (int j = 0; j < policies.size(); j++) {
        if (policies.get(j).restartPolicy().equals("RestartContainer")) {
          errors.add(FieldError.invalid(path.child("resizePolicy").index(j).child("restartPolicy"),
              "RestartContainer", "must not be set to 'RestartContainer' for non-sidecar "
                  + "initContainers"));
        }
      }
    }
  }

  /** Go's {@code %#v} of a {@code []core.ContainerResizePolicy}. */
  private static Object resizeValue(List<ContainerResizePolicy> policies) {
    StringBuilder out = new StringBuilder("[]core.ContainerResizePolicy{");
    for (int i = 0; i < policies.size(); i++) {
      out.append(i == 0 ? "" : ", ").append("core.ContainerResizePolicy{ResourceName:")
          .append(GoValues.quote(policies.get(i).resourceName())).append(", RestartPolicy:")
          .append(GoValues.quote(policies.get(i).restartPolicy())).append('}');
    }
    return GoValues.bare(out.append('}').toString());
  }

  /**
   * {@code validateResizePolicy}, for every kind of container. The pod-{@code Never} message
   * says "when pod `restartPolicy`" in the 1.36-era AIAgentSandox/kubernetes {@code 64149d12};
   * the 1.35-era darshansreenivas/validation-gen {@code 04780fad} and older copies lack "pod ".
   * That the change shipped in 1.36, not 1.37, is unverified: no changelog line names it. The
   * check itself came in 1.29 (kubernetes/kubernetes#118768, merged after the 1.28 branch: the
   * vendored v1.28.0 validation.go in ceph/ceph-csi {@code ff3e84ad6} lacks it, the v1.29.0 one in
   * {@code e5d9b68d3} has it), so a 1.27 or 1.28 pod with the alpha
   * {@code InPlacePodVerticalScaling} gate on is not refused for it.
   */
  private void resizePolicy(List<ContainerResizePolicy> policies, FieldPath path) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < policies.size(); i++) {
      ContainerResizePolicy p = policies.get(i);
      // Checked by running validation.ValidatePodCreate of the vendored v1.31.2 to v1.35.7 trees
      // (openshift-kni/scheduler-plugins 66516c76b to 2117d3e30) on such pods.
      ErrorBodyValue shown = GoStructs.resourceNameValue(p.resourceName());
      if (!seen.add(p.resourceName())) {
        errors.add(FieldError.duplicate(path.index(i), shown));
      }
      if (p.resourceName().isEmpty()) {
        errors.add(FieldError.required(path, ""));
      } else if (!p.resourceName().equals("cpu") && !p.resourceName().equals("memory")) {
        errors.add(FieldError.notSupported(path, shown, "cpu", "memory"));
      }
      if (p.restartPolicy().isEmpty()) {
        errors.add(FieldError.required(path, ""));
      } else if (!p.restartPolicy().equals("NotRequired")
          && !p.restartPolicy().equals("RestartContainer")) {
        errors.add(FieldError.notSupported(path, p.restartPolicy(), "NotRequired",
            "RestartContainer"));
      }
      if (neverChecked && pod.podRestartPolicy().equals("Never")
          && !p.restartPolicy().equals("NotRequired")) {
        errors.add(FieldError.invalid(path, p.restartPolicy(), neverMessage));
      }
    }
  }

  /**
   * {@code validateEphemeralContainers}: the common container rules, unique names across every
   * container, an existing {@code targetContainerName}, only the allowed fields and no subPaths.
   * ValidatePodSpec runs it for pod templates too (which then refuse the list altogether).
   */
  void ephemeralContainers(PodSpec spec, FieldPath path) {
    if (spec.ephemeralContainers().isEmpty()) {
      return; // nearly every spec: no name sets to make
    }
    Set<String> others = new HashSet<>();
    for (Container c : spec.containers()) {
      others.add(c.name());
    }
    for (Container c : spec.initContainers()) {
      others.add(c.name());
    }
    Set<String> all = new HashSet<>(others);
    for (int i = 0; i < spec.ephemeralContainers().size(); i++) {
      EphemeralContainer e = spec.ephemeralContainers().get(i);
      Container c = PodContainers.asContainer(e);
      FieldPath p = path.index(i);
      common(c, p);
      if (!c.image().equals(GoStrings.trimSpace(c.image()))) {
        errors.add(FieldError.invalid(p.child("image"), c.image(),
            "must not have leading or trailing whitespace"));
      }
      if (!all.add(c.name())) {
        errors.add(FieldError.duplicate(p.child("name"), c.name()));
      }
      String target = e.targetContainerName().orElse("");
      if (!target.isEmpty() && !others.contains(target)) {
        errors.add(FieldError.notFound(p.child("targetContainerName"), target));
      }
      // validateFieldAllowList, in the order of EphemeralContainerCommon's fields.
      forbidEphemeral(!c.ports().isEmpty(), p.child("ports"));
      forbidEphemeral(c.resources().isPresent() && !isZero(c.resources().get()),
          p.child("resources"));
      forbidEphemeral(!c.resizePolicy().isEmpty(), p.child("resizePolicy"));
      forbidEphemeral(c.restartPolicy().isPresent(), p.child("restartPolicy"));
      forbidEphemeral(!c.restartPolicyRules().isEmpty(), p.child("restartPolicyRules"));
      forbidEphemeral(c.livenessProbe().isPresent(), p.child("livenessProbe"));
      forbidEphemeral(c.readinessProbe().isPresent(), p.child("readinessProbe"));
      forbidEphemeral(c.startupProbe().isPresent(), p.child("startupProbe"));
      forbidEphemeral(c.lifecycle().isPresent(), p.child("lifecycle"));
      for (int j = 0; j < c.volumeMounts().size(); j++) {
        VolumeMount m = c.volumeMounts().get(j);
        FieldPath mp = p.child("volumeMounts").index(j);
        forbidEphemeral(!m.subPath().orElse("").isEmpty(), mp.child("subPath"));
        forbidEphemeral(!m.subPathExpr().orElse("").isEmpty(), mp.child("subPathExpr"));
      }
    }
  }

  private static boolean isZero(ResourceRequirements r) {
    return r.limits().isEmpty() && r.requests().isEmpty() && r.claims().isEmpty();
  }

  private void forbidEphemeral(boolean set, FieldPath path) {
    if (set) {
      errors.add(FieldError.forbidden(path, NOT_FOR_EPHEMERAL));
    }
  }

  private void forbid(boolean present, FieldPath path) {
    if (present) {
      errors.add(FieldError.forbidden(path, profile.atLeast(28) ? NOT_WITHOUT_ALWAYS
          : NOT_FOR_INIT));
    }
  }

  /**
   * {@code validateInitContainerRestartPolicy}, in its 1.34+ form when the gate is on. Rules
   * without a restart policy are refused from 1.35, where validateInitContainers calls it for
   * every init container (v1.35.7 copy); 1.34 called it only with a policy set (v1.34.1).
   */
  private void initRestartPolicy(Container c, FieldPath path) {
    Optional<String> policy = c.restartPolicy();
    if (policy.isEmpty()) {
      if (!c.restartPolicyRules().isEmpty() && profile.atLeast(35)) {
        errors.add(FieldError.required(path.child("restartPolicy"),
            "must specify restartPolicy when restart rules are used"));
      }
      return;
    }
    if (restartRules) {
      if (!policy.get().equals("Always") || restartAll) {
        restartPolicy(c, path);
      } else if (!c.restartPolicyRules().isEmpty()) {
        errors.add(FieldError.forbidden(path.child("restartPolicyRules"),
            "restartPolicyRules are not allowed for init containers with restart policy Always"));
      }
    } else if (!policy.get().equals("Always")) {
      errors.add(FieldError.notSupported(path.child("restartPolicy"), policy.get(), "Always"));
    }
  }

  /** {@code validateContainerRestartPolicy} (Kubernetes 1.34+, gate on). */
  private void restartPolicy(Container c, FieldPath path) {
    List<ContainerRestartRule> rules = c.restartPolicyRules();
    FieldPath policyPath = path.child("restartPolicy");
    if (c.restartPolicy().isEmpty()) {
      if (rules.isEmpty()) {
        return;
      }
      errors.add(FieldError.required(policyPath,
          "must specify restartPolicy when restart rules are used"));
    } else if (!List.of("Always", "Never", "OnFailure").contains(c.restartPolicy().get())) {
      errors.add(FieldError.notSupported(policyPath, c.restartPolicy().get(), "Always", "Never",
          "OnFailure"));
    }
    FieldPath rulesPath = path.child("restartPolicyRules");
    if (rules.size() > MAX_RESTART_RULES) {
      errors.add(tooMany(rulesPath, rules.size(), MAX_RESTART_RULES));
    }
    for (int i = 0; i < rules.size(); i++) {
      ContainerRestartRule rule = rules.get(i);
      FieldPath rulePath = rulesPath.index(i);
      boolean allowed = rule.action().equals("Restart")
          || restartAll && rule.action().equals("RestartAllContainers");
      if (!allowed) {
        // kubernetes/kubernetes#137369 (1.36): the list names every allowed action, sorted.
        // Before, it printed "Restart" alone even when RestartAllContainers was allowed.
        errors.add(restartAll && profile.atLeast(36)
            ? FieldError.notSupported(rulePath.child("action"), rule.action(), "Restart",
                "RestartAllContainers")
            : FieldError.notSupported(rulePath.child("action"), rule.action(), "Restart"));
      }
      if (rule.exitCodes().isPresent()) {
        ContainerRestartRuleOnExitCodes codes = rule.exitCodes().get();
        FieldPath codesPath = rulePath.child("exitCodes");
        if (!codes.operator().equals("In") && !codes.operator().equals("NotIn")) {
          errors.add(FieldError.notSupported(codesPath.child("operator"), codes.operator(), "In",
              "NotIn"));
        }
        if (codes.values().size() > MAX_EXIT_CODES) {
          errors.add(tooMany(codesPath.child("values"), codes.values().size(), MAX_EXIT_CODES));
        }
      } else {
        errors.add(FieldError.required(rulePath.child("exitCodes"), "must be specified"));
      }
    }
  }

  /**
   * The count limits of restart rules: {@code field.TooLong} (rendered in bytes) up to 1.35,
   * {@code field.TooMany} from 1.36 (kubernetes/kubernetes#137136, "report 'items' instead of
   * 'bytes'").
   */
  private FieldError tooMany(FieldPath path, int actual, int max) {
    return profile.atLeast(36) ? FieldError.tooMany(path, actual, max, profile)
        : FieldError.tooLong(path, max, profile);
  }

  /** {@code validateContainerCommon}: what every container role shares. */
  private void common(Container c, FieldPath path) {
    if (c.name().isEmpty()) {
      errors.add(FieldError.required(path.child("name"), ""));
    } else {
      errors.invalidAll(path.child("name"), c.name(), Formats.dns1123Label(c.name()));
    }
    if (c.image().isEmpty()) {
      errors.add(FieldError.required(path.child("image"), ""));
    }
    String messagePolicy = c.terminationMessagePolicy().orElse("");
    if (messagePolicy.isEmpty()) {
      errors.add(FieldError.required(path.child("terminationMessagePolicy"), ""));
    } else if (!messagePolicy.equals("File") && !messagePolicy.equals("FallbackToLogsOnError")) {
      errors.add(FieldError.notSupported(path.child("terminationMessagePolicy"), messagePolicy,
          "File", "FallbackToLogsOnError"));
    }
    ports(c.ports(), path.child("ports"));
    env.env(c.env(), path.child("env"));
    env.envFrom(c.envFrom(), path.child("envFrom"));
    mounts(c, path.child("volumeMounts"));
    devices(c, path.child("volumeDevices"));
    String pullPolicy = c.imagePullPolicy().orElse("");
    if (pullPolicy.isEmpty()) {
      errors.add(FieldError.required(path.child("imagePullPolicy"), ""));
    } else if (!List.of("Always", "IfNotPresent", "Never").contains(pullPolicy)) {
      errors.add(FieldError.notSupported(path.child("imagePullPolicy"), pullPolicy, "Always",
          "IfNotPresent", "Never"));
    }
    if (c.resources().isPresent()) {
      resources.containerRequirements(c.resources().get(), pod.claimNames(),
          path.child("resources"));
    }
    resizePolicy(c.resizePolicy(), path.child("resizePolicy"));
    if (c.securityContext().isPresent()) {
      security.containerSecurityContext(c.securityContext().get(), path.child("securityContext"),
          pod.hostUsers());
    }
  }

  private void ports(List<ContainerPort> ports, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      FieldPath p = path.index(i);
      String name = port.name().orElse("");
      if (!name.isEmpty()) {
        List<String> messages = Formats.portName(name);
        if (!messages.isEmpty()) {
          errors.invalidAll(p.child("name"), name, messages);
        } else if (!names.add(name)) {
          errors.add(FieldError.duplicate(p.child("name"), name));
        }
      }
      if (port.containerPort() == 0) {
        errors.add(FieldError.required(p.child("containerPort"), ""));
      } else {
        errors.invalidAll(p.child("containerPort"), port.containerPort(),
            Formats.portNumber(port.containerPort()));
      }
      int hostPort = port.hostPort().orElse(0);
      if (hostPort != 0) {
        errors.invalidAll(p.child("hostPort"), hostPort, Formats.portNumber(hostPort));
      }
      String protocol = port.protocol().orElse("");
      if (protocol.isEmpty()) {
        errors.add(FieldError.required(p.child("protocol"), ""));
      } else if (!List.of("SCTP", "TCP", "UDP").contains(protocol)) {
        errors.add(FieldError.notSupported(p.child("protocol"), protocol, "SCTP", "TCP", "UDP"));
      }
    }
  }

  /** {@code AccumulateUniqueHostPorts} over one list, keyed {@code protocol/hostIP/hostPort}. */
  private void hostPortConflicts(List<Container> containers, FieldPath path) {
    Set<String> seen = new HashSet<>();
    for (int ci = 0; ci < containers.size(); ci++) {
      List<ContainerPort> ports = containers.get(ci).ports();
      for (int pi = 0; pi < ports.size(); pi++) {
        ContainerPort port = ports.get(pi);
        int hostPort = port.hostPort().orElse(0);
        if (hostPort == 0) {
          continue;
        }
        String key = port.protocol().orElse("") + "/" + port.hostIP().orElse("") + "/" + hostPort;
        if (!seen.add(key)) {
          errors.add(FieldError.duplicate(
              path.index(ci).child("ports").index(pi).child("hostPort"), key));
        }
      }
    }
  }

  /** {@code ValidateVolumeMounts}; subPath errors carry the unindexed path, as upstream. */
  private void mounts(Container c, FieldPath path) {
    Set<String> mountPoints = new HashSet<>();
    Map<String, String> devices = new HashMap<>();
    for (VolumeDevice d : c.volumeDevices()) {
      devices.put(d.name(), d.devicePath());
    }
    boolean privileged = c.securityContext().isPresent()
        && c.securityContext().get().privileged().orElse(false);
    for (int i = 0; i < c.volumeMounts().size(); i++) {
      VolumeMount m = c.volumeMounts().get(i);
      FieldPath idx = path.index(i);
      if (m.name().isEmpty()) {
        errors.add(FieldError.required(idx.child("name"), ""));
      }
      if (!pod.volumeNames().contains(m.name())) {
        errors.add(FieldError.notFound(idx.child("name"), m.name()));
      }
      if (m.mountPath().isEmpty()) {
        errors.add(FieldError.required(idx.child("mountPath"), ""));
      }
      if (!mountPoints.add(m.mountPath())) {
        errors.add(FieldError.invalid(idx.child("mountPath"), m.mountPath(), "must be unique"));
      }
      if (devices.containsKey(m.name())) {
        errors.add(FieldError.invalid(idx.child("name"), m.name(),
            "must not already exist in volumeDevices"));
      }
      if (devices.containsValue(m.mountPath())) {
        errors.add(FieldError.invalid(idx.child("mountPath"), m.mountPath(),
            "must not already exist as a path in volumeDevices"));
      }
      String subPath = m.subPath().orElse("");
      String subPathExpr = m.subPathExpr().orElse("");
      Volume volume = volumesByName.get(m.name());
      if (volume != null && volume.image().isPresent() && !profile.atLeast(33)) {
        // Image volumes take subPath from 1.33 (the API doc: "not supported before 1.33").
        if (!subPath.isEmpty()) {
          errors.add(FieldError.invalid(idx.child("subPath"), subPath,
              "not allowed in image volume sources"));
        }
        if (!subPathExpr.isEmpty()) {
          errors.add(FieldError.invalid(idx.child("subPathExpr"), subPathExpr,
              "not allowed in image volume sources"));
        }
      }
      List<FieldError> found = new ArrayList<>();
      if (!subPath.isEmpty()) {
        VolumeRules.localDescendingPath(subPath, path.child("subPath"), found);
      }
      if (!subPathExpr.isEmpty()) {
        if (!subPath.isEmpty()) {
          found.add(FieldError.invalid(idx.child("subPathExpr"), subPathExpr,
              "subPathExpr and subPath are mutually exclusive"));
        }
        VolumeRules.localDescendingPath(subPathExpr, path.child("subPathExpr"), found);
      }
      for (FieldError e : found) {
        errors.add(e);
      }
      if (m.mountPropagation().isPresent()) {
        String mode = m.mountPropagation().get();
        FieldPath p = path.child("mountPropagation");
        if (!List.of("Bidirectional", "HostToContainer", "None").contains(mode)) {
          errors.add(FieldError.notSupported(p, mode, "Bidirectional", "HostToContainer",
              "None"));
        }
        if (mode.equals("Bidirectional") && !privileged) {
          errors.add(FieldError.forbidden(p,
              "Bidirectional mount propagation is available only to privileged containers"));
        }
      }
      if (recursiveReadOnlyKept) { // not before 1.30; dropped while its gate is off
        recursiveReadOnly(m, path.child("recursiveReadOnly"));
      }
      if (bindMountOptionsKept) {
        AlphaFieldRules.bindMountOptions(m, volume != null && volume.image().isPresent(), idx,
            errors);
      }
    }
  }

  /** {@code validateMountRecursiveReadOnly}, on the unindexed path as upstream. */
  private void recursiveReadOnly(VolumeMount m, FieldPath path) {
    if (m.recursiveReadOnly().isEmpty()) {
      return;
    }
    switch (m.recursiveReadOnly().get()) {
      case "Disabled":
        break;
      case "Enabled":
      case "IfPossible":
        if (!m.readOnly().orElse(false)) {
          errors.add(FieldError.forbidden(path, "may only be specified when readOnly is true"));
        }
        if (m.mountPropagation().isPresent() && !m.mountPropagation().get().equals("None")) {
          errors.add(FieldError.forbidden(path,
              "may only be specified when mountPropagation is None or not specified"));
        }
        break;
      default:
        errors.add(FieldError.notSupported(path, m.recursiveReadOnly().get(), "Disabled",
            "Enabled", "IfPossible"));
    }
  }

  /** {@code ValidateVolumeDevices}: block devices of PVC or ephemeral volumes only. */
  private void devices(Container c, FieldPath path) {
    if (c.volumeDevices().isEmpty()) {
      return; // nearly every container: no sets of the mounts to make
    }
    Set<String> paths = new HashSet<>();
    Set<String> names = new HashSet<>();
    Map<String, String> mounts = new HashMap<>();
    for (VolumeMount m : c.volumeMounts()) {
      mounts.put(m.name(), m.mountPath());
    }
    for (int i = 0; i < c.volumeDevices().size(); i++) {
      VolumeDevice d = c.volumeDevices().get(i);
      FieldPath idx = path.index(i);
      Volume volume = volumesByName.get(d.name());
      if (d.name().isEmpty()) {
        errors.add(FieldError.required(idx.child("name"), ""));
      }
      if (names.contains(d.name())) {
        errors.add(FieldError.invalid(idx.child("name"), d.name(), "must be unique"));
      }
      if (volume != null && volume.persistentVolumeClaim().isEmpty()
          && volume.ephemeral().isEmpty()) {
        errors.add(FieldError.invalid(idx.child("name"), d.name(),
            "can only use volume source type of PersistentVolumeClaim or Ephemeral for block "
                + "mode"));
      }
      if (volume == null) {
        errors.add(FieldError.notFound(idx.child("name"), d.name()));
      }
      if (d.devicePath().isEmpty()) {
        errors.add(FieldError.required(idx.child("devicePath"), ""));
      }
      if (paths.contains(d.devicePath())) {
        errors.add(FieldError.invalid(idx.child("devicePath"), d.devicePath(), "must be unique"));
      }
      List<FieldError> backsteps = new ArrayList<>();
      VolumeRules.pathNoBacksteps(d.devicePath(), path.child("devicePath"), backsteps);
      if (!d.devicePath().isEmpty() && !backsteps.isEmpty()) {
        errors.add(FieldError.invalid(idx.child("devicePath"), d.devicePath(),
            "can not contain backsteps ('..')"));
      } else {
        paths.add(d.devicePath());
      }
      if (mounts.containsKey(d.name())) {
        errors.add(FieldError.invalid(idx.child("name"), d.name(),
            "must not already exist in volumeMounts"));
      }
      if (mounts.containsValue(d.devicePath())) {
        errors.add(FieldError.invalid(idx.child("devicePath"), d.devicePath(),
            "must not already exist as a path in volumeMounts"));
      }
      if (!d.name().isEmpty()) {
        names.add(d.name());
      }
    }
  }
}
