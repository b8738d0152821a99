package dev.podwright.dsl;

/**
 * A workload's pod template ({@code spec.template}) whose start sequence is still open, started
 * with {@link Pods#template()}: the containers as for {@link PodInitStep}, and the settings a
 * template may have. It offers no {@code restartPolicy}, {@code namespace} or
 * {@code activeDeadlineSeconds}: the workload decides those.
 */
public sealed interface TemplateInitStep
    extends TemplateSettingsStep<TemplateInitStep>,
        StartSequenceStep<TemplateInitStep, TemplateMainStep>
    permits TemplateDraft {}
