package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.VolumeMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code validateContainers}, {@code validateInitContainers} and {@code validateContainerCommon}.
 */
final class ContainerRules {
  private static final int MAX_RESTART_RULES = 20;
  private static final int MAX_EXIT_CODES = 255;
  private static final String NOT_WITHOUT_ALWAYS =
      "may not be set for init containers without restartPolicy=Always";

  private final Errors errors;
  private final Profile profile;
  private final Set<String> volumes;
  private final ProbeRules probes;
  private final EnvRules env;
  private final ResourceRules resources;
  private final boolean restartRules;
  private final boolean restartAll;

  ContainerRules(Errors errors, Profile profile, Set<String> volumes, Optional<Long> gracePeriod) {
    this.errors = errors;
    this.profile = profile;
    this.volumes = volumes;
    this.probes = new ProbeRules(errors, profile, gracePeriod);
    this.env = new EnvRules(errors, profile);
    this.resources = new ResourceRules(errors);
    this.restartRules = profile.isEnabled(Profile.CONTAINER_RESTART_RULES);
    this.restartAll = profile.isEnabled(Profile.RESTART_ALL_CONTAINERS);
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
      c.lifecycle().ifPresent(l -> probes.lifecycle(l, p.child("lifecycle")));
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
    regular.forEach(c -> names.add(c.name()));
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
        c.lifecycle().ifPresent(l -> probes.lifecycle(l, p.child("lifecycle")));
        probes.liveness(c.livenessProbe(), p.child("livenessProbe"));
        probes.readiness(c.readinessProbe(), p.child("readinessProbe"));
        probes.startup(c.startupProbe(), p.child("startupProbe"));
      } else {
        forbid(c.lifecycle().isPresent(), p.child("lifecycle"));
        forbid(c.livenessProbe().isPresent(), p.child("livenessProbe"));
        forbid(c.readinessProbe().isPresent(), p.child("readinessProbe"));
        forbid(c.startupProbe().isPresent(), p.child("startupProbe"));
      }
    }
  }

  private void forbid(boolean present, FieldPath path) {
    if (present) {
      errors.add(FieldError.forbidden(path, NOT_WITHOUT_ALWAYS));
    }
  }

  /** {@code validateInitContainerRestartPolicy}, in its 1.34+ form when the gate is on. */
  private void initRestartPolicy(Container c, FieldPath path) {
    Optional<String> policy = c.restartPolicy();
    if (policy.isEmpty()) {
      if (!c.restartPolicyRules().isEmpty()) {
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
    String pullPolicy = c.imagePullPolicy().orElse("");
    if (pullPolicy.isEmpty()) {
      errors.add(FieldError.required(path.child("imagePullPolicy"), ""));
    } else if (!List.of("Always", "IfNotPresent", "Never").contains(pullPolicy)) {
      errors.add(FieldError.notSupported(path.child("imagePullPolicy"), pullPolicy, "Always",
          "IfNotPresent", "Never"));
    }
    c.resources().ifPresent(r -> resources.requirements(r, path.child("resources")));
    c.securityContext().ifPresent(sc -> securityContext(sc, path.child("securityContext")));
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
    boolean privileged = c.securityContext().flatMap(SecurityContext::privileged).orElse(false);
    for (int i = 0; i < c.volumeMounts().size(); i++) {
      VolumeMount m = c.volumeMounts().get(i);
      FieldPath idx = path.index(i);
      if (m.name().isEmpty()) {
        errors.add(FieldError.required(idx.child("name"), ""));
      }
      if (!volumes.contains(m.name())) {
        errors.add(FieldError.notFound(idx.child("name"), m.name()));
      }
      if (m.mountPath().isEmpty()) {
        errors.add(FieldError.required(idx.child("mountPath"), ""));
      }
      if (!mountPoints.add(m.mountPath())) {
        errors.add(FieldError.invalid(idx.child("mountPath"), m.mountPath(), "must be unique"));
      }
      String subPath = m.subPath().orElse("");
      List<FieldError> found = new ArrayList<>();
      if (!subPath.isEmpty()) {
        VolumeRules.localDescendingPath(subPath, path.child("subPath"), found);
      }
      String subPathExpr = m.subPathExpr().orElse("");
      if (!subPathExpr.isEmpty()) {
        if (!subPath.isEmpty()) {
          found.add(FieldError.invalid(idx.child("subPathExpr"), subPathExpr,
              "subPathExpr and subPath are mutually exclusive"));
        }
        VolumeRules.localDescendingPath(subPathExpr, path.child("subPathExpr"), found);
      }
      found.forEach(errors::add);
      m.mountPropagation().ifPresent(mode -> {
        FieldPath p = path.child("mountPropagation");
        if (!List.of("Bidirectional", "HostToContainer", "None").contains(mode)) {
          errors.add(FieldError.notSupported(p, mode, "Bidirectional", "HostToContainer",
              "None"));
        }
        if (mode.equals("Bidirectional") && !privileged) {
          errors.add(FieldError.forbidden(p,
              "Bidirectional mount propagation is available only to privileged containers"));
        }
      });
    }
  }

  /** {@code ValidateSecurityContext}; privileged containers are taken to be allowed. */
  private void securityContext(SecurityContext sc, FieldPath path) {
    sc.runAsUser().ifPresent(u ->
        errors.invalidAll(path.child("runAsUser"), u, Formats.unixId(u)));
    sc.runAsGroup().ifPresent(g ->
        errors.invalidAll(path.child("runAsGroup"), g, Formats.unixId(g)));
    sc.seccompProfile().ifPresent(sp -> PodRules.seccompProfile(errors, sp,
        path.child("seccompProfile")));
    if (!sc.allowPrivilegeEscalation().orElse(true)) {
      Object value = GoValues.bare("core.SecurityContext{...}");
      if (sc.privileged().orElse(false)) {
        errors.add(FieldError.invalid(path, value,
            "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
      }
      sc.capabilities().ifPresent(caps -> {
        for (String cap : caps.add()) {
          if (cap.equals("CAP_SYS_ADMIN")) {
            errors.add(FieldError.invalid(path, value,
                "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` "
                    + "CAP_SYS_ADMIN"));
          }
        }
      });
    }
  }
}
