package dev.podwright.validation;

import dev.podwright.model.GRPCAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.VolumeMount;
import java.util.List;
import java.util.Optional;

/**
 * The create-path rules of the 1.37 alpha fields, for a profile whose gate is on. While a gate is
 * off, the server's {@code dropDisabledPodFields} removes the field before validation, which
 * {@link VersionDrops} warns about, so none of these rules runs. The callers ask
 * {@link GatedFields#kept} with the field's range from the generated table, and call in here only
 * for a set field: validating a manifest without these fields does not load this class.
 *
 * <p>Source: {@code pkg/apis/core/validation/validation.go} of reckless-sherixx/kubernetes
 * {@code 32ac3ec9}, a 1.38-cycle copy of upstream (it already has the ML-DSA pod-certificate key
 * types of kubernetes/kubernetes#142108, merged September 2026, after 1.37 shipped), the only
 * copy found with these rules; no 1.37 release copy is in the code index. Paths, types and words
 * follow it: {@code validateHTTPGetAction} (protocol), {@code validateGRPCAction} (mode),
 * {@code validateVolumeSource} ({@code emptyDirModeErrorMsg}), {@code ValidateVolumeMounts} and
 * {@code validateBindMountOptions}, {@code validateUserField}. The implementing PRs:
 * kubernetes/kubernetes#139429 (H2C probes), #137762 (gRPC TLS), #140244 (emptyDir mode),
 * #140013 (bind mount options), #139764 (atomic-writer user fields).
 */
final class AlphaFieldRules {
  /** The emptyDir mode's bound, 01777 (octal). */
  private static final int MAX_EMPTY_DIR_MODE = 01777;
  /** The bind mount options, in {@code sets.List} order as the error lists them. */
  private static final List<String> BIND_MOUNT_OPTIONS = List.of("nodev", "noexec", "nosuid");

  private AlphaFieldRules() {}

  /**
   * {@code httpGet.protocol}, in probes and lifecycle hooks alike ({@code validateHandler} runs
   * {@code validateHTTPGetAction} for both): {@code HTTP1} or {@code HTTP2}; {@code HTTP2} is
   * cleartext h2c, so only with scheme HTTP, and without {@code host}. One error at most, in that
   * order. The rules of #139429 while in review (June 2026) had other words ("HTTP2 cannot be
   * combined with scheme HTTPS"), and kubernetes/kubernetes#141973 (September 2026, closed)
   * reports a server admitting HTTPS or a host with HTTP2, so 1.37.0 may differ from this copy.
   */
  static void httpProtocol(HTTPGetAction http, FieldPath path, Errors errors) {
    if (http.protocol().isEmpty()) {
      return;
    }
    String protocol = http.protocol().get();
    boolean h2c = protocol.equals("HTTP2");
    if (!h2c && !protocol.equals("HTTP1")) {
      errors.add(FieldError.notSupported(path.child("protocol"), protocol, "HTTP1", "HTTP2"));
    } else if (h2c && !http.scheme().orElse("HTTP").equals("HTTP")) {
      errors.add(FieldError.invalid(path.child("protocol"), protocol,
          "is only supported with HTTP (H2C)"));
    } else if (h2c && !http.host().orElse("").isEmpty()) {
      errors.add(FieldError.invalid(path.child("host"), http.host().get(),
          "must be empty when `protocol` is \"HTTP2\""));
    }
  }

  /**
   * {@code grpc.mode}: {@code Plaintext} or {@code TLS}, after the port
   * ({@code validateGRPCAction}).
   */
  static void grpcMode(GRPCAction grpc, FieldPath path, Errors errors) {
    if (grpc.mode().isPresent() && !grpc.mode().get().equals("Plaintext")
        && !grpc.mode().get().equals("TLS")) {
      errors.add(FieldError.notSupported(path.child("mode"), grpc.mode().get(), "Plaintext",
          "TLS"));
    }
  }

  /**
   * {@code emptyDir.mode}: permission bits from 0 to 01777, after {@code sizeLimit}
   * ({@code validateVolumeSource}, {@code emptyDirModeErrorMsg}).
   */
  static void emptyDirMode(Optional<Integer> mode, FieldPath emptyDir, List<FieldError> out) {
    if (mode.isPresent() && (mode.get() < 0 || mode.get() > MAX_EMPTY_DIR_MODE)) {
      out.add(FieldError.invalid(emptyDir.child("mode"), mode.get(),
          "must be a number between 0 and 01777 (octal), both inclusive"));
    }
  }

  /**
   * {@code bindMountOptions}, last of a mount's checks ({@code ValidateVolumeMounts}): each entry
   * one of {@code nodev}, {@code noexec} and {@code nosuid} and not repeated, an unsupported
   * repeat getting both errors ({@code validateBindMountOptions}); then, on a mount of an image
   * volume, the whole list refused. No Windows rule: the API's text says these "have no effect on
   * Windows nodes", and validateWindows names none.
   */
  static void bindMountOptions(VolumeMount m, boolean imageVolume, FieldPath mount,
      Errors errors) {
    List<String> options = m.bindMountOptions();
    if (options.isEmpty()) {
      return;
    }
    FieldPath p = mount.child("bindMountOptions");
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (!BIND_MOUNT_OPTIONS.contains(option)) {
        errors.add(FieldError.notSupported(p.index(i), option, BIND_MOUNT_OPTIONS.toArray(
            new String[0])));
      }
      if (options.subList(0, i).contains(option)) {
        errors.add(FieldError.duplicate(p.index(i), option));
      }
    }
    if (imageVolume) {
      // A 1.37 server prints the list as JSON (apimachinery's ErrorBody from v0.34).
      errors.add(FieldError.invalid(p, GoStructs.stringsValue(options),
          "bindMountOptions may not be used with image volumes"));
    }
  }

  /**
   * {@code defaultUser} and {@code user} ({@code validateUserField}): {@code IsValidUserID}, 0 to
   * 2147483647, as {@code runAsUser}.
   */
  static void user(Optional<Long> user, FieldPath parent, String name, List<FieldError> out) {
    if (user.isPresent() && (user.get() < 0 || user.get() > Formats.MAX_USER_ID)) {
      out.add(FieldError.invalid(parent.child(name), user.get(),
          "must be between 0 and 2147483647, inclusive"));
    }
  }
}
