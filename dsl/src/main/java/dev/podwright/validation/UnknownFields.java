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
    spec.securityContext().ifPresent(sc ->
        check(sc, NONE, path.child("securityContext")));
    List<Volume> volumes = spec.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      check(volumes.get(i), NONE, path.child("volumes").index(i));
    }
    containers(spec.initContainers(), path.child("initContainers"));
    containers(spec.containers(), path.child("containers"));
    for (int i = 0; i < spec.tolerations().size(); i++) {
      check(spec.tolerations().get(i), NONE, path.child("tolerations").index(i));
    }
  }

  private void containers(List<Container> containers, FieldPath path) {
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath p = path.index(i);
      check(c, NONE, p);
      c.securityContext().ifPresent(sc -> check(sc, NONE, p.child("securityContext")));
      c.resources().ifPresent(r -> check(r, NONE, p.child("resources")));
      c.lifecycle().ifPresent(l -> check(l, NONE, p.child("lifecycle")));
      probe(c.livenessProbe(), p.child("livenessProbe"));
      probe(c.readinessProbe(), p.child("readinessProbe"));
      probe(c.startupProbe(), p.child("startupProbe"));
      for (int j = 0; j < c.ports().size(); j++) {
        check(c.ports().get(j), NONE, p.child("ports").index(j));
      }
      for (int j = 0; j < c.env().size(); j++) {
        check(c.env().get(j), NONE, p.child("env").index(j));
      }
      for (int j = 0; j < c.volumeMounts().size(); j++) {
        check(c.volumeMounts().get(j), NONE, p.child("volumeMounts").index(j));
      }
    }
  }

  private void probe(Optional<? extends Extensible> probe, FieldPath path) {
    probe.ifPresent(p -> check(p, NONE, path));
  }

  private void check(Extensible value, Set<String> untyped, FieldPath path) {
    for (String key : value.unknownFields().keySet()) {
      if (!untyped.contains(key) && !key.equals("apiVersion") && !key.equals("kind")) {
        errors.warn(path.child(key) + ": unknown field: the API server drops it with a warning, "
            + "and kubectl's strict field validation rejects the manifest");
      }
    }
  }
}
