package dev.podwright.dsl;

/**
 * A pod whose start sequence is still open: add native sidecars and plain init containers in
 * start order, interleaved as needed, then the first main container with {@link #main}. After
 * that no init container or sidecar can be added, so the order of the code is the start order.
 */
public sealed interface PodInitStep
    extends PodSettingsStep<PodInitStep>, StartSequenceStep<PodInitStep, PodMainStep>
    permits PodDraft {}
