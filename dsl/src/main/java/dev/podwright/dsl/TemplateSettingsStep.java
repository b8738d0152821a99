package dev.podwright.dsl;

import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;

/**
 * The pod-level settings a pod and a workload's pod template share, available before and after
 * the main containers. Each method returns a new step; the receiver is unchanged, so a half-built
 * pod can be the base of several pods. A template has no namespace (its workload's is used), no
 * restart policy (a job chooses it, and replicated kinds require {@code Always}) and no
 * {@code activeDeadlineSeconds} (replicated kinds reject it; a job has its own): only
 * {@link PodSettingsStep} offers those.
 *
 * @param <S> the current step, returned by every method
 */
public interface TemplateSettingsStep<S extends TemplateSettingsStep<S>> {
  /** Adds a label ({@code metadata.labels}); a later value for the same key wins. */
  S label(String key, String value);

  /** Adds an annotation ({@code metadata.annotations}); a later value for the same key wins. */
  S annotation(String key, String value);

  /** Sets the grace period shared by all containers when the pod stops. */
  S terminationGracePeriodSeconds(long seconds);

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
