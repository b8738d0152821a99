package dev.podwright.validation;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.OwnerReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Object metadata ({@code ValidateObjectMetaAccessor}, {@code ValidateLabels}, annotations). */
final class MetaRules {
  /** {@code TotalAnnotationSizeLimitB}. */
  static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  /** {@code standardFinalizers} of pkg/apis/core/validation: the names that need no domain. */
  private static final Set<String> STANDARD_FINALIZERS =
      Set.of("kubernetes", "orphan", "foregroundDeletion");

  private final Errors errors;
  private final Profile profile;

  MetaRules(Errors errors) {
    this(errors, Profile.defaults());
  }

  MetaRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /**
   * Checks the metadata of an object whose name is a DNS subdomain. The namespace is optional
   * (kubectl supplies it) but must be a DNS label when present.
   */
  void objectMeta(ObjectMeta meta, FieldPath path) {
    String generateName = meta.generateName().orElse("");
    if (!generateName.isEmpty()) {
      errors.invalidAll(path.child("generateName"), generateName,
          Formats.nameIsDnsSubdomain(generateName, true));
    }
    String name = nameOnCreate(meta);
    if (name.isEmpty()) {
      errors.add(FieldError.required(path.child("name"), "name or generateName is required"));
    } else {
      errors.invalidAll(path.child("name"), name, Formats.nameIsDnsSubdomain(name, false));
    }
    if (meta.namespace().isPresent() && !meta.namespace().get().isEmpty()) {
      String ns = meta.namespace().get();
      errors.invalidAll(path.child("namespace"), ns, Formats.dns1123Label(ns));
    }
    afterNamespace(meta, path);
  }

  /**
   * The rest of {@code ValidateObjectMetaAccessor} after the name and namespace, in its order:
   * labels, annotations, {@code ValidateOwnerReferences}, {@code ValidateFinalizers}; then core's
   * {@code validateKubeFinalizerName} on each finalizer, which {@code ValidateObjectMeta} of
   * pkg/apis/core/validation runs last. {@code path} is the metadata's own path.
   */
  void afterNamespace(ObjectMeta meta, FieldPath path) {
    labels(meta.labels(), path.child("labels"));
    annotations(meta.annotations(), path.child("annotations"));
    if (!meta.ownerReferences().isEmpty()) {
      ownerReferences(meta.ownerReferences(), path.child("ownerReferences"));
    }
    if (!meta.finalizers().isEmpty()) {
      finalizers(meta.finalizers(), path.child("finalizers"));
    }
  }

  /**
   * {@code ValidateOwnerReferences}: each reference names a version, kind, name and uid, no
   * {@code v1 Event} owns anything, and at most one reference is the controller. Up to 1.36 the
   * errors of a reference are at {@code ownerReferences.<field>}, without the index, as upstream
   * builds them, and are {@code Invalid} ("uid must not be empty"; "must not be empty" from 1.34,
   * apimachinery commit 5937fdff, except for the apiVersion). From 1.37 (apimachinery
   * v0.37.0-beta.0, commit 35f307f3 "Refactor ObjectMeta validation and tags") they are at
   * {@code ownerReferences[i].<field>}: an empty field is {@code Required} ("must not be
   * empty"), an apiVersion {@code ParseGroupVersion} refuses or without a version is
   * {@code Invalid} ("must be <group>/<version> or <version>"). The fields' declarative rules
   * are alpha there ({@code +k8s:alpha(since:"1.37")=+k8s:required}), so the hand-written
   * errors stay, in place.
   */
  private void ownerReferences(List<OwnerReference> references, FieldPath path) {
    boolean indexed = profile.atLeast(37);
    String firstController = "";
    for (int i = 0; i < references.size(); i++) {
      OwnerReference ref = references.get(i);
      FieldPath refPath = indexed ? path.index(i) : path;
      String apiVersion = ref.apiVersion();
      if (indexed) {
        requiredOwnerFields(ref, refPath);
      } else {
        if (apiVersionWithoutVersion(apiVersion)) {
          errors.add(FieldError.invalid(path.child("apiVersion"), apiVersion,
              "version must not be empty"));
        }
        if (ref.kind().isEmpty()) {
          errors.add(FieldError.invalid(path.child("kind"), ref.kind(), emptyDetail("kind")));
        }
        if (ref.name().isEmpty()) {
          errors.add(FieldError.invalid(path.child("name"), ref.name(), emptyDetail("name")));
        }
        if (ref.uid().isEmpty()) {
          errors.add(FieldError.invalid(path.child("uid"), ref.uid(), emptyDetail("uid")));
        }
      }
      if (apiVersion.equals("v1") && ref.kind().equals("Event")) {
        errors.add(FieldError.invalid(refPath, ownerValue(List.of(ref), false),
            "/v1, Kind=Event is disallowed from being an owner"));
      }
      if (ref.controller().orElse(false)) {
        String controller = ref.kind() + "/" + ref.name();
        if (firstController.isEmpty()) {
          firstController = controller;
        } else {
          errors.add(FieldError.invalid(path, ownerValue(references, true),
              "Only one reference can have Controller set to true. Found \"true\" in references for "
                  + firstController + " and " + controller));
        }
      }
    }
  }

