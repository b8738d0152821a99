package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import java.util.Optional;

/**
 * A mount together with the volume it declares on the pod; none for a stateful set's claim
 * template, whose volume the controller adds to each pod.
 */
record MountDraft(Optional<Volume> volume, VolumeMount mount) implements Mount {
  @Override
  public Mount readOnly() {
    return new MountDraft(volume, VolumeMount.builder().from(mount).readOnly(true).build());
  }

  @Override
  public Mount subPath(String subPath) {
    requireNonNull(subPath, "subPath == null");
    return new MountDraft(volume, VolumeMount.builder().from(mount).subPath(subPath).build());
  }

  @Override
  public Mount subPathExpr(String subPathExpr) {
    requireNonNull(subPathExpr, "subPathExpr == null");
    return new MountDraft(
        volume, VolumeMount.builder().from(mount).subPathExpr(subPathExpr).build());
  }
}
