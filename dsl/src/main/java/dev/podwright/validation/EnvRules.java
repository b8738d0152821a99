package dev.podwright.validation;

import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.Container;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvVar;
import dev.podwright.model.EnvVarSource;
import dev.podwright.model.EphemeralContainer;
import dev.podwright.model.FileKeySelector;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ValidateEnv}, {@code validateEnvVarValueFrom}, {@code ValidateEnvFrom} and
 * {@code validateFileKeyRefVolumes}.
 *
 * <p>{@code valueFrom.fileKeyRef} (Kubernetes 1.34+, gate {@code EnvFiles}: alpha in 1.34, beta
 * and on from 1.35) follows a 1.35-era copy of upstream's validation.go
 * (darshansreenivas/validation-gen 04780fad, {@code validateFileKeySelector} and
 * {@code validateFileKeyRefVolumes}): while the gate is off the server's
 * {@code dropFileKeyRefInUse} removes the field first ({@link VersionDrops} warns), and the
 * "must specify one of" message names {@code fileKeyRef} only while the gate is on.
 */
final class EnvRules {
  private static final String HOST_IPS = "status.hostIPs";
  private static final List<String> ENV_FIELD_PATHS = List.of("metadata.name",
      "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
      "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  /**
   * 1.27's {@code validEnvDownwardAPIFieldPathExpressions}, without {@code status.hostIPs}
   * (added in 1.28: pkg/apis/core/validation/validation.go as vendored by ceph/ceph-csi at
   * k8s.io/kubernetes v1.27.4, b2fdc269, and v1.28.0, ef84a109).
   */
  private static final List<String> ENV_FIELD_PATHS_1_27 = ENV_FIELD_PATHS.stream()
      .filter(p -> !p.equals("status.hostIPs")).toList();
  /** The labels {@code ConvertDownwardAPIFieldLabel} accepts for v1 pods. */
  private static final Set<String> CONVERTIBLE = Set.of("metadata.annotations", "metadata.labels",
      "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
      "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase",
      "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  private static final List<String> RESOURCE_FIELD_PATHS = List.of("limits.cpu",
      "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage",
      "requests.memory");
  private static final Set<String> CPU_DIVISORS = Set.of("1m", "1");
  private static final Set<String> MEMORY_DIVISORS = Set.of("1", "1k", "1M", "1G", "1T", "1P",
      "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");
  private static final String MEMORY_DIVISOR_LIST =
      "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei";

  private final Errors errors;
  private final boolean relaxedNames;
  /** Whether the server keeps {@code valueFrom.fileKeyRef}: the version has it, gate on. */
  private final boolean fileKeyRefKept;
  private final Profile profile;

  EnvRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.relaxedNames = profile.isEnabled(Profile.RELAXED_ENV_VAR_NAMES);
    this.fileKeyRefKept = GatedFields.kept(FieldVersions.ENV_VAR_SOURCE_FILE_KEY_REF, profile);
    this.profile = profile;
  }

  private List<String> nameErrors(String name) {
    return relaxedNames ? Formats.relaxedEnvVarName(name) : Formats.envVarName(name);
  }

  void env(List<EnvVar> vars, FieldPath path) {
    for (int i = 0; i < vars.size(); i++) {
      EnvVar ev = vars.get(i);
      FieldPath idx = path.index(i);
      if (ev.name().isEmpty()) {
        errors.add(FieldError.required(idx.child("name"), ""));
      } else {
        errors.invalidAll(idx.child("name"), ev.name(), nameErrors(ev.name()));
      }
      if (ev.valueFrom().isPresent()) {
        valueFrom(ev, ev.valueFrom().get(), idx.child("valueFrom"));
      }
    }
  }

