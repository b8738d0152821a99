package dev.podwright.dsl;

import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.IntOrString;
import java.util.function.UnaryOperator;

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
  // Updates (issue 11)

  /**
   * Replaces pods node by node ({@code spec.updateStrategy.type: RollingUpdate}), taking down up
   * to {@code maxUnavailable} at a time, or starting up to {@code maxSurge} new pods before the
   * old ones stop: numbers or percentages, one of them 0, e.g.
   * {@code rollingUpdate(IntOrString.of(0), IntOrString.of(1))}.
   */
  DaemonSetStep rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge);

  /**
   * Leaves running pods alone on a template change: a pod is replaced only when it is deleted
   * ({@code spec.updateStrategy.type: OnDelete}).
   */
  DaemonSetStep onDelete();

  /**
   * Changes any other field of the daemon set spec through the model's builder, e.g. {@code
   * daemonSetSpec(s -> s.revisionHistoryLimit(3))}: the typed escape hatch for what this step has
   * no method for. The pod template and the selector stay under the DSL's control; a change to
   * them is refused at once. Validation runs at {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  DaemonSetStep daemonSetSpec(UnaryOperator<DaemonSetSpec.Builder> change);
}
