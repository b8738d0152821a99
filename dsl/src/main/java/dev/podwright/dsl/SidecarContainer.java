package dev.podwright.dsl;

import dev.podwright.model.ContainerRestartRule;

/**
 * A native sidecar: an entry of {@code spec.initContainers} with {@code restartPolicy: Always},
 * which is fixed and cannot be changed. It starts before later init containers and the main
 * containers, is restarted whenever it exits, does not keep a Job's pod alive, and is stopped
 * after the main containers, in reverse order. It may have probes and lifecycle hooks.
 */
public sealed interface SidecarContainer extends ProbedContainerStep<SidecarContainer>
    permits SidecarDraft {
  /**
   * Sets the sidecar's restart rules ({@code restartPolicyRules[]}), e.g.
   * {@code restartPolicyRules(restartAllContainersOnExitCodes(88))}; its policy stays
   * {@code Always}. The API server accepts rules on sidecars from 1.36, where
   * {@code RestartAllContainersOnContainerExits} is beta and on; before, it answers
   * {@code restartPolicyRules are not allowed for init containers with restart policy Always}.
   */
  SidecarContainer restartPolicyRules(ContainerRestartRule... rules);
}
