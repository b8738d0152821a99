package dev.podwright.dsl;

/**
 * A native sidecar: an entry of {@code spec.initContainers} with {@code restartPolicy: Always},
 * which is fixed and cannot be changed. It starts before later init containers and the main
 * containers, is restarted whenever it exits, does not keep a Job's pod alive, and is stopped
 * after the main containers, in reverse order. It may have probes and lifecycle hooks.
 */
public sealed interface SidecarContainer extends ProbedContainerStep<SidecarContainer>
    permits SidecarDraft {}
