package dev.podwright.model;

import org.immutables.value.Value;

/**
 * A deployment: replicated, interchangeable pods rolled out gradually ({@code apiVersion: apps/v1}, {@code kind: Deployment}).
 *
 * <p>Build one with the staged DSL in {@code dev.podwright.dsl.Pods}, which derives or omits the
 * selector and fixes the pod restart policy as the kind requires, or with {@link #builder()} when
 * you need the raw API shape.
 */
@Value.Immutable
public abstract class Deployment implements KubernetesObject {
  Deployment() {}

  /** Returns {@code apps/v1}. */
  @Override
  public final String apiVersion() {
    return "apps/v1";
  }

  /** Returns {@code Deployment}. */
  @Override
  public final String kind() {
    return "Deployment";
  }

  /** Returns the object metadata ({@code metadata}). */
  @Override
  @Value.Default
  public ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Returns the specification ({@code spec}). */
  @Value.Default
  public DeploymentSpec spec() {
    return DeploymentSpec.builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Deployment} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}
  }
}
