package dev.podwright.dsl;

/**
 * The settings of a pod of its own ({@code kind: Pod}) beyond those a workload's pod template
 * shares ({@link TemplateSettingsStep}): its namespace, restart policy and deadline.
 *
 * @param <S> the current step, returned by every method
 */
public interface PodSettingsStep<S extends PodSettingsStep<S>> extends TemplateSettingsStep<S> {
  /** Sets the namespace ({@code metadata.namespace}); kubectl supplies one when absent. */
  S namespace(String namespace);

  /** Sets the pod restart policy ({@code spec.restartPolicy}); sidecars ignore it. */
  S restartPolicy(RestartPolicy policy);

  /** Sets how long the pod may run before it is failed ({@code spec.activeDeadlineSeconds}). */
  S activeDeadlineSeconds(long seconds);
}
