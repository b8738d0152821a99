package dev.podwright.dsl;

/** A main (application) container: an entry of {@code spec.containers}. */
public sealed interface MainContainer extends ProbedContainerStep<MainContainer>
    permits MainDraft {}
