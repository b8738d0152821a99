package dev.podwright.dsl;

/**
 * A pod or pod template whose start sequence is still open: native sidecars and plain init
 * containers in start order, interleaved as needed, then the first main container. Code that
 * adds containers to either, such as {@link dev.podwright.sidecar.IstioSidecar#applyTo}, takes
 * this type.
 *
 * @param <S> the step itself, returned by {@link #sidecar} and {@link #init}
 * @param <M> the step {@link #main} returns: no sidecar or init container after it
 */
public sealed interface StartSequenceStep<
        S extends StartSequenceStep<S, M>, M extends MainContainersStep<M>>
    permits PodInitStep, TemplateInitStep {
  /**
   * Adds a native sidecar ({@code spec.initContainers[]} with {@code restartPolicy: Always}). It
   * starts after the init containers and sidecars before it and keeps running; later containers
   * wait for its startup probe.
   */
  S sidecar(SidecarContainer sidecar);

  /**
   * Adds a plain init container ({@code spec.initContainers[]}). It starts after the containers
   * before it and must exit successfully before the next one starts; sidecars declared before it
   * are running.
   */
  S init(InitContainer init);

  /** Adds the first main container ({@code spec.containers[]}), closing the start sequence. */
  M main(MainContainer main);
}
