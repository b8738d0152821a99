package dev.podwright.modelgen;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few places where the generated model departs from the plain mapping of Go types, kept in
 * one table so that they are reviewable. The plain mapping (see {@link ApiModel}) is: a pointer or
 * {@code omitempty} field is an {@code Optional}, a slice a {@code List}, a map a {@code Map}, and
 * a required field a plain value defaulting to Go's zero value.
 */
final class Overrides {
  private Overrides() {}

  /**
   * Fields, by declaring Go type and JSON name, that are plain values defaulting to the Go zero
   * value although Go marks them {@code omitempty}: names and images that every real object has,
   * so that {@code container.name()} needs no {@code Optional}.
   */
  static final Set<String> DEFAULTED = Set.of(
      "meta/v1.ObjectMeta.name",
      "core/v1.Container.image",
      "core/v1.EphemeralContainerCommon.image",
      "core/v1.LocalObjectReference.name",
      "core/v1.SecretVolumeSource.secretName",
      "core/v1.ContainerRestartRule.action",
      "core/v1.ContainerRestartRuleOnExitCodes.operator");

  /** Required Go fields that the model keeps {@code Optional} because real manifests omit them. */
  static final Set<String> OPTIONAL = Set.of(
      "apps/v1.StatefulSetSpec.serviceName");

  /**
   * Non-pointer struct fields with these JSON names are plain values defaulting to an empty
   * struct even when {@code omitempty}: {@code pod.spec().containers()} needs no
   * {@code Optional}, and {@code metadata} is always written, as the API server writes it.
   */
  static final Set<String> DEFAULTED_STRUCTS = Set.of("metadata", "spec");

  /**
   * Fields whose Go type changed between versions, by declaring Go type and JSON name, and the
   * type the model uses for every version: the superset, so that no version's field is lost.
   * {@code PersistentVolumeClaimSpec.resources} was {@code ResourceRequirements} (with
   * {@code claims}) until 1.28 and is {@code VolumeResourceRequirements} since.
   */
  static final Map<String, String> TYPES = Map.of(
      "core/v1.PersistentVolumeClaimSpec.resources", "core/v1.ResourceRequirements");

  /** A hand-written interface a generated type implements, and whether it is sealed. */
  record Mixin(String name, boolean sealed) {}

  private static final Mixin PROBE_ACTION = new Mixin("ProbeAction", true);
  private static final Mixin HOOK_ACTION = new Mixin("HookAction", true);
  private static final Mixin ENV_SOURCE = new Mixin("EnvSource", true);

  /**
   * Hand-written interfaces of {@code dev.podwright.model} that generated types implement, by
   * Java type name. The sealed ones group the handlers of probes and hooks and the sources of an
   * environment variable; {@code Restartable} gives {@code Container} its {@code isRestartable()}.
   * Types of the API that are roots with a kind implement {@code KubernetesObject}; every other
   * type implements {@code Extensible}.
   */
  static final Map<String, List<Mixin>> MIXINS = Map.of(
      "ExecAction", List.of(PROBE_ACTION, HOOK_ACTION),
      "HTTPGetAction", List.of(PROBE_ACTION, HOOK_ACTION),
      "TCPSocketAction", List.of(PROBE_ACTION, HOOK_ACTION),
      "GRPCAction", List.of(PROBE_ACTION),
      "SleepAction", List.of(HOOK_ACTION),
      "ObjectFieldSelector", List.of(ENV_SOURCE),
      "ResourceFieldSelector", List.of(ENV_SOURCE),
      "ConfigMapKeySelector", List.of(ENV_SOURCE),
      "SecretKeySelector", List.of(ENV_SOURCE),
      "Container", List.of(new Mixin("Restartable", false)));

  /** Leaf types of the description and their Java shape. */
  static final Map<String, Shape.Scalar> LEAVES = Map.of(
      "resource.Quantity", Shape.Scalar.QUANTITY,
      "intstr.IntOrString", Shape.Scalar.INT_OR_STRING,
      "meta/v1.Time", Shape.Scalar.STRING,
      "meta/v1.MicroTime", Shape.Scalar.STRING,
      "meta/v1.Duration", Shape.Scalar.STRING,
      "types.UID", Shape.Scalar.STRING,
      "meta/v1.FieldsV1", Shape.Scalar.TREE,
      "runtime.RawExtension", Shape.Scalar.TREE);
}
