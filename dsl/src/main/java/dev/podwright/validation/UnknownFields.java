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
 * The model keeps every field it does not cover, real or not; this class tells them apart with
 * the API's own field lists. The server's default field validation drops such a field with a
 * warning, and kubectl's strict validation rejects the whole manifest.
 */
final class UnknownFields {
  private static final Set<String> POD = Set.of("status");
  private static final Set<String> META = Set.of("uid", "resourceVersion", "generation",
      "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "ownerReferences",
      "finalizers", "managedFields", "selfLink");
  private static final Set<String> SPEC = Set.of("ephemeralContainers", "dnsConfig", "nodeName",
      "hostname", "hostnameOverride", "subdomain", "affinity", "schedulerName", "hostPID",
      "hostIPC", "hostUsers", "runtimeClassName", "preemptionPolicy", "priority",
      "readinessGates", "topologySpreadConstraints", "hostAliases", "enableServiceLinks",
      "setHostnameAsFQDN", "os", "schedulingGates", "resourceClaims", "resources",
      "serviceAccount", "automountServiceAccountToken", "workloadRef");
  private static final Set<String> CONTAINER = Set.of("volumeDevices", "stdin", "stdinOnce",
      "tty", "resizePolicy");
  private static final Set<String> SECURITY_CONTEXT = Set.of("seLinuxOptions", "windowsOptions",
      "procMount", "appArmorProfile");
  private static final Set<String> POD_SECURITY_CONTEXT = Set.of("seLinuxOptions",
      "windowsOptions", "supplementalGroups", "supplementalGroupsPolicy", "fsGroupChangePolicy",
      "sysctls", "appArmorProfile", "seLinuxChangePolicy");
  private static final Set<String> VOLUME = Set.copyOf(Defaults.VOLUME_SOURCES);
  private static final Set<String> NONE = Set.of();

  private final Errors errors;

  UnknownFields(Errors errors) {
    this.errors = errors;
  }

  void pod(Pod pod) {
    check(pod, POD, FieldPath.root(""));
    check(pod.metadata(), META, FieldPath.root("metadata"));
    spec(pod.spec(), FieldPath.root("spec"));
  }

  void spec(PodSpec spec, FieldPath path) {
    check(spec, SPEC, path);
    spec.securityContext().ifPresent(sc ->
        check(sc, POD_SECURITY_CONTEXT, path.child("securityContext")));
    List<Volume> volumes = spec.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      check(volumes.get(i), VOLUME, path.child("volumes").index(i));
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
      check(c, CONTAINER, p);
      c.securityContext().ifPresent(sc -> check(sc, SECURITY_CONTEXT, p.child("securityContext")));
      c.resources().ifPresent(r -> check(r, Set.of("claims"), p.child("resources")));
      c.lifecycle().ifPresent(l -> check(l, Set.of("stopSignal"), p.child("lifecycle")));
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
        check(c.volumeMounts().get(j), Set.of("recursiveReadOnly"),
            p.child("volumeMounts").index(j));
      }
    }
  }

  private void probe(Optional<? extends Extensible> probe, FieldPath path) {
    probe.ifPresent(p -> check(p, NONE, path));
  }

  private void check(Extensible value, Set<String> realButUnmodelled, FieldPath path) {
    for (String key : value.unknownFields().keySet()) {
      if (!realButUnmodelled.contains(key) && !key.equals("apiVersion") && !key.equals("kind")) {
        errors.warn(path.child(key) + ": unknown field: the API server drops it with a warning, "
            + "and kubectl's strict field validation rejects the manifest");
      }
    }
  }
}
