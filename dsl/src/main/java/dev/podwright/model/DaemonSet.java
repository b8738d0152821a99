package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A daemon set: one pod on every (selected) node ({@code apiVersion: apps/v1}, {@code kind: DaemonSet}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which derives or omits the
 * selector and fixes the pod restart policy as the kind requires, or with {@link #builder()} when
 * you need the raw API shape.
 */
@Value.Immutable
public abstract class DaemonSet implements KubernetesObject {
  DaemonSet() {}

  /** Returns {@code apps/v1}. */
  @Override
  public final String apiVersion() {
    return "apps/v1";
  }

  /** Returns {@code DaemonSet}. */
  @Override
  public final String kind() {
    return "DaemonSet";
  }

  /** Returns the object metadata ({@code metadata}). */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the specification ({@code spec}). */
  @Value.Default
  public DaemonSetSpec spec() {
    return DaemonSetSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DaemonSet} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDaemonSet.Builder {
    Builder() {}
  }
}
