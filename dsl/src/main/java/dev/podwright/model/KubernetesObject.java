package dev.podwright.model;

/** A top-level Kubernetes object: a pod or a workload that wraps a pod template. */
public interface KubernetesObject extends Extensible {
  /** Returns the API version, e.g. {@code v1} or {@code batch/v1}. */
  String apiVersion();

  /** Returns the kind, e.g. {@code Pod} or {@code Job}. */
  String kind();

  /** Returns the object metadata. */
  ObjectMeta metadata();
}
