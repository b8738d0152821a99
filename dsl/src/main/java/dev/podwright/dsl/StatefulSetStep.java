package dev.podwright.dsl;

import dev.podwright.model.IntOrString;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import java.util.function.UnaryOperator;

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
  // Claims, updates and ordinals (issue 11)

  /**
   * Adds a volume claim template ({@code spec.volumeClaimTemplates[]}), made with
   * {@link Pods#volumeClaimTemplate}: each pod gets a claim of its own, mounted where the
   * template's containers mount {@code claim}. A template may mount only claims added here
   * ({@code build()} reports {@code volumeMounts[].name: Not found} otherwise).
   */
  StatefulSetStep volumeClaimTemplate(ClaimTemplate claim);

  /**
   * Updates pods one at a time from the highest ordinal down, keeping those below
   * {@code partition} at the old revision ({@code spec.updateStrategy.type: RollingUpdate},
   * {@code rollingUpdate.partition}); 0 updates all pods.
   */
  StatefulSetStep rollingUpdate(int partition);

  /**
   * Like {@link #rollingUpdate(int)}, taking down up to {@code maxUnavailable} pods at a time
   * ({@code rollingUpdate.maxUnavailable}, a number or a percentage; Kubernetes 1.24+ with the
   * {@code MaxUnavailableStatefulSet} feature gate).
   */
  StatefulSetStep rollingUpdate(int partition, IntOrString maxUnavailable);

  /**
   * Leaves running pods alone on a template change: a pod is updated only when it is deleted
   * ({@code spec.updateStrategy.type: OnDelete}).
   */
  StatefulSetStep onDelete();

  /**
   * Sets whether the pods' claims are kept or deleted when the stateful set is deleted and when
   * it is scaled down ({@code spec.persistentVolumeClaimRetentionPolicy}); both {@code Retain}
   * when absent.
   */
  StatefulSetStep persistentVolumeClaimRetentionPolicy(
      ClaimRetention whenDeleted, ClaimRetention whenScaled);

  /** Numbers the pods from {@code start} instead of 0 ({@code spec.ordinals.start}). */
  StatefulSetStep ordinals(int start);

  /**
   * Changes any other field of the stateful set spec through the model's builder, e.g. {@code
   * statefulSetSpec(s -> s.serviceName("db"))}: the typed escape hatch for what this step has no
   * method for. The pod template and the selector stay under the DSL's control; a change to them
   * is refused at once. Validation runs at {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  StatefulSetStep statefulSetSpec(UnaryOperator<StatefulSetSpec.Builder> change);
}
