package dev.podwright.validation;

import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Sysctl;
import dev.podwright.model.WindowsSecurityContextOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code validatePodSpecSecurityContext} and {@code ValidateSecurityContext}, with the profile
 * checks they share (seccomp, AppArmor, Windows options). Privileged containers are taken to be
 * allowed, as on a default cluster.
 */
final class SecurityRules {
  private static final String SYSCTL_SEGMENT = "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  private static final String SYSCTL_FMT = "^(" + SYSCTL_SEGMENT + "[\\./])*" + SYSCTL_SEGMENT + "$";
  private static final int SYSCTL_MAX_LENGTH = 253;
  private static final int MAX_APPARMOR_PROFILE_LENGTH = 4095;
  private static final int MAX_GMSA_SPEC_LENGTH = 64 * 1024;
  private static final String DNS_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";

  /** The regexes, compiled on first use: few pods have sysctls or Windows options. */
  private static final class Regexes {
    static final Pattern SYSCTL = Pattern.compile(SYSCTL_FMT);
    static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final Pattern NETBIOS = Pattern.compile("[^\\\\/:*?\"<>|.][^\\\\/:*?\"<>|]{0,14}");
    static final Pattern WINDOWS_DOMAIN_DNS =
        Pattern.compile(DNS_LABEL + "(?:\\." + DNS_LABEL + ")*");
    static final Pattern DOTS_AND_SPACES = Pattern.compile("[. ]+");
    static final Pattern USER_NAME_CHARS = Pattern.compile("[\"/\\\\:;|=,+*?<>@\\[\\]]");
  }

  private final Errors errors;
  private final Profile profile;

  SecurityRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /**
   * {@code validatePodSpecSecurityContext}. The v1 {@code spec.shareProcessNamespace},
   * {@code spec.hostPID}, {@code spec.hostIPC} and {@code spec.hostNetwork} live in the internal
   * security context, hence the error path of the first.
   */
  void podSecurityContext(PodSecurityContext sc, PodSpec spec, FieldPath path) {
    unixId(sc.fsGroup(), path, "fsGroup");
    unixId(sc.runAsUser(), path, "runAsUser");
    unixId(sc.runAsGroup(), path, "runAsGroup");
    for (int g = 0; g < sc.supplementalGroups().size(); g++) {
      long gid = sc.supplementalGroups().get(g);
      errors.invalidAll(path.child("supplementalGroups").index(g), gid, Formats.unixId(gid));
    }
    if (spec.shareProcessNamespace().orElse(false) && spec.hostPID().orElse(false)) {
      errors.add(FieldError.invalid(path.child("shareProcessNamespace"), true,
          "ShareProcessNamespace and HostPID cannot both be enabled"));
    }
    sysctls(sc.sysctls(), spec, path.child("sysctls"));
    supported(sc.fsGroupChangePolicy(), path, "fsGroupChangePolicy", "Always", "OnRootMismatch");
    if (sc.seccompProfile().isPresent()) {
      seccompProfile(sc.seccompProfile().get(), path.child("seccompProfile"));
    }
    if (sc.windowsOptions().isPresent()) {
      windowsOptions(sc.windowsOptions().get(), path.child("windowsOptions"));
    }
    if (sc.appArmorProfile().isPresent()) {
      appArmorProfile(sc.appArmorProfile().get(), path.child("appArmorProfile"));
    }
    supported(sc.supplementalGroupsPolicy(), path, "supplementalGroupsPolicy", "Merge", "Strict");
    // useOnlyRecursiveSELinuxChangePolicy (pkg/api/pod/util.go): AllowOnlyRecursive... holds
    // while the SELinuxMount gate is off, which it is by default up to 1.36 (alpha, then beta
    // and off); with the gate on (by default from 1.37, GA), MountOption is allowed too.
    if (profile.isEnabled(Profile.SELINUX_MOUNT)) {
      supported(sc.seLinuxChangePolicy(), path, "seLinuxChangePolicy", "MountOption",
          "Recursive");
    } else {
      supported(sc.seLinuxChangePolicy(), path, "seLinuxChangePolicy", "Recursive");
    }
  }

  /** A policy, when set, is one of {@code values}. */
  private void supported(Optional<String> policy, FieldPath path, String name, String... values) {
    if (policy.isPresent() && !List.of(values).contains(policy.get())) {
      errors.add(FieldError.notSupported(path.child(name), policy.get(), values));
    }
  }

  /**
   * A user or group id, when set. Plain code rather than {@code ifPresent(lambda)} here and in
   * the other rules on every pod's path: each lambda is a class the JVM spins at first use, a
   * cost every fresh JVM pays before its first pod is out.
   */
  private void unixId(Optional<Long> id, FieldPath path, String name) {
    if (id.isPresent()) {
      errors.invalidAll(path.child(name), id.get(), Formats.unixId(id.get()));
    }
  }

