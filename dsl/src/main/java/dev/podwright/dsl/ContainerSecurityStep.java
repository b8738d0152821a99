package dev.podwright.dsl;

import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SeccompProfile;

/**
 * A container's security context field by field ({@code securityContext}), merged into what is
 * already set; a field set here overrides the pod's. Every container role offers it; each method
 * returns a new container.
 *
 * @param <C> the container role, returned by every method
 */
public interface ContainerSecurityStep<C extends ContainerSecurityStep<C>> {
  /**
   * Applies the Pod Security Standards' {@code restricted} profile: drops {@code ALL}
   * capabilities, forbids privilege escalation, requires a non-root user and uses the runtime's
   * default seccomp profile. Capabilities added later, such as {@code NET_BIND_SERVICE}, are kept.
   */
  C restricted();

  /** Adds Linux capabilities, e.g. {@code "NET_ADMIN"} ({@code securityContext.capabilities.add}). */
  C addCapabilities(String... capabilities);

  /** Drops Linux capabilities, e.g. {@code "ALL"} ({@code securityContext.capabilities.drop}). */
  C dropCapabilities(String... capabilities);

  /** Sets whether the container runs privileged ({@code securityContext.privileged}). */
  C privileged(boolean privileged);

  /** Sets whether a process may gain more privileges ({@code allowPrivilegeEscalation}). */
  C allowPrivilegeEscalation(boolean allow);

  /** Sets whether the root filesystem is read-only ({@code readOnlyRootFilesystem}). */
  C readOnlyRootFilesystem(boolean readOnly);

  /** Sets the user id of the container's process ({@code securityContext.runAsUser}). */
  C runAsUser(long uid);

  /** Sets the primary group id of the container's process ({@code securityContext.runAsGroup}). */
  C runAsGroup(long gid);

  /** Requires a non-root user, checked by the kubelet ({@code securityContext.runAsNonRoot}). */
  C runAsNonRoot(boolean runAsNonRoot);

  /** Sets the seccomp profile, e.g. {@link Pods#seccompRuntimeDefault()}. */
  C seccompProfile(SeccompProfile profile);

  /** Sets the AppArmor profile, e.g. {@link Pods#appArmorRuntimeDefault()}. */
  C appArmorProfile(AppArmorProfile profile);

  /** Sets the SELinux context ({@code securityContext.seLinuxOptions}). */
  C seLinuxOptions(SELinuxOptions options);

  /**
   * Sets the {@code /proc} mount type ({@code securityContext.procMount}); {@code Unmasked}
   * needs a pod with {@code hostUsers(false)}.
   */
  C procMount(ProcMountType type);
}
