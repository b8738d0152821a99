package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A stateful set: replicated pods with stable names and storage ({@code apiVersion: apps/v1}, {@code kind: StatefulSet}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which derives or omits the
 * selector and fixes the pod restart policy as the kind requires, or with {@link #builder()} when
 * you need the raw API shape.
 */
@Value.Immutable
public abstract class StatefulSet implements KubernetesObject {
  StatefulSet() {}

  /** Returns {@code apps/v1}. */
  @Override
  public final String apiVersion() {
    return "apps/v1";
  }

  /** Returns {@code StatefulSet}. */
  @Override
  public final String kind() {
    return "StatefulSet";
  }

  /** Returns the object metadata ({@code metadata}). */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the specification ({@code spec}). */
  @Value.Default
  public StatefulSetSpec spec() {
    return StatefulSetSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSet} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableStatefulSet.Builder {
    Builder() {}
  }
}
