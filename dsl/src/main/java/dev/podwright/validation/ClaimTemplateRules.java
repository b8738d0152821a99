package dev.podwright.validation;

import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * A StatefulSet's {@code volumeClaimTemplates}: {@code ValidateVolumeClaimTemplates}
 * (kubernetes/kubernetes#132212, merged for 1.34) runs {@code ValidatePersistentVolumeClaimSpec}
 * on every template, at {@code spec.volumeClaimTemplates[i].spec}; servers before 1.34 do not
 * check the templates at all, and the controller's claim creation fails later instead. Checked:
 * access modes (at least one, known values, {@code ReadWriteOncePod} alone), the storage request
 * (required, positive; the path is upstream's {@code resources[storage]}), the storage class name
 * and the volume mode. Data sources and volume attribute classes are not checked.
 */
final class ClaimTemplateRules {
  private static final List<String> ACCESS_MODES =
      List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
  private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");

  private final Errors errors;

  ClaimTemplateRules(Errors errors) {
    this.errors = errors;
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
    for (String mode : spec.accessModes()) {
      if (!ACCESS_MODES.contains(mode)) {
        errors.add(FieldError.notSupported(modes, mode, ACCESS_MODES.toArray(new String[0])));
      }
    }
    if (spec.accessModes().contains("ReadWriteOncePod") && spec.accessModes().size() > 1) {
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
  }
}
