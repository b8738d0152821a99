package dev.podwright.validation;

import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.WindowsSecurityContextOptions;
import java.util.List;
import java.util.Optional;

/**
 * The operating-system rules of {@code ValidatePodSpec}: {@code validateWindowsHostProcessPod}
 * and {@code validateHostUsers}, which run for every pod, and {@code validateOS} with the
 * Linux- or Windows-only fields it forbids once {@code spec.os.name} is set.
 */
final class OsRules {
  private static final String NOT_WINDOWS = "cannot be set for a windows pod";
  private static final String NOT_LINUX = "windows options cannot be set for a linux pod";

  private final Errors errors;
  private final Profile profile;

  OsRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** {@code validateWindowsHostProcessPod}; privileged (host process) pods are allowed. */
  void windowsHostProcess(PodSpec spec, FieldPath path) {
    Optional<Boolean> podHostProcess = spec.securityContext().isPresent()
        ? hostProcess(spec.securityContext().get().windowsOptions()) : Optional.empty();
    List<PodContainers.Visited> containers = PodContainers.visit(spec, path);
    int hostProcess = 0;
    for (PodContainers.Visited v : containers) {
      Optional<SecurityContext> sc = v.container().securityContext();
      Optional<Boolean> own = sc.isPresent() ? hostProcess(sc.get().windowsOptions())
          : Optional.empty();
      if (podHostProcess.isPresent() && own.isPresent() && !podHostProcess.equals(own)) {
        errors.add(FieldError.invalid(v.path().child("securityContext").child("windowsOptions")
            .child("hostProcess"), own.get(), "pod hostProcess value must be identical if both "
            + "are specified, was " + podHostProcess.get()));
      }
      if (own.orElse(podHostProcess.orElse(false))) {
        hostProcess++;
      }
    }
    if (hostProcess > 0) {
      if (hostProcess != containers.size()) {
        errors.add(FieldError.invalid(path, "", "If pod contains any hostProcess containers "
            + "then all containers must be HostProcess containers"));
      }
      if (!spec.hostNetwork().orElse(false)) {
        errors.add(FieldError.invalid(path.child("hostNetwork"), false,
            "hostNetwork must be true if pod contains any hostProcess containers"));
      }
    }
  }

  /**
   * {@code validateHostUsers}: with {@code hostUsers: false}, no host namespaces. Upstream's
   * paths capitalise {@code HostPID} and {@code HostIPC}. The wording changed from
   * "when `pod.Spec.HostUsers` is false" (the 1.33 upstream source read) to "when `hostUsers`
   * is false", and {@code volumeDevices} became forbidden too, in one change:
   * kubernetes/kubernetes#132868, which CHANGELOG-1.34.md lists under v1.34.0-rc.0, so from 1.34
   * (the rule as in a 1.35 development copy of validation.go, helayoty/kubernetes
   * {@code 68cf1c1f}, and a 1.36-era one, AIAgentSandox/kubernetes {@code 64149d12}; the shared
   * k8s-1.36-1.38.md left the release open).
   * The 1.36-era copy skips the {@code hostNetwork} error when
   * {@code AllowUserNamespacesHostNetworkSupport} is set, which on create is exactly the
   * {@code UserNamespacesHostNetworkSupport} gate ({@code useAllowUserNamespacesHostNetworkSupport}
   * in pkg/api/pod/util.go; alpha and off from 1.35).
   *
   * <p>In 1.27, where only stateless pods could have their own user namespace, the rule first
   * forbids every volume that is not a configMap, secret, downwardAPI, emptyDir or projected one,
   * at {@code volumes[i]} (1.27-cycle validation.go, aleskandro/kubernetes {@code 2c823f90},
   * {@code validateHostUsers}). 1.28 dropped that check with the gate's rename to
   * {@code UserNamespacesSupport} (kubernetes/kubernetes#118691, "apis: drop check for volumes
   * with user namespaces", merged June 2023). The field only reaches here in 1.27 with
   * {@code UserNamespacesStatelessPodsSupport} on: {@link FieldDrops} drops it otherwise.
   */
  void hostUsers(PodSpec spec, FieldPath path) {
    if (spec.hostUsers().orElse(true)) {
      return;
    }
    String detail = profile.atLeast(34) ? "when `hostUsers` is false"
        : "when `pod.Spec.HostUsers` is false";
    if (!profile.atLeast(28)) {
      List<Volume> volumes = spec.volumes();
      for (int i = 0; i < volumes.size(); i++) {
        if (!isStateless(volumes.get(i))) {
          errors.add(FieldError.forbidden(path.child("volumes").index(i),
              "volume type not supported when `pod.Spec.HostUsers` is false"));
        }
      }
    }
    if (spec.hostNetwork().orElse(false)
        && !profile.isEnabled(Profile.USER_NAMESPACES_HOST_NETWORK)) {
      errors.add(FieldError.forbidden(path.child("hostNetwork"), detail));
    }
    if (spec.hostPID().orElse(false)) {
      errors.add(FieldError.forbidden(path.child("HostPID"), detail));
    }
    if (spec.hostIPC().orElse(false)) {
      errors.add(FieldError.forbidden(path.child("HostIPC"), detail));
    }
    if (profile.atLeast(34)) {
      for (PodContainers.Visited v : PodContainers.visit(spec, path)) {
        if (!v.container().volumeDevices().isEmpty()) {
          errors.add(FieldError.forbidden(v.path().child("volumeDevices"), detail));
        }
      }
    }
  }