  private void valueFrom(EnvVar ev, EnvVarSource from, FieldPath path) {
    int sources = 0;
    List<FieldError> out = new ArrayList<>();
    if (from.fieldRef().isPresent()) {
      sources++;
      ObjectFieldSelector ref = from.fieldRef().get();
      objectFieldSelector(ref, profile.atLeast(28) ? ENV_FIELD_PATHS : ENV_FIELD_PATHS_1_27,
          path.child("fieldRef"), profile, out);
      downwardAPIHostIPs(ref, path.child("fieldRef"), profile, out);
    }
    if (from.resourceFieldRef().isPresent()) {
      sources++;
      resourceFieldSelector(from.resourceFieldRef().get(), path.child("resourceFieldRef"), false,
          out);
    }
    if (from.configMapKeyRef().isPresent()) {
      sources++;
      ConfigMapKeySelector s = from.configMapKeyRef().get();
      keySelector(s.name(), s.key(), path.child("configMapKeyRef"), out);
    }
    if (from.secretKeyRef().isPresent()) {
      sources++;
      SecretKeySelector s = from.secretKeyRef().get();
      keySelector(s.name(), s.key(), path.child("secretKeyRef"), out);
    }
    if (fileKeyRefKept && from.fileKeyRef().isPresent()) {
      sources++;
      fileKeySelector(from.fileKeyRef().get(), path.child("fileKeyRef"), out);
    }
    for (FieldError e : out) {
      errors.add(e);
    }
    if (sources == 0) {
      errors.add(FieldError.invalid(path, "", "must specify one of: `fieldRef`, "
          + "`resourceFieldRef`, `configMapKeyRef`" + (fileKeyRefKept
              ? ", `secretKeyRef` or `fileKeyRef`" : " or `secretKeyRef`")));
    } else if (!ev.value().orElse("").isEmpty()) {
      errors.add(FieldError.invalid(path, "", "may not be specified when `value` is not empty"));
    } else if (sources > 1) {
      errors.add(FieldError.invalid(path, "",
          "may not have more than one field specified at a time"));
    }
  }

  /**
   * {@code validateFileKeySelector}: the key a relaxed environment variable name, the volume
   * name a DNS label, the path without backsteps.
   */
  private static void fileKeySelector(FileKeySelector s, FieldPath path, List<FieldError> out) {
    if (s.key().isEmpty()) {
      out.add(FieldError.required(path.child("key"), ""));
    } else {
      for (String msg : Formats.relaxedEnvVarName(s.key())) {
        out.add(FieldError.invalid(path.child("key"), s.key(), msg));
      }
    }
    if (s.volumeName().isEmpty()) {
      out.add(FieldError.required(path.child("volumeName"), ""));
    } else {
      for (String msg : Formats.dns1123Label(s.volumeName())) {
        out.add(FieldError.invalid(path.child("volumeName"), s.volumeName(), msg));
      }
    }
    if (s.path().isEmpty()) {
      out.add(FieldError.required(path.child("path"), ""));
    } else {
      VolumeRules.pathNoBacksteps(s.path(), path.child("path"), out);
    }
  }

  /**
   * {@code validateFileKeyRefVolumes}, the last check of {@code ValidatePodSpec}: the volume a
   * {@code fileKeyRef} names exists and is an {@code emptyDir}, for every container, init
   * containers first.
   */
  void fileKeyRefVolumes(PodSpec spec, FieldPath path) {
    if (!fileKeyRefKept || !usesFileKeyRef(spec)) {
      return; // every pod passes here: no container list or path is built without a fileKeyRef
    }
    for (PodContainers.Visited v : PodContainers.visit(spec, path)) {
      List<EnvVar> env = v.container().env();
      for (int j = 0; j < env.size(); j++) {
        EnvVarSource from = env.get(j).valueFrom().orElse(null);
        if (from == null || from.fileKeyRef().isEmpty()) {
          continue;
        }
        String name = from.fileKeyRef().get().volumeName();
        FieldPath p = v.path().child("env").index(j).child("valueFrom").child("fileKeyRef")
            .child("volumeName");
        Volume volume = null; // the last of that name, as upstream's map of sources keeps it
        for (Volume vol : spec.volumes()) {
          volume = vol.name().equals(name) ? vol : volume;
        }
        if (volume == null) {
          errors.add(FieldError.notFound(p, name));
        } else if (volume.emptyDir().isEmpty()) {
          errors.add(FieldError.invalid(p, name, "referenced volume must be of type emptyDir"));
        }
      }
    }
  }

