package dev.podwright.dsl;

/**
 * A pod whose start sequence is still open: add native sidecars and plain init containers in
 * start order, interleaved as needed, then the first main container with {@link #main}. After
 * that no init container or sidecar can be added, so the order of the code is the start order.
 */
public sealed interface PodInitStep extends PodSettingsStep<PodInitStep> permits PodDraft {
  /**
   * Adds a native sidecar ({@code spec.initContainers[]} with {@code restartPolicy: Always}). It
   * starts after the init containers and sidecars before it and keeps running; later containers
   * wait for its startup probe.
   */
  PodInitStep sidecar(SidecarContainer sidecar);

  /**
   * Adds a plain init container ({@code spec.initContainers[]}). It starts after the containers
   * before it and must exit successfully before the next one starts; sidecars declared before it
   * are running.
   */
  PodInitStep init(InitContainer init);

  /** Adds the first main container ({@code spec.containers[]}), closing the start sequence. */
  PodMainStep main(MainContainer main);
}
