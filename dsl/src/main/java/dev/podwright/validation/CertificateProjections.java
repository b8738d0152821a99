package dev.podwright.validation;

import dev.podwright.model.ClusterTrustBundleProjection;
import dev.podwright.model.PodCertificateProjection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code clusterTrustBundle} and {@code podCertificate} sources of a projected volume, as
 * {@code validateProjectionSources} checks them once their gates keep them
 * (ClusterTrustBundleProjection, PodCertificateRequest). Rules, paths and words follow
 * pkg/apis/core/validation/validation.go and its name helpers ({@code ValidateSignerName},
 * {@code ValidateClusterTrustBundleName}, {@code IsKubernetesSignerName}) at
 * AIAgentSandox/kubernetes 64149d12 (1.36 era); the certificate lifetimes are
 * pkg/apis/certificates' {@code MaxMaxExpirationSeconds} (91 days) and
 * {@code KubernetesMaxMaxExpirationSeconds} (24 hours). Not checked: {@code userAnnotations}
 * (1.35+), whose {@code ValidateUserAnnotations} was not found in the code index.
 */
final class CertificateProjections {
  private static final String[] KEY_TYPES = {"RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
      "ECDSAP521", "ED25519"};
  private static final int MAX_MAX_EXPIRATION = 91 * 24 * 60 * 60;
  private static final int KUBERNETES_MAX_MAX_EXPIRATION = 24 * 60 * 60;
  private static final String DUPLICATE_PATHS = "conflicting duplicate paths";

  private CertificateProjections() {}

  /**
   * A cluster trust bundle: by name, or by signer name and label selector; its path joins the
   * projected volume's paths, an empty one included, as upstream inserts it unconditionally.
   */
  static void clusterTrustBundle(ClusterTrustBundleProjection bundle, FieldPath p,
      FieldPath projected, Set<String> paths, Profile profile, List<FieldError> out) {
    Optional<String> name = bundle.name();
    Optional<String> signerName = bundle.signerName();
    if (name.isPresent() && signerName.isPresent()) {
      out.add(FieldError.invalid(p, bundleValue(bundle),
          "only one of name and signerName may be used"));
    } else if (name.isPresent()) {
      bundleName(name.get(), p.child("name"), out);
      if (bundle.labelSelector().isPresent()) {
        out.add(FieldError.invalid(p.child("labelSelector"),
            GoStructs.selectorValue(bundle.labelSelector().get()),
            "labelSelector must be unset if name is specified"));
      }
    } else if (signerName.isPresent()) {
      if (signerName.get().isEmpty()) {
        out.add(FieldError.required(p.child("signerName"), "must be a valid signer name"));
      }
      signerName(signerName.get(), p.child("signerName"), profile, out);
      Errors scratch = new Errors(profile);
      new SchedulingRules(scratch, profile).labelSelector(bundle.labelSelector(),
          p.child("labelSelector"));
      out.addAll(scratch.toList());
    } else {
      out.add(FieldError.required(p, "either name or signerName must be specified"));
    }
    if (bundle.path().isEmpty()) {
      out.add(FieldError.required(p.child("path"), ""));
    }
    VolumeRules.localNonReservedPath(bundle.path(), p.child("path"), out);
    if (!paths.add(bundle.path())) {
      out.add(FieldError.invalid(projected, bundle.path(), DUPLICATE_PATHS));
    }
  }

  /**
   * {@code ValidateClusterTrustBundleName}, with the signer name taken from the name as
   * {@code extractSignerNameFromClusterTrustBundleName} does (before its last ':').
   */
  private static void bundleName(String name, FieldPath path, List<FieldError> out) {
    if (name.isEmpty()) {
      out.add(FieldError.required(path, "must be a valid object name"));
    }
    int split = name.lastIndexOf(':');
    List<String> messages;
    if (split < 0) {
      messages = Formats.nameIsDnsSubdomain(name, false);
    } else {
      String signer = name.substring(0, split).replace(':', '/');
      String prefix = signer.replace('/', ':') + ":";
      messages = name.startsWith(prefix)
          ? Formats.nameIsDnsSubdomain(name.substring(prefix.length()), false)
          : List.of("ClusterTrustBundle for signerName " + signer
              + " must be named with prefix " + prefix);
    }
    for (String m : messages) {
      out.add(FieldError.invalid(path, name, "not a valid clustertrustbundlename: " + m));
    }
  }

