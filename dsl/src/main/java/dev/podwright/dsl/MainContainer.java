package dev.podwright.dsl;

import dev.podwright.model.ContainerRestartRule;

/** A main (application) container: an entry of {@code spec.containers}. */
public sealed interface MainContainer extends ProbedContainerStep<MainContainer>
    permits MainDraft {
  /**
   * Sets this container's own restart policy, which overrides the pod's
   * ({@code spec.containers[].restartPolicy}), and its restart rules
   * ({@code restartPolicyRules[]}), e.g.
   * {@code restartPolicy(RestartPolicy.NEVER, restartOnExitCodes(42))}. Rules need a policy, so
   * they are given together. Gate {@code ContainerRestartRules}: beta and on from 1.35; a 1.34
   * server drops the fields and an older one rejects them, as {@code build(Profile)} reports.
   */
  MainContainer restartPolicy(RestartPolicy policy, ContainerRestartRule... rules);
}