  /**
   * An owner reference, or the list of them, as an error value: up to 1.33 Go's {@code %#v} of
   * {@code metav1.OwnerReference}, whose set {@code controller} and {@code blockOwnerDeletion}
   * pointers print as addresses no offline tool knows, shown as {@code (*bool)(<address>)}
   * (unset ones as {@code (*bool)(nil)}; checked against validation.ValidatePodCreate of the
   * vendored v1.33.3 tree, openshift-kni/scheduler-plugins 0c967825a); from 1.34 the JSON of
   * {@code metav1.OwnerReference} ({@code controller} and {@code blockOwnerDeletion} omitted
   * when unset).
   */
  private static ErrorBodyValue ownerValue(List<OwnerReference> references, boolean list) {
    StringBuilder sb = new StringBuilder(list ? "[" : "");
    for (int i = 0; i < references.size(); i++) {
      OwnerReference r = references.get(i);
      sb.append(i == 0 ? "" : ",").append("{\"apiVersion\":")
          .append(GoStructs.jsonString(r.apiVersion())).append(",\"kind\":")
          .append(GoStructs.jsonString(r.kind())).append(",\"name\":")
          .append(GoStructs.jsonString(r.name())).append(",\"uid\":")
          .append(GoStructs.jsonString(r.uid()));
      r.controller().ifPresent(c -> sb.append(",\"controller\":").append(c));
      r.blockOwnerDeletion().ifPresent(b -> sb.append(",\"blockOwnerDeletion\":").append(b));
      sb.append('}');
    }
    return new ErrorBodyValue(goOwnerReferences(references, list),
        sb.append(list ? "]" : "").toString());
  }

  /** Go's {@code %#v} of one {@code metav1.OwnerReference}, or of a slice of them. */
  private static String goOwnerReferences(List<OwnerReference> references, boolean list) {
    StringBuilder sb = new StringBuilder(list ? "[]v1.OwnerReference{" : "");
    for (int i = 0; i < references.size(); i++) {
      OwnerReference r = references.get(i);
      sb.append(i == 0 ? "" : ", ").append("v1.OwnerReference{APIVersion:")
          .append(GoValues.quote(r.apiVersion())).append(", Kind:")
          .append(GoValues.quote(r.kind())).append(", Name:").append(GoValues.quote(r.name()))
          .append(", UID:").append(GoValues.quote(r.uid())).append(", Controller:(*bool)(")
          .append(r.controller().isPresent() ? "<address>" : "nil")
          .append("), BlockOwnerDeletion:(*bool)(")
          .append(r.blockOwnerDeletion().isPresent() ? "<address>" : "nil").append(")}");
    }
    return sb.append(list ? "}" : "").toString();
  }

  /**
   * The detail of an empty owner reference field before 1.37: "uid must not be empty", without
   * the field's name from 1.34 (apimachinery commit 5937fdff, in v0.34.0).
   */
  private String emptyDetail(String field) {
    return profile.atLeast(34) ? "must not be empty" : field + " must not be empty";
  }

  /** The 1.37 {@code validateOwnerReference} checks of the four fields, in its order. */
  private void requiredOwnerFields(OwnerReference ref, FieldPath path) {
    String apiVersion = ref.apiVersion();
    if (apiVersion.isEmpty()) {
      errors.add(FieldError.required(path.child("apiVersion"), "must not be empty"));
    } else if (apiVersionWithoutVersion(apiVersion)) {
      errors.add(FieldError.invalid(path.child("apiVersion"), apiVersion,
          "must be <group>/<version> or <version>"));
    }
    if (ref.kind().isEmpty()) {
      errors.add(FieldError.required(path.child("kind"), "must not be empty"));
    }
    if (ref.name().isEmpty()) {
      errors.add(FieldError.required(path.child("name"), "must not be empty"));
    }
    if (ref.uid().isEmpty()) {
      errors.add(FieldError.required(path.child("uid"), "must not be empty"));
    }
  }