  /** A pod certificate: signer, key type, lifetime, and at least one of its three paths. */
  static void podCertificate(PodCertificateProjection cert, FieldPath p, FieldPath projected,
      Set<String> paths, Profile profile, List<FieldError> out) {
    String signer = cert.signerName().orElse("");
    signerName(signer, p.child("signerName"), profile, out);
    String keyType = cert.keyType().orElse("");
    if (!List.of(KEY_TYPES).contains(keyType)) {
      out.add(FieldError.notSupported(p.child("keyType"), keyType, KEY_TYPES));
    }
    if (cert.maxExpirationSeconds().isPresent()) {
      int seconds = cert.maxExpirationSeconds().get();
      FieldPath e = p.child("maxExpirationSeconds");
      if (seconds < 3600) {
        out.add(FieldError.invalid(e, seconds, "if provided, maxExpirationSeconds must be >= 3600"));
      }
      int max = isKubernetesSigner(signer) ? KUBERNETES_MAX_MAX_EXPIRATION : MAX_MAX_EXPIRATION;
      if (seconds > max) {
        out.add(FieldError.invalid(e, seconds,
            "if provided, maxExpirationSeconds must be <= " + max));
      }
    }
    int count = certificatePath(cert.credentialBundlePath(), p.child("credentialBundlePath"),
        projected, paths, out);
    count += certificatePath(cert.keyPath(), p.child("keyPath"), projected, paths, out);
    count += certificatePath(cert.certificateChainPath(), p.child("certificateChainPath"),
        projected, paths, out);
    if (count == 0) {
      out.add(FieldError.required(p,
          "specify at least one of credentialBundlePath, keyPath, and certificateChainPath"));
    }
  }

  /** Returns 1 for a set path, which must be local and unique in the projected volume. */
  private static int certificatePath(Optional<String> value, FieldPath path, FieldPath projected,
      Set<String> paths, List<FieldError> out) {
    String target = value.orElse("");
    if (target.isEmpty()) {
      return 0;
    }
    VolumeRules.localNonReservedPath(target, path, out);
    if (!paths.add(target)) {
      out.add(FieldError.invalid(projected, target, DUPLICATE_PATHS));
    }
    return 1;
  }

  /** {@code IsKubernetesSignerName}: the host part is kubernetes.io or one of its subdomains. */
  private static boolean isKubernetesSigner(String signerName) {
    int slash = signerName.indexOf('/');
    String host = slash < 0 ? signerName : signerName.substring(0, slash);
    return host.equals("kubernetes.io") || host.endsWith(".kubernetes.io");
  }

  /**
   * {@code ValidateSignerName}: {@code <domain>/<path>}, the domain of DNS labels (at least two),
   * the path of DNS subdomains separated by dots, 571 characters in all. The label checks stop
   * at the first bad label, as upstream's do.
   */
  static void signerName(String signerName, FieldPath path, Profile profile,
      List<FieldError> out) {
    if (signerName.isEmpty()) {
      out.add(FieldError.required(path, ""));
      return;
    }
    String[] segments = signerName.split("/", -1);
    if (segments.length != 2) {
      out.add(FieldError.invalid(path, signerName,
          "must be a fully qualified domain and path of the form 'example.com/signer-name'"));
      return;
    }
    String domain = segments[0];
    if (domain.length() > 253) {
      out.add(FieldError.tooLong(path, 253, profile));
    }
    String[] domainLabels = domain.split("\\.", -1);
    for (String label : domainLabels) {
      List<String> messages = Formats.dns1123Label(label);
      if (!messages.isEmpty()) {
        for (String m : messages) {
          out.add(FieldError.invalid(path, domain,
              "validating label " + GoValues.quote(label) + ": " + m));
        }
        break;
      }
    }
    if (domainLabels.length < 2) {
      out.add(FieldError.invalid(path, domain,
          "should be a domain with at least two segments separated by dots"));
    }
    for (String label : segments[1].split("\\.", -1)) {
      List<String> messages = Formats.dns1123Subdomain(label);
      if (!messages.isEmpty()) {
        for (String m : messages) {
          out.add(FieldError.invalid(path, segments[1],
              "validating label " + GoValues.quote(label) + ": " + m));
        }
        break;
      }
    }
    int max = 253 + 253 + 63 + 1 + 1;
    if (signerName.length() > max) {
      out.add(FieldError.tooLong(path, max, profile));
    }
  }

  /**
   * The internal {@code core.ClusterTrustBundleProjection}: up to 1.33 Go's {@code %#v}, whose
   * pointers print as addresses, not reproducible, so here as {@code (*T)(set)}; from 1.34 its
   * JSON, with the internal type's Go field names (it has no JSON tags) and the label selector's
   * own JSON.
   */
  private static ErrorBodyValue bundleValue(ClusterTrustBundleProjection bundle) {
    String formatted = "core.ClusterTrustBundleProjection{Name:" + pointer("string",
        bundle.name()) + ", SignerName:" + pointer("string", bundle.signerName())
        + ", LabelSelector:" + pointer("v1.LabelSelector", bundle.labelSelector())
        + ", Optional:" + pointer("bool", bundle.optional()) + ", Path:"
        + GoValues.quote(bundle.path()) + "}";
    String marshalled = "{\"Name\":" + GoStructs.jsonString(bundle.name())
        + ",\"SignerName\":" + GoStructs.jsonString(bundle.signerName())
        + ",\"LabelSelector\":"
        + bundle.labelSelector().map(GoStructs::selectorJson).orElse("null")
        + ",\"Optional\":" + GoStructs.jsonValue(bundle.optional())
        + ",\"Path\":" + GoStructs.jsonString(bundle.path()) + "}";
    return new ErrorBodyValue(formatted, marshalled);
  }

  private static String pointer(String type, Optional<?> value) {
    return "(*" + type + ")(" + (value.isPresent() ? "set" : "nil") + ")";
  }
}
