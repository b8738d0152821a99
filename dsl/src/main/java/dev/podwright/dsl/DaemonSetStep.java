package dev.podwright.dsl;

import dev.podwright.model.DaemonSet;

/**
 * A daemon set ({@code kind: DaemonSet}) with its pod template; its selector is the template's
 * labels. Start one with {@link Pods#daemonSet}.
 */
public sealed interface DaemonSetStep extends WorkloadStep<DaemonSetStep, DaemonSet>
    permits DaemonSetDraft {
  /** Sets how long a new pod must be ready to count as available ({@code minReadySeconds}). */
  DaemonSetStep minReadySeconds(int seconds);

  /** Sets how many old revisions are kept ({@code spec.revisionHistoryLimit}). */
  DaemonSetStep revisionHistoryLimit(int limit);
}
