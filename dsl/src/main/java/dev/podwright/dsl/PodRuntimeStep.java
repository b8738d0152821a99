package dev.podwright.dsl;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodResourceClaim;
import dev.podwright.model.PodSpec;
import dev.podwright.model.ResourceRequirements;
import java.util.function.UnaryOperator;

/**
 * How a pod runs on its node: runtime class, DNS, host namespaces, pod-level resources, readiness
 * gates and the operating system, plus a typed escape hatch to every other pod spec field. Part
 * of every pod and pod template step; each method returns a new step.
 *
 * @param <S> the current step, returned by every method
 */
public interface PodRuntimeStep<S extends PodRuntimeStep<S>> {
  /** Sets the runtime class, e.g. {@code "gvisor"} ({@code spec.runtimeClassName}). */
  S runtimeClassName(String name);

  /** Sets DNS settings merged with those of the DNS policy ({@code spec.dnsConfig}). */
  S dnsConfig(PodDNSConfig config);

  /** Adds {@code /etc/hosts} entries for an IP address ({@code spec.hostAliases[]}). */
  S hostAlias(String ip, String... hostnames);

  /** Sets whether the service account token is mounted ({@code automountServiceAccountToken}). */
  S automountServiceAccountToken(boolean automount);

  /** Sets whether the pod uses the node's process namespace ({@code spec.hostPID}). */
  S hostPID(boolean hostPID);

  /** Sets whether the pod uses the node's IPC namespace ({@code spec.hostIPC}). */
  S hostIPC(boolean hostIPC);

  /**
   * Sets whether the pod runs in the node's user namespace ({@code spec.hostUsers}); {@code false}
   * gives it a user namespace of its own.
   */
  S hostUsers(boolean hostUsers);

  /** Sets the operating system of the pod, e.g. {@code "linux"} ({@code spec.os.name}). */
  S os(String name);

  /** Adds a readiness gate ({@code spec.readinessGates[].conditionType}). */
  S readinessGate(String conditionType);

  /** Adds a dynamic resource claim ({@code spec.resourceClaims[]}). */
  S resourceClaim(PodResourceClaim claim);

  /**
   * Adds pod-level requests ({@code spec.resources.requests}; gate {@code PodLevelResources},
   * beta from 1.34): a budget the containers share. The API server requires it to be at least
   * the containers' effective (sidecar-aware) request: after the last container,
   * {@code podSpec(EffectiveResources.podRequestsFromContainers())} states exactly that total
   * ({@link dev.podwright.sidecar.EffectiveResources#podRequestsFromContainers()}).
   */
  S podRequests(ResourceAmount... requests);

  /** Adds pod-level limits ({@code spec.resources.limits}), a ceiling for all containers. */
  S podLimits(ResourceAmount... limits);

  /** Sets the pod-level resources as a model value ({@code spec.resources}). */
  S podResources(ResourceRequirements resources);

  /**
   * Changes any other pod spec field through the model's builder, e.g.
   * {@code podSpec(s -> s.enableServiceLinks(false).preemptionPolicy("Never"))}. The containers,
   * the restart policy and {@code activeDeadlineSeconds} stay under the DSL's control: a change
   * to them is rejected at once, so the staged promises hold. Validation runs at
   * {@code build()} as for every other field.
   *
   * @throws IllegalArgumentException if the change touches a field the DSL controls
   */
  S podSpec(UnaryOperator<PodSpec.Builder> change);

  /**
   * Changes any other metadata field of the pod or template through the model's builder, e.g.
   * {@code podMetadata(m -> m.addFinalizer("example.com/cleanup"))}. The name and namespace stay
   * under the DSL's control (a pod is named by {@code pod(..)} and placed by
   * {@code namespace(..)}; a template has neither): a change to them is rejected at once.
   *
   * @throws IllegalArgumentException if the change touches the name or the namespace
   */
  S podMetadata(UnaryOperator<ObjectMeta.Builder> change);
}
