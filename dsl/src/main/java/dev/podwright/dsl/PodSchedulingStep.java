package dev.podwright.dsl;

import dev.podwright.model.Affinity;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.TopologySpreadConstraint;

/**
 * Where a pod may run: affinity, topology spread, priority and scheduling gates, with short
 * helpers for the common cases. Part of every pod and pod template step
 * ({@link TemplateSettingsStep}); each method returns a new step.
 *
 * @param <S> the current step, returned by every method
 */
public interface PodSchedulingStep<S extends PodSchedulingStep<S>> {
  /**
   * Sets the whole affinity ({@code spec.affinity}), replacing what the helpers below wrote.
   * Helpers called after it add to it.
   */
  S affinity(Affinity affinity);

  /**
   * Requires nodes whose label {@code key} has one of {@code values} ({@code operator: In}), or
   * has the label at all when no value is given ({@code Exists}). Every required label must
   * match: they share one term of
   * {@code spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution}.
   */
  S requireNodeLabel(String key, String... values);

  /**
   * Prefers nodes whose label {@code key} has one of {@code values} ({@code In}, or
   * {@code Exists} without values), with a {@code weight} from 1 to 100
   * ({@code spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}).
   */
  S preferNodeLabel(int weight, String key, String... values);

  /**
   * Spreads the pods of this template across zones: a topology spread constraint on
   * {@code topology.kubernetes.io/zone} with {@code whenUnsatisfiable: DoNotSchedule} that
   * selects the pod's own labels, so the number of pods in any two zones differs by at most
   * {@code maxSkew}. Call it after the labels; use {@link #topologySpreadConstraint} for other
   * choices.
   *
   * @throws IllegalStateException if the pod has no labels yet
   */
  S spreadAcrossZones(int maxSkew);

  /**
   * Never schedules two of these pods on one node: a required pod anti-affinity on
   * {@code kubernetes.io/hostname} that selects the pod's own labels
   * ({@code spec.affinity.podAntiAffinity}). Call it after the labels. With more replicas than
   * nodes, the extra pods stay pending.
   *
   * @throws IllegalStateException if the pod has no labels yet
   */
  S oneReplicaPerNode();

  /**
   * Requires that the pod runs in a topology domain ({@code topologyKey}: a node, a zone, ...)
   * where pods matching {@code selector} already run, e.g.
   * {@code requirePodAffinity("topology.kubernetes.io/zone", matchLabels("app", "cache"))}
   * ({@code spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[]}). The
   * selector looks at pods of the pod's own namespace.
   */
  S requirePodAffinity(String topologyKey, LabelSelector selector);

  /**
   * Prefers, with a {@code weight} from 1 to 100, topology domains where pods matching
   * {@code selector} run
   * ({@code spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}).
   */
  S preferPodAffinity(int weight, String topologyKey, LabelSelector selector);

  /**
   * Never schedules the pod in a topology domain where pods matching {@code selector} run
   * ({@code spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[]});
   * {@link #oneReplicaPerNode()} is this rule on {@code kubernetes.io/hostname} with the pod's
   * own labels.
   */
  S requirePodAntiAffinity(String topologyKey, LabelSelector selector);

  /**
   * Avoids, with a {@code weight} from 1 to 100, topology domains where pods matching
   * {@code selector} run
   * ({@code spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}),
   * e.g. {@code preferPodAntiAffinity(100, "kubernetes.io/hostname", matchLabels("app", "web"))}
   * to spread replicas over nodes where it can, without leaving extra replicas pending.
   */
  S preferPodAntiAffinity(int weight, String topologyKey, LabelSelector selector);

  /** Adds a topology spread constraint ({@code spec.topologySpreadConstraints[]}). */
  S topologySpreadConstraint(TopologySpreadConstraint constraint);

  /**
   * Adds a scheduling gate ({@code spec.schedulingGates[].name}): the pod is not scheduled until
   * a controller removes every gate.
   */
  S schedulingGate(String name);
}
