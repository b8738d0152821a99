package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.Volume;
import java.util.function.UnaryOperator;

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

  /**
   * Changes any other field of the container through the model's builder, e.g. {@code
   * containerSpec(c -> c.terminationMessagePath("/dev/termination-log"))}: the typed escape hatch
   * for what the container steps have no method for, such as a mount's
   * {@code mountPropagation}. What the DSL's types decide stays theirs: a change to the name, the
   * restart policy or its rules, which volumes the mounts and devices name (they declare the
   * pod's volumes), or, on a plain init container, the probes and lifecycle is refused at once. Validation runs at {@code build()} as for every other field. The change may
   * run more than once, so it should only set fields.
   *
   * @throws IllegalArgumentException naming the field, if the change touches one the DSL controls
   */
  C containerSpec(UnaryOperator<Container.Builder> change);
}
