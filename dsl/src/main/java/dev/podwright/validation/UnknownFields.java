package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.Extensible;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warns about fields the Kubernetes API does not have (typos such as {@code imagePullPolicyy}).
 * The model types every field of the API, so what it keeps as unknown fields is either such a
 * typo or another vendor's extension, or {@code status}, which stays an untyped tree. The
 * server's default field validation drops an unknown field with a warning, and kubectl's strict
 * validation rejects the whole manifest.
 */
final class UnknownFields {
  private static final Set<String> POD = Set.of("status");
  private static final Set<String> NONE = Set.of();

  private final Errors errors;

  UnknownFields(Errors errors) {
    this.errors = errors;
  }

  void pod(Pod pod) {
    check(pod, POD, FieldPath.root(""));
    check(pod.metadata(), NONE, FieldPath.root("metadata"));
    spec(pod.spec(), FieldPath.root("spec"));
  }

  void spec(PodSpec spec, FieldPath path) {
    check(spec, NONE, path);
    check(spec.securityContext(), path, "securityContext");
    List<Volume> volumes = spec.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      check(volumes.get(i), path, "volumes", i);
    }
    containers(spec.initContainers(), path, "initContainers");
    containers(spec.containers(), path, "containers");
    for (int i = 0; i < spec.tolerations().size(); i++) {
      check(spec.tolerations().get(i), path, "tolerations", i);
    }
  }

  private void containers(List<Container> containers, FieldPath parent, String name) {
    if (containers.isEmpty()) {
      return;
    }
    FieldPath path = parent.child(name);
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath p = path.index(i);
      check(c, NONE, p);
      check(c.securityContext(), p, "securityContext");
      check(c.resources(), p, "resources");
      check(c.lifecycle(), p, "lifecycle");
      check(c.livenessProbe(), p, "livenessProbe");
      check(c.readinessProbe(), p, "readinessProbe");
      check(c.startupProbe(), p, "startupProbe");
      for (int j = 0; j < c.ports().size(); j++) {
        check(c.ports().get(j), p, "ports", j);
      }
      for (int j = 0; j < c.env().size(); j++) {
        check(c.env().get(j), p, "env", j);
      }
      for (int j = 0; j < c.volumeMounts().size(); j++) {
        check(c.volumeMounts().get(j), p, "volumeMounts", j);
      }
    }
  }

  // The paths below are made only for a value with unknown fields, which is rare.

  private void check(Optional<? extends Extensible> value, FieldPath parent, String name) {
    if (value.isPresent() && !value.get().unknownFields().isEmpty()) {
      check(value.get(), NONE, parent.child(name));
    }
  }

  private void check(Extensible value, FieldPath parent, String name, int index) {
    if (!value.unknownFields().isEmpty()) {
      check(value, NONE, parent.child(name).index(index));
    }
  }

  private void check(Extensible value, Set<String> untyped, FieldPath path) {
    if (value.unknownFields().isEmpty()) {
      return;
    }
    for (String key : value.unknownFields().keySet()) {
      if (!untyped.contains(key) && !key.equals("apiVersion") && !key.equals("kind")) {
        errors.warn(path.child(key) + ": unknown field: the API server drops it with a warning, "
            + "and kubectl's strict field validation rejects the manifest");
      }
    }
  }
}
