package dev.podwright.dsl;

import dev.podwright.model.StatefulSet;

/**
 * A stateful set ({@code kind: StatefulSet}) with its pod template; its selector is the
 * template's labels. Start one with {@link Pods#statefulSet}.
 */
public sealed interface StatefulSetStep extends WorkloadStep<StatefulSetStep, StatefulSet>
    permits StatefulSetDraft {
  /** Sets the desired number of pods ({@code spec.replicas}); 1 when absent. */
  StatefulSetStep replicas(int replicas);

  /** Sets the headless service that gives the pods their DNS names ({@code spec.serviceName}). */
  StatefulSetStep serviceName(String serviceName);

  /** Sets whether pods start one by one or all at once ({@code spec.podManagementPolicy}). */
  StatefulSetStep podManagementPolicy(PodManagementPolicy policy);

  /** Sets how long a new pod must be ready to count as available ({@code minReadySeconds}). */
  StatefulSetStep minReadySeconds(int seconds);

  /** Sets how many old revisions are kept ({@code spec.revisionHistoryLimit}). */
  StatefulSetStep revisionHistoryLimit(int limit);
}
