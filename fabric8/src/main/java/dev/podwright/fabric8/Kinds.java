package dev.podwright.fabric8;

import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.StatefulSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/** Which fabric8 class holds each Podwright kind. */
final class Kinds {
  private static final Map<Class<? extends KubernetesObject>, Class<? extends HasMetadata>>
      FABRIC8 = Map.of(
          Pod.class, io.fabric8.kubernetes.api.model.Pod.class,
          Job.class, io.fabric8.kubernetes.api.model.batch.v1.Job.class,
          CronJob.class, io.fabric8.kubernetes.api.model.batch.v1.CronJob.class,
          Deployment.class, io.fabric8.kubernetes.api.model.apps.Deployment.class,
          StatefulSet.class, io.fabric8.kubernetes.api.model.apps.StatefulSet.class,
          DaemonSet.class, io.fabric8.kubernetes.api.model.apps.DaemonSet.class);

  private Kinds() {}

  static Class<? extends HasMetadata> fabric8Class(KubernetesObject object) {
    for (Map.Entry<Class<? extends KubernetesObject>, Class<? extends HasMetadata>> e
        : FABRIC8.entrySet()) {
      if (e.getKey().isInstance(object)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no fabric8 class for kind " + object.kind());
  }

  /** Returns {@code object} as {@code type}: a fabric8 object whose kind was set to another. */
  static <T extends KubernetesObject> T as(KubernetesObject object, Class<T> type) {
    if (!type.isInstance(object)) {
      throw new IllegalArgumentException("expected kind " + type.getSimpleName() + ", found "
          + object.apiVersion() + " " + object.kind());
    }
    return type.cast(object);
  }
}
