package dev.podwright.validation;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.TypedLocalObjectReference;
import dev.podwright.model.TypedObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ValidatePersistentVolumeClaimSpec} and {@code ValidatePersistentVolumeClaimTemplate}, for
 * a StatefulSet's {@code volumeClaimTemplates} and a pod's {@code ephemeral} volumes.
 *
 * <p>StatefulSet: {@code ValidateVolumeClaimTemplates} (kubernetes/kubernetes#132212, merged for
 * 1.34) checks every template's spec at {@code spec.volumeClaimTemplates[i].spec}; servers before
 * 1.34 do not check the templates at all, and the controller's claim creation fails later
 * instead. Ephemeral volumes: {@code validateEphemeralVolumeSource} checks the template's
 * metadata (labels and annotations only) and spec in every version.
 *
 * <p>Checked, in upstream's order: access modes (at least one, known values,
 * {@code ReadWriteOncePod} alone), the selector, the storage request (required, positive; the
 * path is upstream's {@code resources[storage]}), the storage class name, the volume mode,
 * {@code dataSource} and {@code dataSourceRef} (name, kind, API group, namespace, and that the
 * two agree), and {@code volumeAttributesClassName} while the {@code VolumeAttributesClass} gate
 * is on. The claims are not normalised first: {@code NormalizeDataSources} runs when a
 * PersistentVolumeClaim itself is created, not on these embedded templates.
 */
final class ClaimTemplateRules {
  private static final List<String> ACCESS_MODES =
      List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
  private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");

  private static final String DEFAULT_GROUP_KIND =
      "must be 'PersistentVolumeClaim' when referencing the default apiGroup";

  private final Errors errors;
  private final Profile profile;

  ClaimTemplateRules(Errors errors) {
    this.errors = errors;
    this.profile = errors.profile();
  }

  void validate(List<PersistentVolumeClaim> claims, FieldPath path) {
    for (int i = 0; i < claims.size(); i++) {
      spec(claims.get(i).spec(), path.index(i).child("spec"));
    }
  }

  /** {@code ValidatePersistentVolumeClaimSpec}, in its order. */
  void spec(PersistentVolumeClaimSpec spec, FieldPath path) {
    FieldPath modes = path.child("accessModes");
    if (spec.accessModes().isEmpty()) {
      errors.add(FieldError.required(modes, "at least 1 access mode is required"));
    }
    new SchedulingRules(errors, profile).labelSelector(spec.selector(), path.child("selector"));
    // ReadWriteOncePod is supported only while its gate is on (opts.AllowReadWriteOncePod in
    // 1.27 and 1.28, where it is beta and on unless turned off; always from its GA).
    List<String> supported = profile.isEnabled(Profile.READ_WRITE_ONCE_POD) ? ACCESS_MODES
        : ACCESS_MODES.subList(0, ACCESS_MODES.size() - 1);
    for (String mode : spec.accessModes()) {
      if (!supported.contains(mode)) {
        errors.add(FieldError.notSupported(modes, mode, supported.toArray(new String[0])));
      }
    }
    // Forbidden only next to another supported mode (ReadWriteOncePod itself counted whether
    // supported or not): an unknown one gets its NotSupported alone.
    if (spec.accessModes().contains("ReadWriteOncePod") && spec.accessModes().stream()
        .anyMatch(m -> !m.equals("ReadWriteOncePod") && ACCESS_MODES.contains(m))) {
      errors.add(FieldError.forbidden(modes, "may not use ReadWriteOncePod with other access modes"));
    }
    FieldPath storage = path.child("resources").key("storage");
    Map<String, Quantity> requests =
        spec.resources().map(ResourceRequirements::requests).orElse(Map.of());
    Quantity value = requests.get("storage");
    if (value == null) {
      errors.add(FieldError.required(storage, ""));
    } else if (value.signum() <= 0) {
      errors.add(FieldError.invalid(storage, value, "must be greater than zero"));
    }
    spec.storageClassName().filter(name -> !name.isEmpty()).ifPresent(name ->
        errors.invalidAll(path.child("storageClassName"), name, Formats.dns1123Subdomain(name)));
    spec.volumeMode().filter(mode -> !VOLUME_MODES.contains(mode)).ifPresent(mode ->
        errors.add(FieldError.notSupported(path.child("volumeMode"), mode,
            VOLUME_MODES.toArray(new String[0]))));
    dataSources(spec, path);
    if (profile.isEnabled(Profile.VOLUME_ATTRIBUTES_CLASS)) {
      spec.volumeAttributesClassName().filter(name -> !name.isEmpty()).ifPresent(name ->
          errors.invalidAll(path.child("volumeAttributesClassName"), name,
              Formats.dns1123Subdomain(name)));
    }
  }

  /** {@code validateDataSource}, {@code validateDataSourceRef} and their agreement. */
  private void dataSources(PersistentVolumeClaimSpec spec, FieldPath path) {
    spec.dataSource().ifPresent(ds ->
        reference(ds.name(), ds.kind(), ds.apiGroup().orElse(""), path.child("dataSource")));
    spec.dataSourceRef().ifPresent(ref -> {
      FieldPath p = path.child("dataSourceRef");
      reference(ref.name(), ref.kind(), ref.apiGroup().orElse(""), p);
      ref.namespace().filter(ns -> !ns.isEmpty()).ifPresent(ns ->
          errors.invalidAll(p.child("namespace"), ns, Formats.dns1123Label(ns)));
    });
    // Upstream's value is the *field.Path of dataSource: its String() up to 1.33; from 1.34
    // ErrorBody json.Marshals it first, and a Path has no exported fields, so it prints {}.
    ErrorBodyValue dataSourcePath = new ErrorBodyValue(path.child("dataSource").toString(), "{}");
    boolean crossNamespace = spec.dataSourceRef().flatMap(TypedObjectReference::namespace)
        .filter(ns -> !ns.isEmpty()).isPresent();
    if (crossNamespace) {
      if (spec.dataSource().isPresent()) {
        errors.add(FieldError.invalid(path, dataSourcePath,
            "may not be specified when dataSourceRef.namespace is specified"));
      }
    } else if (spec.dataSource().isPresent() && spec.dataSourceRef().isPresent()) {
      TypedLocalObjectReference ds = spec.dataSource().get();
      TypedObjectReference ref = spec.dataSourceRef().get();
      // reflect.DeepEqual on the *string API groups: unset and "" differ.
      if (!ds.apiGroup().equals(ref.apiGroup()) || !ds.kind().equals(ref.kind())
          || !ds.name().equals(ref.name())) {
        errors.add(FieldError.invalid(path, dataSourcePath, "must match dataSourceRef"));
      }
    }
  }

  private void reference(String name, String kind, String apiGroup, FieldPath path) {
    if (name.isEmpty()) {
      errors.add(FieldError.required(path.child("name"), ""));
    }
    if (kind.isEmpty()) {
      errors.add(FieldError.required(path.child("kind"), ""));
    }
    if (apiGroup.isEmpty() && !kind.equals("PersistentVolumeClaim")) {
      errors.add(FieldError.invalid(path, kind, DEFAULT_GROUP_KIND));
    }
    // The API group is checked as a DNS subdomain from 1.29 (the vendored v1.28.8 copy has no
    // such check, v1.29.4 has it, with AllowInvalidAPIGroupInDataSourceOrRef off on create).
    if (!apiGroup.isEmpty() && profile.atLeast(29)) {
      errors.invalidAll(path.child("apiGroup"), apiGroup, Formats.dns1123Subdomain(apiGroup));
    }
  }

  /**
   * {@code ValidateTemplateObjectMeta}: annotations and labels are checked, and every other
   * metadata field is {@code Forbidden: cannot be set}, named as upstream lower-cases the Go
   * field's first letter (so {@code uID}).
   */
  void templateMeta(ObjectMeta meta, FieldPath path) {
    MetaRules rules = new MetaRules(errors, profile);
    rules.annotations(meta.annotations(), path.child("annotations"));
    rules.labels(meta.labels(), path.child("labels"));
    List<String> set = new ArrayList<>();
    if (!meta.name().isEmpty()) {
      set.add("name");
    }
    addIf(set, meta.generateName().filter(s -> !s.isEmpty()), "generateName");
    addIf(set, meta.namespace().filter(s -> !s.isEmpty()), "namespace");
    addIf(set, meta.selfLink().filter(s -> !s.isEmpty()), "selfLink");
    addIf(set, meta.uid().filter(s -> !s.isEmpty()), "uID");
    addIf(set, meta.resourceVersion().filter(s -> !s.isEmpty()), "resourceVersion");
    addIf(set, meta.generation().filter(g -> g != 0), "generation");
    addIf(set, meta.creationTimestamp(), "creationTimestamp");
    addIf(set, meta.deletionTimestamp(), "deletionTimestamp");
    addIf(set, meta.deletionGracePeriodSeconds(), "deletionGracePeriodSeconds");
    if (!meta.ownerReferences().isEmpty()) {
      set.add("ownerReferences");
    }
    if (!meta.finalizers().isEmpty()) {
      set.add("finalizers");
    }
    if (!meta.managedFields().isEmpty()) {
      set.add("managedFields");
    }
    set.forEach(name -> errors.add(FieldError.forbidden(path.child(name), "cannot be set")));
  }

  private static void addIf(List<String> set, Optional<?> value, String name) {
    if (value.isPresent()) {
      set.add(name);
    }
  }
}