  private static boolean usesFileKeyRef(PodSpec spec) {
    for (Container c : spec.initContainers()) {
      if (usesFileKeyRef(c.env())) {
        return true;
      }
    }
    for (Container c : spec.containers()) {
      if (usesFileKeyRef(c.env())) {
        return true;
      }
    }
    for (EphemeralContainer c : spec.ephemeralContainers()) {
      if (usesFileKeyRef(c.env())) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesFileKeyRef(List<EnvVar> env) {
    for (EnvVar e : env) {
      if (e.valueFrom().isPresent() && e.valueFrom().get().fileKeyRef().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void keySelector(String name, String key, FieldPath path, List<FieldError> out) {
    for (String msg : Formats.nameIsDnsSubdomain(name, false)) {
      out.add(FieldError.invalid(path.child("name"), name, msg));
    }
    if (key.isEmpty()) {
      out.add(FieldError.required(path.child("key"), ""));
    } else {
      for (String msg : Formats.configMapKey(key)) {
        out.add(FieldError.invalid(path.child("key"), key, msg));
      }
    }
  }

  /**
   * {@code validateDownwardAPIHostIPs}, run after the selector's own checks in
   * {@code validateEnvVarValueFrom} and {@code validateDownwardAPIVolumeFile}: from 1.28, while
   * {@code PodHostIPs} is off (alpha in 1.28), {@code status.hostIPs} is forbidden whatever
   * those checks said, since it compares the field path alone, not the {@code apiVersion}
   * (a 1.30-era validation.go; the 1.28 one was not seen).
   */
  static void downwardAPIHostIPs(ObjectFieldSelector ref, FieldPath path, Profile profile,
      List<FieldError> out) {
    if (ref.fieldPath().equals(HOST_IPS) && profile.atLeast(28)
        && !profile.isEnabled(Profile.POD_HOST_IPS)) {
      out.add(FieldError.forbidden(path,
          "may not be set when feature gate 'PodHostIPs' is not enabled"));
    }
  }

  /**
   * {@code validateObjectFieldSelector}, for env vars and downward API volume files. 1.27's
   * {@code ConvertDownwardAPIFieldLabel} does not know {@code status.hostIPs} yet.
   */
  static void objectFieldSelector(ObjectFieldSelector fs, List<String> expressions,
      FieldPath path, Profile profile, List<FieldError> out) {
    String apiVersion = fs.apiVersion().orElse("");
    if (apiVersion.isEmpty()) {
      out.add(FieldError.required(path.child("apiVersion"), ""));
      return;
    }
    String fieldPath = fs.fieldPath();
    if (fieldPath.isEmpty()) {
      out.add(FieldError.required(path.child("fieldPath"), ""));
      return;
    }
    String[] split = splitSubscript(fieldPath);
    String conversionError = null;
    if (!apiVersion.equals("v1")) {
      conversionError = "unsupported pod version: " + apiVersion;
    } else if (split != null) {
      if (!split[0].equals("metadata.annotations") && !split[0].equals("metadata.labels")) {
        conversionError = "field label does not support subscript: " + fieldPath;
      }
    } else if (!CONVERTIBLE.contains(fieldPath) && !fieldPath.equals("spec.host")
        || fieldPath.equals(HOST_IPS) && !profile.atLeast(28)) {
      conversionError = "field label not supported: " + fieldPath;
    }
    if (conversionError != null) {
      out.add(FieldError.invalid(path.child("fieldPath"), fieldPath,
          "error converting fieldPath: " + conversionError));
      return;
    }
    if (split != null) {
      String subscript = split[0].equals("metadata.annotations")
          ? split[1].toLowerCase(Locale.ROOT) : split[1];
      for (String msg : Formats.qualifiedName(subscript, profile)) {
        out.add(FieldError.invalid(path, subscript, msg));
      }
      return;
    }
    String internal = fieldPath.equals("spec.host") ? "spec.nodeName" : fieldPath;
    if (!expressions.contains(internal)) {
      out.add(FieldError.notSupported(path.child("fieldPath"), internal,
          expressions.toArray(new String[0])));
    }
  }

  /** {@code fieldpath.SplitMaybeSubscriptedPath}: {@code [path, subscript]} or null. */
  private static String[] splitSubscript(String fieldPath) {
    if (!fieldPath.endsWith("']")) {
      return null;
    }
    String s = fieldPath.substring(0, fieldPath.length() - 2);
    int open = s.indexOf("['");
    if (open <= 0) {
      return null;
    }
    return new String[] {s.substring(0, open), s.substring(open + 2)};
  }

  /** {@code validateContainerResourceFieldSelector}; {@code volume} requires a container name. */
  static void resourceFieldSelector(ResourceFieldSelector fs, FieldPath path, boolean volume,
      List<FieldError> out) {
    String resource = fs.resource();
    if (volume && fs.containerName().orElse("").isEmpty()) {
      out.add(FieldError.required(path.child("containerName"), ""));
    } else if (resource.isEmpty()) {
      out.add(FieldError.required(path.child("resource"), ""));
    } else if (!RESOURCE_FIELD_PATHS.contains(resource)
        && !resource.startsWith("limits.hugepages-")
        && !resource.startsWith("requests.hugepages-")) {
      out.add(FieldError.notSupported(path.child("resource"), resource,
          RESOURCE_FIELD_PATHS.toArray(new String[0])));
    }
    if (fs.divisor().isPresent() && !fs.divisor().get().isZero()) {
      divisor(resource, fs.divisor().get(), path, out);
    }
  }

  private static void divisor(String resource, Quantity divisor, FieldPath path,
      List<FieldError> out) {
    String d = divisor.canonical();
    FieldPath p = path.child("divisor");
    switch (resource) {
      case "limits.cpu":
      case "requests.cpu":
        if (!CPU_DIVISORS.contains(d)) {
          out.add(FieldError.invalid(p, resource,
              "only divisor's values 1m and 1 are supported with the cpu resource"));
        }
        break;
      case "limits.memory":
      case "requests.memory":
        if (!MEMORY_DIVISORS.contains(d)) {
          out.add(FieldError.invalid(p, resource, "only divisor's values " + MEMORY_DIVISOR_LIST
              + " are supported with the memory resource"));
        }
        break;
      case "limits.ephemeral-storage":
      case "requests.ephemeral-storage":
        if (!MEMORY_DIVISORS.contains(d)) {
          out.add(FieldError.invalid(p, resource, "only divisor's values " + MEMORY_DIVISOR_LIST
              + " are supported with the local ephemeral storage resource"));
        }
        break;
      default:
    }
    if ((resource.startsWith("requests.hugepages-") || resource.startsWith("limits.hugepages-"))
        && !MEMORY_DIVISORS.contains(d)) {
      out.add(FieldError.invalid(p, resource, "only divisor's values " + MEMORY_DIVISOR_LIST
          + " are supported with the hugepages resource"));
    }
  }

  void envFrom(List<EnvFromSource> sources, FieldPath path) {
    for (int i = 0; i < sources.size(); i++) {
      EnvFromSource ev = sources.get(i);
      FieldPath idx = path.index(i);
      String prefix = ev.prefix().orElse("");
      if (!prefix.isEmpty()) {
        errors.invalidAll(idx.child("prefix"), prefix, nameErrors(prefix));
      }
      int count = 0;
      if (ev.configMapRef().isPresent()) {
        count++;
        envSourceName(ev.configMapRef().get().name(), idx.child("configMapRef"));
      }
      if (ev.secretRef().isPresent()) {
        count++;
        envSourceName(ev.secretRef().get().name(), idx.child("secretRef"));
      }
      // Quirk: these two are reported on "envFrom" itself, without the index.
      if (count == 0) {
        errors.add(FieldError.invalid(path, "",
            "must specify one of: `configMapRef` or `secretRef`"));
      } else if (count > 1) {
        errors.add(FieldError.invalid(path, "",
            "may not have more than one field specified at a time"));
      }
    }
  }

  private void envSourceName(String name, FieldPath path) {
    if (name.isEmpty()) {
      errors.add(FieldError.required(path.child("name"), ""));
    } else {
      errors.invalidAll(path.child("name"), name, Formats.nameIsDnsSubdomain(name, true));
    }
  }
}
