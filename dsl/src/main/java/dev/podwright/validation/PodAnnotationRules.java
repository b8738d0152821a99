package dev.podwright.validation;

import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Toleration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod annotations the API server reads: {@code ValidatePodSpecificAnnotations} (mirror pod,
 * the deprecated tolerations annotation, deletion cost, the deprecated seccomp and AppArmor
 * annotations) and the checks that those
 * annotations agree with the {@code seccompProfile} and {@code appArmorProfile} fields.
 */
final class PodAnnotationRules {
  private static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
  static final String MIRROR = "kubernetes.io/config.mirror";
  private static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
  private static final String APPARMOR = "container.apparmor.security.beta.kubernetes.io/";

  private final Errors errors;

  PodAnnotationRules(Errors errors) {
    this.errors = errors;
  }

  /**
   * {@code validateSeccompAnnotationsAndFields}, which {@code ValidatePodCreate} and
   * {@code ValidatePodTemplateSpec} run after the pod spec: where both the deprecated seccomp
   * annotation and the {@code seccompProfile} field are set, for the pod or for a container
   * (in {@code VisitContainersWithPath} order: init, regular, ephemeral), they must agree.
   */
  void seccompAnnotationsMatchFields(Map<String, String> annotations, PodSpec spec,
      FieldPath specPath) {
    if (spec.securityContext().isPresent() && annotations.containsKey(SECCOMP_POD)) {
      Optional<SeccompProfile> field = spec.securityContext().get().seccompProfile();
      if (field.isPresent()) {
        seccompMatch(annotations.get(SECCOMP_POD), field.get(),
            specPath.child("securityContext").child("seccompProfile"));
      }
    }
    if (!hasKeyStartingWith(annotations, SECCOMP_CONTAINER)) {
      return; // no container annotation to match: no container list, paths or keys to make
    }
    for (PodContainers.Visited v : PodContainers.visit(spec, specPath)) {
      String annotation = annotations.get(SECCOMP_CONTAINER + v.container().name());
      Optional<SecurityContext> sc = v.container().securityContext();
      Optional<SeccompProfile> field = sc.isPresent() ? sc.get().seccompProfile()
          : Optional.empty();
      if (annotation != null && field.isPresent()) {
        seccompMatch(annotation, field.get(),
            v.path().child("securityContext").child("seccompProfile"));
      }
    }
  }

  private static boolean hasKeyStartingWith(Map<String, String> annotations, String prefix) {
    for (String key : annotations.keySet()) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code validateSeccompAnnotationsAndFieldsMatch}. */
  private void seccompMatch(String annotation, SeccompProfile field, FieldPath path) {
    profileMatch("seccomp", field.type(), field.localhostProfile(), annotation,
        List.of("runtime/default", "docker/default"), path);
  }

  /**
   * The annotation-against-field switch that seccomp and AppArmor share: {@code Forbidden} on
   * {@code type} when the kinds differ, on {@code localhostProfile} when the local profiles do.
   */
  private void profileMatch(String kind, String type, Optional<String> localhost,
      String annotation, List<String> runtimeDefault, FieldPath path) {
    boolean typeMatches;
    switch (type) {
      case "Unconfined":
        typeMatches = annotation.equals("unconfined");
        break;
      case "RuntimeDefault":
        typeMatches = runtimeDefault.contains(annotation);
        break;
      case "Localhost":
        typeMatches = annotation.startsWith("localhost/");
        if (typeMatches
            && !localhost.equals(Optional.of(annotation.substring("localhost/".length())))) {
          errors.add(FieldError.forbidden(path.child("localhostProfile"),
              kind + " profile in annotation and field must match"));
        }
        break;
      default:
        typeMatches = true;
    }
    if (!typeMatches) {
      errors.add(FieldError.forbidden(path.child("type"),
          kind + " type in annotation and field must match"));
    }
  }

