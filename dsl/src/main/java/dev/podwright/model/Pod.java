package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A Kubernetes pod ({@code apiVersion: v1}, {@code kind: Pod}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which makes invalid pods
 * hard to write, or with {@link #builder()} when you need the raw API shape.
 */
@Value.Immutable
public abstract class Pod implements KubernetesObject {
  Pod() {}

  /** Returns {@code v1}. */
  @Override
  public final String apiVersion() {
    return "v1";
  }

  /** Returns {@code Pod}. */
  @Override
  public final String kind() {
    return "Pod";
  }

  /** Returns the pod metadata. */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the pod specification. */
  @Value.Default
  public PodSpec spec() {
    return PodSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Pod} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutablePod.Builder {
    Builder() {}
  }
}
