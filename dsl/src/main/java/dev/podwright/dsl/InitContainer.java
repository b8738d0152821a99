package dev.podwright.dsl;

import dev.podwright.model.ContainerRestartRule;

/**
 * A plain init container: an entry of {@code spec.initContainers} that must run to completion
 * before the next one starts. It has no probe or lifecycle methods, as the API server forbids
 * them on init containers that are not sidecars.
 */
public sealed interface InitContainer extends ContainerStep<InitContainer> permits InitDraft {
  /**
   * Sets this init container's own restart policy ({@code restartPolicy}) and its restart rules
   * ({@code restartPolicyRules[]}), e.g.
   * {@code restartPolicy(InitRestartPolicy.NEVER, restartOnExitCodes(75))}. Upstream Kubernetes
   * accepts both on plain init containers (gate {@code ContainerRestartRules}, beta and on from
   * 1.35), so Podwright offers them here too, although the issue that introduced them named only
   * main containers and sidecars. {@code Always} cannot be chosen: that would make a sidecar.
   */
  InitContainer restartPolicy(InitRestartPolicy policy, ContainerRestartRule... rules);
}
