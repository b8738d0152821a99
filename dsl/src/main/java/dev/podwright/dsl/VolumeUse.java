package dev.podwright.dsl;

import dev.podwright.model.Volume;
import dev.podwright.model.VolumeDevice;
import dev.podwright.model.VolumeMount;
import org.jspecify.annotations.Nullable;

/**
 * A container step that mounts a volume or attaches it as a device: the mount or device, and
 * the volume it declares on the pod, if the container's earlier steps had not declared it.
 *
 * @param use a {@link VolumeMount} or a {@link VolumeDevice}
 */
record VolumeUse(Object use, @Nullable Volume declared) implements ContainerReplay.Change {
  @Override
  public void replay(ContainerReplay replay) {
    if (use instanceof VolumeMount mount) {
      replay.container().addVolumeMount(mount);
    } else {
      replay.container().addVolumeDevice((VolumeDevice) use);
    }
  }
}
