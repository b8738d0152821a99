package dev.podwright.validation;

import java.util.Optional;

/**
 * What the generated version table ({@link FieldVersions}, from the API descriptions) says about
 * one field in a profile: whether the version has it, and the feature gate its
 * {@code +featureGate} marker names if that gate is off, in which case the server's
 * {@code dropDisabledFields} removes it before validation. Keys are {@code JavaType.jsonName}.
 */
final class GatedFields {
  private GatedFields() {}

  /** Returns whether the profile's version has the field (true for fields in every version). */
  static boolean exists(String key, Profile profile) {
    FieldVersions.Range range = FieldVersions.FIELDS.get(key);
    return range == null
        || (profile.minor() >= range.since() && profile.minor() <= range.until());
  }

  /** Returns the first version that has the field, e.g. 28 for {@code Container.restartPolicy}. */
  static int since(String key) {
    FieldVersions.Range range = FieldVersions.FIELDS.get(key);
    return range == null ? FieldVersions.FIRST : range.since();
  }

  /** Returns the field's gate when the API descriptions name one for this version and it is off. */
  static Optional<String> offGate(String key, Profile profile) {
    FieldVersions.Range range = FieldVersions.FIELDS.get(key);
    if (range == null || range.gate().isEmpty() || profile.minor() > range.gatedUntil()
        || profile.isEnabled(range.gate())) {
      return Optional.empty();
    }
    return Optional.of(range.gate());
  }

  /**
   * Whether the server keeps a set field of these versions: the version has it and, while a gate
   * guards it, the gate is on. Both come from the generated table, so a gate that goes GA needs
   * no change here.
   */
  static boolean kept(FieldVersions.Range range, Profile profile) {
    return !VersionDrops.lacks(profile, range) && (range.gate().isEmpty()
        || profile.minor() > range.gatedUntil() || profile.isEnabled(range.gate()));
  }

  /** The warning for a field the server drops because its gate is off. */
  static String dropped(FieldPath path, String gate, Profile profile) {
    return path + ": dropped: the " + gate + " feature gate is off in Kubernetes "
        + profile.version() + ", so the API server silently removes the field";
  }
}
