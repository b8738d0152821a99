package dev.podwright.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pod specification ({@code spec}): containers in their three roles, volumes and pod-level settings.
 */
@Value.Immutable
public abstract class PodSpec implements Extensible {
  PodSpec() {}

  /** Returns the volumes ({@code spec.volumes}). */
  public abstract List<Volume> volumes();

  /** Returns init containers and native sidecars, in start order ({@code spec.initContainers}). */
  public abstract List<Container> initContainers();

  /** Returns the main containers ({@code spec.containers}). */
  public abstract List<Container> containers();

  /** Returns the pod restart policy: {@code Always}, {@code OnFailure} or {@code Never}. */
  public abstract Optional<String> restartPolicy();

  /** Returns the shared grace period for stopping all containers. */
  public abstract Optional<Long> terminationGracePeriodSeconds();

  /** Returns how long the pod may be active before the kubelet fails it. */
  public abstract Optional<Long> activeDeadlineSeconds();

  /** Returns the DNS policy ({@code ClusterFirst}, {@code Default}, ...). */
  public abstract Optional<String> dnsPolicy();

  /** Returns the node selector labels. */
  public abstract Map<String, String> nodeSelector();

  /** Returns the service account the pod runs as. */
  public abstract Optional<String> serviceAccountName();

  /** Returns whether the pod uses the node's network namespace. */
  public abstract Optional<Boolean> hostNetwork();

  /** Returns whether all containers share one process namespace. */
  public abstract Optional<Boolean> shareProcessNamespace();

  /** Returns the pod-level security context. */
  public abstract Optional<PodSecurityContext> securityContext();

  /** Returns secrets used to pull images. */
  public abstract List<LocalObjectReference> imagePullSecrets();

  /** Returns the priority class name. */
  public abstract Optional<String> priorityClassName();

  /** Returns the tolerations. */
  public abstract List<Toleration> tolerations();

  /** Returns the runtime-class overhead ({@code spec.overhead}), usually set by admission. */
  public abstract Map<String, Quantity> overhead();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSpec} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutablePodSpec.Builder {
    Builder() {}
  }
}