  /**
   * Whether {@code schema.FromAPIVersionAndKind} finds no version in {@code apiVersion}: it is
   * empty, ends with a slash, or has more than one slash (which {@code ParseGroupVersion}
   * refuses).
   */
  private static boolean apiVersionWithoutVersion(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    if (slash < 0) {
      return apiVersion.isEmpty();
    }
    return slash == apiVersion.length() - 1 || apiVersion.indexOf('/', slash + 1) >= 0;
  }

  /**
   * {@code ValidateFinalizers} (each name a qualified name, reported at the list's path; not both
   * {@code orphan} and {@code foregroundDeletion}), then {@code validateKubeFinalizerName} at each
   * index: a name without a slash must be a standard one.
   */
  private void finalizers(List<String> finalizers, FieldPath path) {
    for (String finalizer : finalizers) {
      errors.invalidAll(path, finalizer, Formats.qualifiedName(finalizer, profile));
    }
    if (finalizers.contains("orphan") && finalizers.contains("foregroundDeletion")) {
      errors.add(FieldError.invalid(path, GoStructs.stringsValue(finalizers),
          "finalizer orphan and foregroundDeletion cannot be both set"));
    }
    for (int i = 0; i < finalizers.size(); i++) {
      String finalizer = finalizers.get(i);
      if (finalizer.indexOf('/') < 0 && !STANDARD_FINALIZERS.contains(finalizer)) {
        errors.add(FieldError.invalid(path.index(i), finalizer,
            "name is neither a standard finalizer name nor is it fully qualified"));
      }
    }
  }

  /**
   * Returns the name the object has when the server validates it on create. With only
   * {@code generateName}, {@code rest.BeforeCreate} (k8s.io/apiserver pkg/registry/rest/create.go)
   * sets the name before {@code strategy.Validate} runs: the prefix, cut to 58 characters, plus
   * five random characters ({@code SimpleNameGenerator}, k8s.io/apiserver
   * pkg/storage/names/generate.go), all of them lower-case letters or digits. Offline they are
   * {@code xxxxx}, which every name rule accepts wherever the random ones are.
   */
  static String nameOnCreate(ObjectMeta meta) {
    String generateName = meta.generateName().orElse("");
    if (!meta.name().isEmpty() || generateName.isEmpty()) {
      return meta.name();
    }
    return generateName.substring(0, Math.min(58, generateName.length())) + "xxxxx";
  }

  /**
   * The warning of the Pod, Deployment, Job and CronJob strategies' {@code WarningsOnCreate} for
   * a name that is not a DNS label (from 1.27, kubernetes#114412), which the server sends only
   * once the object is valid. {@code usedIn} says what the name becomes: "the Pod's hostname"
   * for a Pod, "Pod names and hostnames" for a workload.
   */
  static void dnsLabelNameWarning(Errors errors, String name, String usedIn) {
    List<String> messages = Formats.dns1123Label(name);
    if (!messages.isEmpty() && errors.toList().isEmpty()) {
      errors.warn("metadata.name: this is used in " + usedIn + ", which can result in "
          + "surprising behavior; a DNS label is recommended: [" + String.join(" ", messages) + "]");
    }
  }

  /** {@code ValidateLabels}: the path is the map itself, without the key. */
  void labels(Map<String, String> labels, FieldPath path) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      errors.invalidAll(path, e.getKey(), Formats.qualifiedName(e.getKey(), profile));
      errors.invalidAll(path, e.getValue(), Formats.labelValue(e.getValue(), profile));
    }
  }

  /** {@code ValidateAnnotations}: keys are qualified names (case-insensitive); 256 KiB in all. */
  void annotations(Map<String, String> annotations, FieldPath path) {
    long size = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      errors.invalidAll(path, e.getKey(),
          Formats.qualifiedName(e.getKey().toLowerCase(Locale.ROOT), profile));
      size += utf8Length(e.getKey()) + utf8Length(e.getValue());
    }
    if (size > ANNOTATIONS_MAX_BYTES) {
      errors.add(FieldError.tooLong(path, ANNOTATIONS_MAX_BYTES, profile));
    }
  }

  static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