  /** The volume sources 1.27 allows with {@code hostUsers: false}: no state kept on the host. */
  private static boolean isStateless(Volume v) {
    return v.emptyDir().isPresent() || v.secret().isPresent() || v.downwardAPI().isPresent()
        || v.configMap().isPresent() || v.projected().isPresent();
  }

  /** {@code validateOS}, then {@code validateLinux} or {@code validateWindows} if it passed. */
  void os(PodSpec spec, FieldPath path) {
    if (spec.os().isEmpty()) {
      return;
    }
    String name = spec.os().get().name();
    if (name.isEmpty()) {
      // "cannot be empty" up to 1.33 (v1.33.3 copy of validateOS), no detail from 1.34 (v1.34.1)
      errors.add(FieldError.required(path.child("os").child("name"),
          profile.atLeast(34) ? "" : "cannot be empty"));
    } else if (!name.equals("linux") && !name.equals("windows")) {
      errors.add(FieldError.notSupported(path.child("os"), name, "linux", "windows"));
    } else if (name.equals("linux")) {
      linux(spec, path);
    } else {
      windows(spec, path);
    }
  }

  private static Optional<Boolean> hostProcess(Optional<WindowsSecurityContextOptions> options) {
    return options.isPresent() ? options.get().hostProcess() : Optional.empty();
  }

  private void linux(PodSpec spec, FieldPath path) {
    if (spec.securityContext().isPresent()
        && spec.securityContext().get().windowsOptions().isPresent()) {
      errors.add(FieldError.forbidden(path.child("securityContext").child("windowsOptions"),
          NOT_LINUX));
    }
    for (PodContainers.Visited v : PodContainers.visit(spec, path)) {
      Optional<SecurityContext> sc = v.container().securityContext();
      if (sc.isPresent() && sc.get().windowsOptions().isPresent()) {
        errors.add(FieldError.forbidden(v.path().child("securityContext").child("windowsOptions"),
            NOT_LINUX));
      }
    }
  }

  private void windows(PodSpec spec, FieldPath path) {
    FieldPath sc = path.child("securityContext");
    PodSecurityContext pod = spec.securityContext().orElse(PodSecurityContext.builder().build());
    forbid(pod.appArmorProfile().isPresent(), sc.child("appArmorProfile"));
    forbid(pod.seLinuxOptions().isPresent(), sc.child("seLinuxOptions"));
    forbid(spec.hostUsers().isPresent(), path.child("hostUsers"));
    forbid(spec.hostPID().orElse(false), path.child("hostPID"));
    forbid(spec.hostIPC().orElse(false), path.child("hostIPC"));
    forbid(pod.seccompProfile().isPresent(), sc.child("seccompProfile"));
    forbid(pod.fsGroup().isPresent(), sc.child("fsGroup"));
    forbid(pod.fsGroupChangePolicy().isPresent(), sc.child("fsGroupChangePolicy"));
    forbid(!pod.sysctls().isEmpty(), sc.child("sysctls"));
    forbid(spec.shareProcessNamespace().isPresent(), path.child("shareProcessNamespace"));
    forbid(pod.runAsUser().isPresent(), sc.child("runAsUser"));
    forbid(pod.runAsGroup().isPresent(), sc.child("runAsGroup"));
    forbid(!pod.supplementalGroups().isEmpty(), sc.child("supplementalGroups"));
    forbid(pod.supplementalGroupsPolicy().isPresent(), sc.child("supplementalGroupsPolicy"));
    forbid(pod.seLinuxChangePolicy().isPresent(), sc.child("seLinuxChangePolicy"));
    for (PodContainers.Visited v : PodContainers.visit(spec, path)) {
      if (v.container().securityContext().isEmpty()) {
        continue;
      }
      SecurityContext c = v.container().securityContext().get();
      FieldPath p = v.path().child("securityContext");
      forbid(c.appArmorProfile().isPresent(), p.child("appArmorProfile"));
      forbid(c.seLinuxOptions().isPresent(), p.child("seLinuxOptions"));
      forbid(c.seccompProfile().isPresent(), p.child("seccompProfile"));
      forbid(c.capabilities().isPresent(), p.child("capabilities"));
      forbid(c.readOnlyRootFilesystem().isPresent(), p.child("readOnlyRootFilesystem"));
      forbid(c.privileged().isPresent(), p.child("privileged"));
      forbid(c.allowPrivilegeEscalation().isPresent(), p.child("allowPrivilegeEscalation"));
      forbid(c.procMount().isPresent(), p.child("procMount"));
      forbid(c.runAsUser().isPresent(), p.child("runAsUser"));
      forbid(c.runAsGroup().isPresent(), p.child("runAsGroup"));
    }
  }

  private void forbid(boolean set, FieldPath path) {
    if (set) {
      errors.add(FieldError.forbidden(path, NOT_WINDOWS));
    }
  }
}
