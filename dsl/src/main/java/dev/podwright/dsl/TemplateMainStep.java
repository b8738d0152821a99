package dev.podwright.dsl;

/**
 * A pod template with at least one main container, ready to hand to a workload factory such as
 * {@link Pods#deployment}; it cannot be built on its own.
 */
public sealed interface TemplateMainStep
    extends TemplateSettingsStep<TemplateMainStep>, MainContainersStep<TemplateMainStep>
    permits CompleteTemplate {}