  /**
   * {@code validateSysctls} with {@code AllowNamespacedSysctlsForHostNetAndHostIPC} off (it is
   * set only for an update of a pod that has such sysctls already). The host-namespace check,
   * {@code ValidateHostSysctl}, came with kubernetes/kubernetes#118705, which CHANGELOG-1.29.md
   * lists under v1.29.0-rc.0: 1.27 and 1.28 accept a {@code net.*} sysctl with
   * {@code hostNetwork} (the kubelet refuses the pod instead).
   */
  private void sysctls(List<Sysctl> sysctls, PodSpec spec, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sysctls.size(); i++) {
      String name = sysctls.get(i).name();
      FieldPath p = path.index(i).child("name");
      if (name.isEmpty()) {
        errors.add(FieldError.required(p, ""));
      } else if (name.length() > SYSCTL_MAX_LENGTH
          || !Regexes.SYSCTL.matcher(name).matches()) {
        errors.add(FieldError.invalid(p, name, "must have at most " + SYSCTL_MAX_LENGTH
            + " characters and match regex " + SYSCTL_FMT));
      } else if (names.contains(name)) {
        errors.add(FieldError.duplicate(p, name));
      }
      String namespace = profile.atLeast(29) ? sysctlNamespace(name) : "";
      if (spec.hostNetwork().orElse(false) && namespace.equals("net")) {
        errors.add(FieldError.invalid(p, name, "may not be specified when 'hostNetwork' is true"));
      } else if (spec.hostIPC().orElse(false) && namespace.equals("ipc")) {
        errors.add(FieldError.invalid(p, name, "may not be specified when 'hostIPC' is true"));
      }
      names.add(name);
    }
  }

  /** {@code utilsysctl.GetNamespace}: the kernel namespace a sysctl belongs to, or "". */
  private static String sysctlNamespace(String name) {
    String dotted = name.replace('/', '.');
    if (dotted.equals("kernel.sem") || dotted.startsWith("kernel.shm")
        || dotted.startsWith("kernel.msg") || dotted.startsWith("fs.mqueue.")) {
      return "ipc";
    }
    return dotted.startsWith("net.") ? "net" : "";
  }

  /** {@code ValidateSecurityContext} of one container. */
  void containerSecurityContext(SecurityContext sc, FieldPath path, boolean hostUsers) {
    unixId(sc.runAsUser(), path, "runAsUser");
    unixId(sc.runAsGroup(), path, "runAsGroup");
    if (sc.procMount().isPresent()) {
      String mount = sc.procMount().get();
      if (!mount.equals("Default") && !mount.equals("Unmasked")) {
        errors.add(FieldError.notSupported(path.child("procMount"), mount, "Default", "Unmasked"));
      }
      // From 1.30 (ValidateSecurityContext gained its hostUsers argument then: the vendored
      // v1.29.0 validation.go in ceph/ceph-csi e5d9b68d3 has no such check, v1.30.0 in e727bd351
      // has it).
      if (hostUsers && mount.equals("Unmasked") && profile.atLeast(30)) {
        errors.add(FieldError.invalid(path.child("procMount"), mount,
            "`hostUsers` must be false to use `Unmasked`"));
      }
    }
    if (sc.seccompProfile().isPresent()) {
      seccompProfile(sc.seccompProfile().get(), path.child("seccompProfile"));
    }
    if (!sc.allowPrivilegeEscalation().orElse(true)) {
      ErrorBodyValue value =
          new ErrorBodyValue("core.SecurityContext{...}", securityContextJson(sc));
      if (sc.privileged().orElse(false)) {
        errors.add(FieldError.invalid(path, value,
            "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
      }
      if (sc.capabilities().isPresent()) {
        for (String cap : sc.capabilities().get().add()) {
          if (cap.equals("CAP_SYS_ADMIN")) {
            errors.add(FieldError.invalid(path, value,
                "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` "
                    + "CAP_SYS_ADMIN"));
          }
        }
      }
    }
    if (sc.windowsOptions().isPresent()) {
      windowsOptions(sc.windowsOptions().get(), path.child("windowsOptions"));
    }
    if (sc.appArmorProfile().isPresent()) {
      appArmorProfile(sc.appArmorProfile().get(), path.child("appArmorProfile"));
    }
  }

  /** {@code validateSeccompProfileField}, for pods and containers. */
  void seccompProfile(SeccompProfile sp, FieldPath path) {
    String type = sp.type();
    if (type.isEmpty()) {
      errors.add(FieldError.required(path.child("type"),
          "type is required when seccompProfile is set"));
    } else if (!List.of("Localhost", "RuntimeDefault", "Unconfined").contains(type)) {
      errors.add(FieldError.notSupported(path.child("type"), type, "Localhost", "RuntimeDefault",
          "Unconfined"));
    }
    if (type.equals("Localhost")) {
      if (sp.localhostProfile().isEmpty()) {
        errors.add(FieldError.required(path.child("localhostProfile"),
            "must be set when seccomp type is Localhost"));
      } else {
        List<FieldError> found = new ArrayList<>();
        VolumeRules.localDescendingPath(sp.localhostProfile().get(),
            path.child("localhostProfile"), found);
        for (FieldError e : found) {
          errors.add(e);
        }
      }
    } else if (sp.localhostProfile().isPresent()) {
      // From apimachinery v0.34 the value is the profile's JSON (vendored v1.34.1); up to v0.33
      // Go's %#v, whose *string LocalhostProfile prints as an address, so it is elided.
      ErrorBodyValue shown = new ErrorBodyValue(
          "core.SeccompProfile{Type:" + GoValues.quote(type) + ", ...}",
          profileJson(type, sp.localhostProfile()));
      errors.add(FieldError.invalid(path.child("localhostProfile"), shown,
          "can only be set when seccomp type is Localhost"));
    }
  }

  /** {@code ValidateAppArmorProfileField}. */
  void appArmorProfile(AppArmorProfile profile, FieldPath path) {
    Optional<String> localhost = profile.localhostProfile();
    switch (profile.type()) {
      case "Localhost":
        if (localhost.isEmpty()) {
          errors.add(FieldError.required(path.child("localhostProfile"),
              "must be set when AppArmor type is Localhost"));
          break;
        }
        String trimmed = GoStrings.trimSpace(localhost.get());
        if (!trimmed.equals(localhost.get())) {
          errors.add(FieldError.invalid(path.child("localhostProfile"), localhost.get(),
              "must not be padded with whitespace"));
        } else if (trimmed.isEmpty()) {
          errors.add(FieldError.required(path.child("localhostProfile"),
              "must be set when AppArmor type is Localhost"));
        }
        if (localhost.get().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            > MAX_APPARMOR_PROFILE_LENGTH) {
          // ValidateAppArmorProfileField: field.TooLongMaxLength up to 1.31 (v1.30.4 and
          // v1.31.2 copies of validation.go), field.TooLong from 1.32 (v1.32.5)
          errors.add(FieldError.tooLongMaxLength(path.child("localhostProfile"),
              MAX_APPARMOR_PROFILE_LENGTH, this.profile));
        }
        break;
      case "RuntimeDefault":
      case "Unconfined":
        if (localhost.isPresent()) {
          errors.add(FieldError.invalid(path.child("localhostProfile"), localhost.get(),
              "can only be set when AppArmor type is Localhost"));
        }
        break;
      case "":
        errors.add(FieldError.required(path.child("type"),
            "type is required when appArmorProfile is set"));
        break;
      default:
        errors.add(FieldError.notSupported(path.child("type"), profile.type(), "Localhost",
            "RuntimeDefault", "Unconfined"));
    }
  }

  /** {@code validateWindowsSecurityContextOptions}. */
  private void windowsOptions(WindowsSecurityContextOptions w, FieldPath path) {
    if (w.gmsaCredentialSpecName().isPresent()) {
      String name = w.gmsaCredentialSpecName().get();
      errors.invalidAll(path.child("gmsaCredentialSpecName"), name,
          Formats.dns1123Subdomain(name));
    }
    if (w.gmsaCredentialSpec().isPresent()) {
      String spec = w.gmsaCredentialSpec().get();
      if (spec.isEmpty()) {
        errors.add(FieldError.invalid(path.child("gmsaCredentialSpec"), spec,
            "gmsaCredentialSpec cannot be an empty string"));
      } else if (spec.length() > MAX_GMSA_SPEC_LENGTH) {
        errors.add(FieldError.invalid(path.child("gmsaCredentialSpec"), spec,
            "gmsaCredentialSpec size must be under 64 KiB"));
      }
    }
    if (w.runAsUserName().isPresent()) {
      runAsUserName(w.runAsUserName().get(), path.child("runAsUserName"));
    }
  }

  private void runAsUserName(String name, FieldPath path) {
    String[] parts = name.split("\\\\", -1);
    if (name.isEmpty()) {
      errors.add(FieldError.invalid(path, name, "runAsUserName cannot be an empty string"));
    } else if (Regexes.CONTROL.matcher(name).find()) {
      errors.add(FieldError.invalid(path, name, "runAsUserName cannot contain control characters"));
    } else if (parts.length > 2) {
      errors.add(FieldError.invalid(path, name,
          "runAsUserName cannot contain more than one backslash"));
    } else {
      String domain = parts.length == 2 ? parts[0] : "";
      String user = parts.length == 2 ? parts[1] : parts[0];
      if (domain.length() >= 256) {
        errors.add(FieldError.invalid(path, name,
            "runAsUserName's Domain length must be under 256 characters"));
      }
      if (parts.length == 2 && !Regexes.NETBIOS.matcher(domain).matches()
          && !Regexes.WINDOWS_DOMAIN_DNS.matcher(domain).matches()) {
        errors.add(FieldError.invalid(path, name,
            "runAsUserName's Domain doesn't match the NetBios nor the DNS format"));
      }
      if (user.isEmpty()) {
        errors.add(FieldError.invalid(path, name, "runAsUserName's User cannot be empty"));
      } else if (user.length() > 104) {
        errors.add(FieldError.invalid(path, name,
            "runAsUserName's User length must not be longer than 104 characters"));
      }
      if (Regexes.DOTS_AND_SPACES.matcher(user).matches()) {
        errors.add(FieldError.invalid(path, name,
            "runAsUserName's User cannot contain only periods or spaces"));
      }
      if (Regexes.USER_NAME_CHARS.matcher(user).find()) {
        errors.add(FieldError.invalid(path, name,
            "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]"));
      }
    }
  }

  /**
   * The JSON a 1.34 or later server prints for the internal {@code core.SecurityContext} it
   * gives as an error value (apimachinery v0.34's ErrorBody json.Marshals it): Go's field names
   * in the internal type's order (k8s.io/kubernetes v1.34.1 pkg/apis/core/types.go), unset
   * pointers as {@code null}. Up to 1.33 the server prints {@code %#v}, whose pointers are
   * addresses, so that value stays a placeholder.
   */
  static String securityContextJson(SecurityContext sc) {
    StringBuilder sb = new StringBuilder("{\"Capabilities\":");
    sb.append(sc.capabilities().map(c -> "{\"Add\":" + jsonStrings(c.add()) + ",\"Drop\":"
        + jsonStrings(c.drop()) + "}").orElse("null"));
    sb.append(",\"Privileged\":").append(GoStructs.jsonValue(sc.privileged()));
    sb.append(",\"SELinuxOptions\":").append(sc.seLinuxOptions().map(o -> "{\"User\":"
        + GoStructs.jsonString(o.user().orElse("")) + ",\"Role\":"
        + GoStructs.jsonString(o.role().orElse("")) + ",\"Type\":"
        + GoStructs.jsonString(o.type().orElse("")) + ",\"Level\":"
        + GoStructs.jsonString(o.level().orElse("")) + "}").orElse("null"));
    sb.append(",\"WindowsOptions\":").append(sc.windowsOptions().map(w ->
        "{\"GMSACredentialSpecName\":" + GoStructs.jsonString(w.gmsaCredentialSpecName())
            + ",\"GMSACredentialSpec\":" + GoStructs.jsonString(w.gmsaCredentialSpec())
            + ",\"RunAsUserName\":" + GoStructs.jsonString(w.runAsUserName())
            + ",\"HostProcess\":" + GoStructs.jsonValue(w.hostProcess()) + "}").orElse("null"));
    sb.append(",\"RunAsUser\":").append(GoStructs.jsonValue(sc.runAsUser()));
    sb.append(",\"RunAsGroup\":").append(GoStructs.jsonValue(sc.runAsGroup()));
    sb.append(",\"RunAsNonRoot\":").append(GoStructs.jsonValue(sc.runAsNonRoot()));
    sb.append(",\"ReadOnlyRootFilesystem\":")
        .append(GoStructs.jsonValue(sc.readOnlyRootFilesystem()));
    sb.append(",\"AllowPrivilegeEscalation\":")
        .append(GoStructs.jsonValue(sc.allowPrivilegeEscalation()));
    sb.append(",\"ProcMount\":").append(GoStructs.jsonString(sc.procMount()));
    sb.append(",\"SeccompProfile\":").append(sc.seccompProfile()
        .map(p -> profileJson(p.type(), p.localhostProfile())).orElse("null"));
    sb.append(",\"AppArmorProfile\":").append(sc.appArmorProfile()
        .map(p -> profileJson(p.type(), p.localhostProfile())).orElse("null"));
    return sb.append('}').toString();
  }

  /** An internal {@code core.SeccompProfile} or {@code core.AppArmorProfile} as JSON. */
  private static String profileJson(String type, Optional<String> localhostProfile) {
    return "{\"Type\":" + GoStructs.jsonString(type) + ",\"LocalhostProfile\":"
        + GoStructs.jsonString(localhostProfile) + "}";
  }

  /** A {@code []Capability}: {@code null} when empty, as YAML cannot tell nil from empty. */
  private static String jsonStrings(List<String> values) {
    return values.isEmpty() ? "null" : GoStructs.jsonStrings(values);
  }
}
