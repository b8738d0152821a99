package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the pod spec inside a Kubernetes object and puts a changed one back: the per-kind
 * adapters every tool of this package shares.
 */
final class PodTemplates {
  private PodTemplates() {}

  /**
   * A pod spec found in an object.
   *
   * @param spec the pod spec
   * @param path its field path, e.g. {@code spec} or {@code spec.template.spec}
   * @param object the object it came from
   * @param runsToCompletion true for Jobs and CronJobs, whose pods must finish
   * @param activeDeadlineSeconds the deadline of the Job, if any, else the pod's
   * @param replace puts a changed spec back, returning a new object
   */
  record Found(
      PodSpec spec,
      String path,
      KubernetesObject object,
      boolean runsToCompletion,
      Optional<Long> activeDeadlineSeconds,
      Function<PodSpec, KubernetesObject> replace) {

    /** Returns {@code Kind/name}, e.g. {@code Pod/web}. */
    String title() {
      String name = object.metadata().name();
      return object.kind() + "/" + (name.isEmpty() ? "(unnamed)" : name);
    }

    /** Returns the path of a container, e.g. {@code spec.initContainers[1]}. */
    String containerPath(boolean init, int index) {
      return path + (init ? ".initContainers[" : ".containers[") + index + "]";
    }
  }

  /**
   * Returns the pod spec of {@code object}.
   *
   * @throws IllegalArgumentException if the kind carries no pod template
   */
  static Found find(KubernetesObject object) {
    requireNonNull(object, "object == null");
    if (object instanceof Pod) {
      Pod pod = (Pod) object;
      boolean finite = pod.spec().restartPolicy().filter(p -> !p.equals("Always")).isPresent();
      return new Found(pod.spec(), "spec", pod, finite, pod.spec().activeDeadlineSeconds(),
          spec -> Pod.builder().from(pod).spec(spec).build());
    }
    throw new IllegalArgumentException("kind " + object.kind() + " has no pod template");
  }
}
