package dev.podwright.dsl;

import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;

/**
 * Pod-level settings, available before and after the main containers. Each method returns a new
 * pod; the receiver is unchanged, so a half-built pod can be the base of several pods.
 *
 * @param <S> the current step, returned by every method
 */
public interface PodSettingsStep<S extends PodSettingsStep<S>> {
  /** Sets the namespace ({@code metadata.namespace}); kubectl supplies one when absent. */
  S namespace(String namespace);

  /** Adds a label ({@code metadata.labels}); a later value for the same key wins. */
  S label(String key, String value);

  /** Adds an annotation ({@code metadata.annotations}); a later value for the same key wins. */
  S annotation(String key, String value);

  /** Sets the pod restart policy ({@code spec.restartPolicy}); sidecars ignore it. */
  S restartPolicy(RestartPolicy policy);

  /** Sets the grace period shared by all containers when the pod stops. */
  S terminationGracePeriodSeconds(long seconds);

  /** Sets how long the pod may run before it is failed ({@code spec.activeDeadlineSeconds}). */
  S activeDeadlineSeconds(long seconds);

  /** Sets the service account ({@code spec.serviceAccountName}). */
  S serviceAccountName(String name);

  /** Adds a node selector label ({@code spec.nodeSelector}). */
  S nodeSelector(String key, String value);

  /** Adds a toleration ({@code spec.tolerations[]}). */
  S toleration(Toleration toleration);

  /** Sets the pod security context ({@code spec.securityContext}). */
  S securityContext(PodSecurityContext securityContext);

  /** Adds an image pull secret by name ({@code spec.imagePullSecrets[].name}). */
  S imagePullSecret(String secretName);

  /** Sets whether the pod uses the node's network namespace ({@code spec.hostNetwork}). */
  S hostNetwork(boolean hostNetwork);

  /** Sets the DNS policy ({@code spec.dnsPolicy}). */
  S dnsPolicy(DnsPolicy policy);

  /** Sets the priority class ({@code spec.priorityClassName}). */
  S priorityClassName(String name);

  /** Sets whether containers share one process namespace ({@code spec.shareProcessNamespace}). */
  S shareProcessNamespace(boolean share);

  /**
   * Declares a volume ({@code spec.volumes[]}) that no container mounts. Mounting a volume
   * declares it already; declaring the same volume twice has no effect.
   */
  S volume(Volume volume);
}
