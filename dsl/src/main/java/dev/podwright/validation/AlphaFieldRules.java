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
 * <p>Sources. No 1.37 copy of {@code pkg/apis/core/validation/validation.go} with these rules
 * could be found in the code index (the 1.36-era AIAgentSandox/kubernetes 64149d12 predates
 * them), so the rules come from the API's own text at kubernetes/api 10b39a39b
 * ({@code core/v1/types.go}: enums, ranges, "must be used with scheme HTTP", "not supported with
 * image volumes", {@code +listType=set}) and, for {@code httpGet.protocol}, from the validation
 * rules of KEP-5999's README (kubernetes/enhancements, "HTTP/2 cleartext (h2c) container probes":
 * {@code protocol: HTTP2} with {@code scheme: HTTPS} or with {@code host} is rejected).
 * The error texts follow the nearest upstream pattern (Unsupported value for enums, Duplicate
 * value for sets, the {@code fileModeErrorMsg} wording for modes, {@code IsValidUserID}'s for
 * user IDs) and are unverified against a 1.37 server.
 */
final class AlphaFieldRules {
  /** The emptyDir mode's bound, 01777 (octal), as the API's text gives it. */
  private static final int MAX_EMPTY_DIR_MODE = 01777;
  private static final List<String> BIND_MOUNT_OPTIONS = List.of("noexec", "nodev", "nosuid");

  private AlphaFieldRules() {}

  /**
   * {@code httpGet.protocol}: {@code HTTP1} or {@code HTTP2}; {@code HTTP2} is cleartext h2c, so
   * the scheme must be HTTP and the probe targets the pod IP, without {@code host}. The three
   * rules are KEP-5999's ("Validation rules (enforced only when H2CContainerProbe gate is
   * on)"); the README names no error type for them, so both types here are unverified.
   */
  static void httpProtocol(HTTPGetAction http, FieldPath path, Errors errors) {
    if (http.protocol().isEmpty()) {
      return;
    }
    String protocol = http.protocol().get();
    FieldPath p = path.child("protocol");
    if (!protocol.equals("HTTP1") && !protocol.equals("HTTP2")) {
      errors.add(FieldError.notSupported(p, protocol, "HTTP1", "HTTP2"));
      return;
    }
    if (protocol.equals("HTTP2")) {
      if (!http.scheme().orElse("HTTP").equals("HTTP")) {
        errors.add(FieldError.invalid(p, protocol, "must be used with scheme HTTP"));
      }
      if (!http.host().orElse("").isEmpty()) {
        errors.add(FieldError.forbidden(path.child("host"),
            "may not be specified when protocol is HTTP2"));
      }
    }
  }

  /**
   * {@code grpc.mode}: {@code Plaintext} or {@code TLS}. The error type is verified: the test
   * plan of KEP-4939's README (kubernetes/enhancements
   * keps/sig-node/4939-tls-in-grpc-probe/README.md, {@code TestValidateGRPCAction}) has
   * "unsupported values like "Verify" are rejected with {@code NotSupported}"; the supported
   * list printed with it is the usual sorted {@code sets.List} (unverified).
   */
  static void grpcMode(GRPCAction grpc, FieldPath path, Errors errors) {
    if (grpc.mode().isPresent() && !grpc.mode().get().equals("Plaintext")
        && !grpc.mode().get().equals("TLS")) {
      errors.add(FieldError.notSupported(path.child("mode"), grpc.mode().get(), "Plaintext",
          "TLS"));
    }
  }

  /**
   * {@code emptyDir.mode}: permission bits from 0 to 01777. The range is verified by KEP-5502's
   * README ("Validation: Rejects pods with mode set outside 0000-01777") and the release note of
   * kubernetes/kubernetes#140244, which implements it; the error text is not.
   */
  static void emptyDirMode(Optional<Integer> mode, FieldPath emptyDir, List<FieldError> out) {
    if (mode.isPresent() && (mode.get() < 0 || mode.get() > MAX_EMPTY_DIR_MODE)) {
      out.add(FieldError.invalid(emptyDir.child("mode"), mode.get(),
          "must be a number between 0 and 01777 (octal), both inclusive"));
    }
  }

  /**
   * {@code bindMountOptions}: a set of {@code noexec}, {@code nodev} and {@code nosuid}, not on a
   * mount of an image volume. KEP-5855's Design Details (kubernetes/enhancements, "Validation:
   * ... Only noexec, nodev, and nosuid are allowed. Duplicates are rejected.") confirm the two
   * rules, though not their error texts. No Windows rule: the API's text says these "have no
   * effect on Windows nodes", unlike the fields validateWindows forbids ("cannot be set when
   * spec.os.name is windows"), and neither the KEP nor the v1.37 storage-hardening blog post
   * names one, so a Windows pod may set them.
   */
  static void bindMountOptions(VolumeMount m, boolean imageVolume, FieldPath mount,
      Errors errors) {
    List<String> options = m.bindMountOptions();
    if (options.isEmpty()) {
      return;
    }
    FieldPath p = mount.child("bindMountOptions");
    if (imageVolume) {
      errors.add(FieldError.forbidden(p, "not supported with image volumes"));
    }
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (!BIND_MOUNT_OPTIONS.contains(option)) {
        errors.add(FieldError.notSupported(p.index(i), option, "noexec", "nodev", "nosuid"));
      } else if (options.subList(0, i).contains(option)) {
        errors.add(FieldError.duplicate(p.index(i), option));
      }
    }
  }

  /**
   * {@code defaultUser} and {@code user}: a user ID, 0 to 2147483647. The fields and their gate
   * are verified by kubernetes/kubernetes#139764 (KEP-5936) and kubernetes/website#56262; the
   * range and the error text are not (no 1.37 validation.go was found).
   */
  static void user(Optional<Long> user, FieldPath parent, String name, List<FieldError> out) {
    if (user.isPresent() && (user.get() < 0 || user.get() > Formats.MAX_USER_ID)) {
      out.add(FieldError.invalid(parent.child(name), user.get(),
          "must be between 0 and 2147483647, inclusive"));
    }
  }
}
