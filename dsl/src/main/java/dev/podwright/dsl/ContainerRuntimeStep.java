package dev.podwright.dsl;

import dev.podwright.model.Volume;

/**
 * How a container runs beyond its command and resources: in-place resize, raw block devices and
 * a terminal. Every container role offers it; each method returns a new container.
 *
 * @param <C> the container role, returned by every method
 */
public interface ContainerRuntimeStep<C extends ContainerRuntimeStep<C>> {
  /**
   * Says what an in-place resize of {@code resourceName} ({@code "cpu"} or {@code "memory"})
   * needs ({@code resizePolicy[]}). On init containers, sidecars included, the API server takes
   * it only with {@code InPlacePodVerticalScaling} on.
   */
  C resizePolicy(String resourceName, ResizeRestartPolicy restartPolicy);

  /**
   * Exposes a raw block volume as a device at {@code devicePath} ({@code volumeDevices[]}) and
   * declares the volume on the pod, e.g. a claim with {@code volumeMode: Block}.
   */
  C volumeDevice(Volume volume, String devicePath);

  /** Keeps stdin open for attach ({@code stdin}). */
  C stdin(boolean stdin);

  /** Allocates a terminal; needs {@code stdin(true)} to be useful ({@code tty}). */
  C tty(boolean tty);
}
