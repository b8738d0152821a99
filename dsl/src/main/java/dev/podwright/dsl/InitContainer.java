package dev.podwright.dsl;

/**
 * A plain init container: an entry of {@code spec.initContainers} that must run to completion
 * before the next one starts. It has no probe or lifecycle methods, as the API server forbids
 * them on init containers that are not sidecars.
 */
public sealed interface InitContainer extends ContainerStep<InitContainer> permits InitDraft {}
