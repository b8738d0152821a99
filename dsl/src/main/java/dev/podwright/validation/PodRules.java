package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks a pod in the order of the API server's {@code ValidatePodCreate}. */
final class PodRules {
  private static final String NO_HOOKS_ON_INIT =
      "may not be set for init containers without restartPolicy=Always";

  private final Errors errors;

  PodRules(Errors errors) {
    this.errors = errors;
  }

  void pod(Pod pod) {
    metadata(pod.metadata(), FieldPath.root("metadata"));
    spec(pod.spec(), FieldPath.root("spec"), true);
  }

  private void metadata(ObjectMeta meta, FieldPath path) {
    if (meta.name().isEmpty() && meta.generateName().isEmpty()) {
      errors.add(FieldError.required(path.child("name"), "name or generateName is required"));
    } else if (!meta.name().isEmpty()) {
      errors.invalidAll(path.child("name"), meta.name(), Formats.dns1123Subdomain(meta.name()));
    }
    meta.namespace().ifPresent(ns ->
        errors.invalidAll(path.child("namespace"), ns, Formats.dns1123Label(ns)));
  }

  /**
   * Checks a pod spec at {@code path}: {@code spec} for a pod, {@code spec.template.spec} for a
   * workload. Pod-only checks run only when {@code isPod}.
   */
  void spec(PodSpec spec, FieldPath path, boolean isPod) {
    Set<String> volumes = volumes(spec.volumes(), path.child("volumes"));
    containers(spec, volumes, path.child("containers"));
    initContainers(spec, volumes, path.child("initContainers"));
  }

  /** Returns the names of the volumes that are valid, as the server's volume map does. */
  private Set<String> volumes(List<Volume> volumes, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      FieldPath namePath = path.index(i).child("name");
      boolean valid = true;
      if (volume.name().isEmpty()) {
        errors.add(FieldError.required(namePath, ""));
        valid = false;
      } else {
        List<String> messages = Formats.dns1123Label(volume.name());
        errors.invalidAll(namePath, volume.name(), messages);
        valid = messages.isEmpty();
      }
      if (valid && names.contains(volume.name())) {
        errors.add(FieldError.duplicate(namePath, volume.name()));
      } else if (valid) {
        names.add(volume.name());
      }
    }
    return names;
  }

  private void containers(PodSpec spec, Set<String> volumes, FieldPath path) {
    if (spec.containers().isEmpty()) {
      errors.add(FieldError.required(path, ""));
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < spec.containers().size(); i++) {
      Container c = spec.containers().get(i);
      FieldPath p = path.index(i);
      common(c, volumes, p);
      if (!names.add(c.name())) {
        errors.add(FieldError.duplicate(p.child("name"), c.name()));
      }
      if (c.restartPolicy().isPresent()) {
        errors.add(FieldError.forbidden(
            p.child("restartPolicy"), "may not be set for non-init containers"));
      }
    }
  }

  private void initContainers(PodSpec spec, Set<String> volumes, FieldPath path) {
    Set<String> names = new HashSet<>();
    spec.containers().forEach(c -> names.add(c.name()));
    for (int i = 0; i < spec.initContainers().size(); i++) {
      Container c = spec.initContainers().get(i);
      FieldPath p = path.index(i);
      common(c, volumes, p);
      c.restartPolicy().filter(r -> !r.equals("Always")).ifPresent(r ->
          errors.add(FieldError.notSupported(p.child("restartPolicy"), r, "Always")));
      if (names.contains(c.name())) {
        errors.add(FieldError.duplicate(p.child("name"), c.name()));
      } else if (!c.name().isEmpty()) {
        names.add(c.name());
      }
      if (!c.isRestartable()) {
        forbidOnInit(c.lifecycle().isPresent(), p.child("lifecycle"));
        forbidOnInit(c.livenessProbe().isPresent(), p.child("livenessProbe"));
        forbidOnInit(c.readinessProbe().isPresent(), p.child("readinessProbe"));
        forbidOnInit(c.startupProbe().isPresent(), p.child("startupProbe"));
      }
    }
  }

  private void forbidOnInit(boolean present, FieldPath path) {
    if (present) {
      errors.add(FieldError.forbidden(path, NO_HOOKS_ON_INIT));
    }
  }

  /** The checks every container role shares ({@code validateContainerCommon}). */
  private void common(Container c, Set<String> volumes, FieldPath path) {
    if (c.name().isEmpty()) {
      errors.add(FieldError.required(path.child("name"), ""));
    } else {
      errors.invalidAll(path.child("name"), c.name(), Formats.dns1123Label(c.name()));
    }
    if (c.image().isEmpty()) {
      errors.add(FieldError.required(path.child("image"), ""));
    }
    ports(c.ports(), path.child("ports"));
    mounts(c.volumeMounts(), volumes, path.child("volumeMounts"));
  }

  private void ports(List<ContainerPort> ports, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      FieldPath p = path.index(i);
      port.name().filter(n -> !n.isEmpty()).ifPresent(name -> {
        List<String> messages = Formats.portName(name);
        if (!messages.isEmpty()) {
          errors.invalidAll(p.child("name"), name, messages);
        } else if (!names.add(name)) {
          errors.add(FieldError.duplicate(p.child("name"), name));
        }
      });
      if (port.containerPort() == 0) {
        errors.add(FieldError.required(p.child("containerPort"), ""));
      } else {
        errors.invalidAll(p.child("containerPort"), port.containerPort(),
            Formats.portNumber(port.containerPort()));
      }
      port.hostPort().filter(h -> h != 0).ifPresent(h ->
          errors.invalidAll(p.child("hostPort"), h, Formats.portNumber(h)));
    }
  }

  private void mounts(List<VolumeMount> mounts, Set<String> volumes, FieldPath path) {
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount mount = mounts.get(i);
      FieldPath p = path.index(i);
      if (mount.name().isEmpty()) {
        errors.add(FieldError.required(p.child("name"), ""));
      } else if (!volumes.contains(mount.name())) {
        errors.add(FieldError.notFound(p.child("name"), mount.name()));
      }
      if (mount.mountPath().isEmpty()) {
        errors.add(FieldError.required(p.child("mountPath"), ""));
      }
    }
  }
}