  /** {@code ValidatePodSpecificAnnotations}; also used for pod template annotations. */
  void podAnnotations(Map<String, String> annotations, PodSpec spec, FieldPath path) {
    if (annotations.containsKey(MIRROR)
        && spec.nodeName().orElse("").isEmpty()) {
      errors.add(FieldError.invalid(path.key(MIRROR), annotations.get(MIRROR),
          "must set spec.nodeName if mirror pod annotation is set"));
    }
    String tolerations = annotations.getOrDefault(TolerationsAnnotation.KEY, "");
    if (!tolerations.isEmpty()) {
      tolerationsAnnotation(tolerations, path);
    }
    // GetValidationOptionsFromPodSpecAndMeta: AllowInvalidPodDeletionCost while PodDeletionCost
    // is off (pkg/api/pod/util.go, every copy read, 1.28-era to 1.37-era).
    if (annotations.containsKey(DELETION_COST)
        && errors.profile().isEnabled(Profile.POD_DELETION_COST)) {
      if (!validDeletionCost(annotations.get(DELETION_COST))) {
        errors.add(FieldError.invalid(path.key(DELETION_COST), annotations.get(DELETION_COST),
            "must be a 32bit integer"));
      }
    }
    if (annotations.containsKey(SECCOMP_POD)) {
      seccompAnnotation(annotations.get(SECCOMP_POD), path.child(SECCOMP_POD));
    }
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      if (e.getKey().startsWith(SECCOMP_CONTAINER)) {
        seccompAnnotation(e.getValue(), path.child(e.getKey()));
      }
    }
    boolean appArmorDropped = appArmorAnnotationsDropped(errors.profile());
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      if (!k.startsWith(APPARMOR)) {
        continue;
      }
      if (appArmorDropped) {
        errors.warn(path.key(k) + ": dropped: the " + Profile.APP_ARMOR + " feature gate is off"
            + " in Kubernetes " + errors.profile().version()
            + ", so the API server silently removes the annotation");
        continue;
      }
      String container = k.substring(APPARMOR.length());
      if (!PodContainers.hasContainer(spec, container)) {
        errors.add(FieldError.invalid(path.key(k), container, "container not found"));
      }
      if (!v.isEmpty() && !v.equals("runtime/default") && !v.equals("unconfined")
          && !v.startsWith("localhost/")) {
        errors.add(FieldError.invalid(path.key(k), v,
            "invalid AppArmor profile name: " + GoValues.quote(v)));
      }
    }
  }

  /**
   * {@code ValidateTolerationsInPodAnnotations}: an annotation the server cannot decode is
   * reported at the annotations' path with the key as the value; decoded tolerations are checked
   * as {@code spec.tolerations} are, under {@code annotations.<key>}.
   */
  private void tolerationsAnnotation(String json, FieldPath path) {
    List<Toleration> tolerations;
    try {
      tolerations = TolerationsAnnotation.parse(json);
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.invalid(path, TolerationsAnnotation.KEY, e.getMessage()));
      return;
    }
    if (!tolerations.isEmpty()) {
      new PodRules(errors).tolerations(tolerations, path.child(TolerationsAnnotation.KEY));
    }
  }

  /** {@code GetDeletionCostFromPodAnnotations}: a canonical decimal int32. */
  private static boolean validDeletionCost(String value) {
    if (value.isEmpty() || !(value.charAt(0) == '-' || value.equals("0")
        || value.charAt(0) >= '1' && value.charAt(0) <= '9')) {
      return false;
    }
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void seccompAnnotation(String profileName, FieldPath path) {
    if (profileName.equals("runtime/default") || profileName.equals("docker/default")
        || profileName.equals("unconfined")) {
      return;
    }
    if (profileName.startsWith("localhost/")) {
      List<FieldError> found = new ArrayList<>();
      VolumeRules.localDescendingPath(profileName.substring("localhost/".length()), path, found);
      for (FieldError e : found) {
        errors.add(e);
      }
      return;
    }
    errors.add(FieldError.invalid(path, profileName, "must be a valid seccomp profile"));
  }

  /**
   * {@code validateAppArmorAnnotationsAndFieldsMatchOnCreate}, which {@code ValidatePodCreate} and
   * {@code ValidatePodTemplateSpec} run last: where a container has both the deprecated AppArmor
   * annotation and an effective {@code appArmorProfile} (its own, else the pod's), they must
   * agree. Windows pods are skipped. For a Pod, the pod strategy's PrepareForCreate first runs
   * {@code applyAppArmorVersionSkew} (pkg/registry/core/pod/strategy.go): an annotation that
   * converts to a valid field is copied into a container without a field of its own (or equals
   * the pod's profile), so it agrees by construction; one that does not convert (an empty
   * {@code localhost/} name, a padded or over-long one, an unknown value) is not copied and is
   * held against the pod's profile. Templates get no such copy.
   */
  void appArmorMatchFields(Map<String, String> annotations, PodSpec spec, FieldPath specPath,
      boolean isPod) {
    if (isWindows(spec) || !appArmorFieldsMatched(errors.profile())) {
      return;
    }
    if (!hasKeyStartingWith(annotations, APPARMOR)) {
      return; // no container annotation to match
    }
    Optional<AppArmorProfile> podProfile = podAppArmor(spec);
    for (PodContainers.Visited v : PodContainers.visit(spec, specPath)) {
      Optional<AppArmorProfile> own = ownAppArmor(v);
      String annotation = annotations.get(APPARMOR + v.container().name());
      if (annotation == null) {
        continue;
      }
      Optional<AppArmorProfile> profile = own.isPresent() ? own : podProfile;
      if (isPod && own.isEmpty() && copiedAppArmor(annotation).isPresent()) {
        continue; // copied into the container's field by the skew, or the pod's profile itself
      }
      if (profile.isEmpty()) {
        continue;
      }
      profileMatch("apparmor", profile.get().type(), profile.get().localhostProfile(),
          annotation, List.of("runtime/default"),
          v.path().child("securityContext").child("appArmorProfile"));
    }
  }

  /**
   * The deprecation warnings of {@code applyAppArmorVersionSkew} (1.30 on; Pods only, not
   * Windows ones), which PrepareForCreate adds before validation, so a refused Pod gets them too:
   * for each container (init, regular, ephemeral) with the annotation and no field of its own,
   * unless the annotation converts to exactly the pod's profile (then nothing is copied and
   * nothing said). The 1.30 strategy was not seen; the 1.31-era and 1.36-era copies agree.
   * Not while {@code AppArmorFields} is off in 1.30: the fields the skew fills are dropped then.
   */
  void appArmorSkewWarnings(Map<String, String> annotations, PodSpec spec) {
    if (!appArmorFieldsMatched(errors.profile()) || isWindows(spec)
        || !hasKeyStartingWith(annotations, APPARMOR)) {
      return;
    }
    Optional<AppArmorProfile> podProfile = podAppArmor(spec);
    for (PodContainers.Visited v : PodContainers.visit(spec, FieldPath.root("spec"))) {
      String key = APPARMOR + v.container().name();
      String annotation = annotations.get(key);
      if (annotation == null || ownAppArmor(v).isPresent()) {
        continue;
      }
      Optional<AppArmorProfile> copied = copiedAppArmor(annotation);
      // apiequality.Semantic.DeepEqual(newField, podProfile): nothing is copied, nothing said
      // (field by field: unknown fields, which the model keeps, are not in Go's struct)
      if (copied.isPresent() && podProfile.isPresent()
          && copied.get().type().equals(podProfile.get().type())
          && copied.get().localhostProfile().equals(podProfile.get().localhostProfile())) {
        continue;
      }
      errors.warn(FieldPath.root("metadata").child("annotations").key(key)
          + ": deprecated since v1.30; use the \"appArmorProfile\" field instead");
    }
  }

  /**
   * The annotations after {@code applyAppArmorVersionSkew}'s copy of fields to annotations, which
   * the pod strategy's PrepareForCreate did up to 1.33 (kubernetes/kubernetes#131989 stopped it
   * in 1.34; a 1.33-era pkg/registry/core/pod/strategy.go has it): each container (init,
   * regular, ephemeral) without the annotation gets the one of its own profile, else of the
   * pod's, when that converts ({@code appArmorAnnotationForField}). Windows pods are skipped.
   * Validation then checks these keys and values too, so a container name no annotation key
   * allows gets a {@code metadata.annotations} error, as ValidatePodCreate of the vendored
   * v1.33.3 tree (openshift-kni/scheduler-plugins 0c967825a) reported after that copy.
   */
  static Map<String, String> withAppArmorFromFields(Map<String, String> annotations,
      PodSpec spec, Profile profile) {
    // Not before 1.30 (no fields, no skew) nor while AppArmorFields or AppArmor is off in 1.30
    // (the fields are dropped before the skew runs).
    if (profile.atLeast(34) || !appArmorFieldsMatched(profile) || isWindows(spec)) {
      return annotations;
    }
    Optional<AppArmorProfile> podProfile = podAppArmor(spec);
    Map<String, String> out = null;
    for (PodContainers.Visited v : PodContainers.visit(spec, FieldPath.root("spec"))) {
      String key = APPARMOR + v.container().name();
      if (annotations.containsKey(key) || out != null && out.containsKey(key)) {
        continue;
      }
      Optional<AppArmorProfile> own = ownAppArmor(v);
      String value = annotationForField(own.isPresent() ? own : podProfile);
      if (!value.isEmpty()) {
        if (out == null) {
          out = new LinkedHashMap<>(annotations);
        }
        out.put(key, value);
      }
    }
    return out == null ? annotations : out;
  }

  /** {@code appArmorAnnotationForField}; empty when the field gives no annotation. */
  private static String annotationForField(Optional<AppArmorProfile> field) {
    if (field.isEmpty()) {
      return "";
    }
    switch (field.get().type()) {
      case "Unconfined":
        return "unconfined";
      case "RuntimeDefault":
        return "runtime/default";
      case "Localhost":
        return field.get().localhostProfile().map(l -> "localhost/" + l).orElse("");
      default:
        return "";
    }
  }

  /**
   * Whether {@code dropDisabledFields} deletes the AppArmor container annotations: while the
   * {@code AppArmor} gate is off (beta and on 1.27 to 1.30; locked on in 1.31 and 1.32; gone,
   * its behaviour kept, from 1.33). Nothing then validates, matches or warns about them.
   */
  static boolean appArmorAnnotationsDropped(Profile profile) {
    return !profile.isEnabled(Profile.APP_ARMOR);
  }

  /**
   * Whether the annotations are held against the {@code appArmorProfile} fields and copied into
   * them on create: from 1.30, while {@code AppArmorFields} is on and the annotations are kept.
   * v1.30.0's {@code validateAppArmorAnnotationsAndFieldsMatchOnCreate} returns at once while
   * {@code AppArmorFields} is off (ceph/ceph-csi's vendored validation.go); the version skew and
   * the template warning ask the same gate, and the fields it would copy into are dropped then.
   */
  static boolean appArmorFieldsMatched(Profile profile) {
    return profile.atLeast(30) && profile.isEnabled(Profile.APP_ARMOR_FIELDS)
        && !appArmorAnnotationsDropped(profile);
  }

  private static boolean isWindows(PodSpec spec) {
    return spec.os().isPresent() && spec.os().get().name().equals("windows");
  }

  private static Optional<AppArmorProfile> podAppArmor(PodSpec spec) {
    return spec.securityContext().isPresent() ? spec.securityContext().get().appArmorProfile()
        : Optional.empty();
  }

  private static Optional<AppArmorProfile> ownAppArmor(PodContainers.Visited v) {
    Optional<SecurityContext> sc = v.container().securityContext();
    return sc.isPresent() ? sc.get().appArmorProfile() : Optional.empty();
  }

  /**
   * {@code ApparmorFieldForAnnotation} kept only if {@code ValidateAppArmorProfileField} accepts
   * it, as the skew does: the field the annotation converts to, or empty when nothing is copied.
   */
  private Optional<AppArmorProfile> copiedAppArmor(String annotation) {
    AppArmorProfile field;
    if (annotation.equals("unconfined")) {
      field = AppArmorProfile.builder().type("Unconfined").build();
    } else if (annotation.equals("runtime/default")) {
      field = AppArmorProfile.builder().type("RuntimeDefault").build();
    } else if (annotation.startsWith("localhost/")) {
      field = AppArmorProfile.builder().type("Localhost")
          .localhostProfile(annotation.substring("localhost/".length())).build();
    } else {
      return Optional.empty();
    }
    Errors scratch = new Errors(errors.profile());
    new SecurityRules(scratch, errors.profile()).appArmorProfile(field, FieldPath.root("field"));
    return scratch.toList().isEmpty() ? Optional.of(field) : Optional.empty();
  }
}
