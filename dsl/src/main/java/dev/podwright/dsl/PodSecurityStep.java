package dev.podwright.dsl;

import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SeccompProfile;

/**
 * The pod security context field by field ({@code spec.securityContext}), merged into what is
 * already set, so {@code runAsNonRoot(true).fsGroup(2000)} keeps both. Containers inherit the
 * user, group, seccomp, AppArmor and SELinux settings unless their own security context
 * overrides them. Part of every pod and pod template step; each method returns a new step.
 *
 * @param <S> the current step, returned by every method
 */
public interface PodSecurityStep<S extends PodSecurityStep<S>> {
  /** Sets the user id of the container processes ({@code spec.securityContext.runAsUser}). */
  S runAsUser(long uid);

  /** Sets the primary group id ({@code spec.securityContext.runAsGroup}). */
  S runAsGroup(long gid);

  /** Requires a non-root user, checked by the kubelet ({@code securityContext.runAsNonRoot}). */
  S runAsNonRoot(boolean runAsNonRoot);

  /** Sets the group that owns the volumes ({@code spec.securityContext.fsGroup}). */
  S fsGroup(long gid);

  /** Adds a supplemental group ({@code spec.securityContext.supplementalGroups[]}). */
  S supplementalGroup(long gid);

  /**
   * Sets the seccomp profile of every container ({@code securityContext.seccompProfile}), e.g.
   * {@link Pods#seccompRuntimeDefault()}.
   */
  S seccompProfile(SeccompProfile profile);

  /**
   * Sets the AppArmor profile of every container ({@code securityContext.appArmorProfile}), e.g.
   * {@link Pods#appArmorRuntimeDefault()}.
   */
  S appArmorProfile(AppArmorProfile profile);

  /** Sets the SELinux context of every container ({@code securityContext.seLinuxOptions}). */
  S seLinuxOptions(SELinuxOptions options);

  /**
   * Adds a namespaced kernel parameter ({@code spec.securityContext.sysctls[]}), e.g.
   * {@code sysctl("net.ipv4.ip_local_port_range", "1024 65535")}; unsafe sysctls must be
   * allowed on the node.
   */
  S sysctl(String name, String value);
}
