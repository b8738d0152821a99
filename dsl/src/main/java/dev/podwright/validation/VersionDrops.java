package dev.podwright.validation;

import dev.podwright.model.Extensible;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Warns about every field set in an object that the target Kubernetes version does not have,
 * from the version table generated out of the API descriptions ({@link FieldVersions}): the API
 * server's default field validation drops such a field with a warning, as it does any unknown
 * field. The sidecar fields with rules of their own ({@link FieldDrops}) are left to those.
 *
 * <p>{@link FieldChecks} finds the fields, as the generated {@link ModelWalk} hands them over,
 * straight from each field's range constant. An unknown field whose name a typed field of its
 * object has (as {@code putUnknownField("resources", ..)} makes one) is checked too, with what
 * its tree holds, from the table by name; only then is the table indexed by type.
 */
final class VersionDrops {
  private VersionDrops() {}

  /** Whether the field has a rule of its own in {@link FieldDrops}, with what it holds. */
  static boolean leftToFieldDrops(FieldVersions.Range range) {
    return range == FieldVersions.CONTAINER_RESTART_POLICY
        || range == FieldVersions.CONTAINER_RESTART_POLICY_RULES;
  }

  /** Whether the profile's version lacks a field of these versions. */
  static boolean lacks(Profile profile, FieldVersions.Range range) {
    return profile.minor() < range.since() || profile.minor() > range.until();
  }

  /**
   * The gates of the 1.37 alpha fields and of {@code EnvFiles}, which no rule class drops: while
   * such a gate is off, the server's {@code dropDisabledPodFields} removes the fields it guards,
   * so they are warned about here as dropped (k8s-1.36-1.38.md sections 4.3 and 4.4; which field
   * each gate guards is in the generated table, from the API's markers). With a gate on the
   * fields are kept and {@link AlphaFieldRules} (or {@link EnvRules}, for {@code fileKeyRef})
   * checks them; this is the one place that drops them.
   *
   * <p>The projected {@code clusterTrustBundle} and {@code podCertificate} sources too: their
   * gates are beta and off by default up to 1.36 (ClusterTrustBundleProjection from 1.33,
   * the pod certificates from 1.35; both GA and on in 1.37; a 1.36 server's dry run drops a
   * {@code podCertificate}
   * source and warns that the projected volume "has no sources provided", as reported in
   * slauger/openvox-operator#595), and {@code dropDisabledPodFields} removes them.
   */
  private static final Set<String> GATES_DROPPING_FIELDS = Set.of(
      FieldVersions.KEY_TO_PATH_USER.gate(), FieldVersions.EMPTY_DIR_VOLUME_SOURCE_MODE.gate(),
      FieldVersions.GRPCACTION_MODE.gate(), FieldVersions.HTTPGET_ACTION_PROTOCOL.gate(),
      FieldVersions.VOLUME_MOUNT_BIND_MOUNT_OPTIONS.gate(),
      FieldVersions.VOLUME_PROJECTION_CLUSTER_TRUST_BUNDLE.gate(),
      FieldVersions.VOLUME_PROJECTION_POD_CERTIFICATE.gate(),
      // EnvFiles (alpha in 1.34): dropFileKeyRefInUse removes valueFrom.fileKeyRef while it is
      // off; EnvRules validates the field only when it is kept.
      FieldVersions.ENV_VAR_SOURCE_FILE_KEY_REF.gate());

  /**
   * Whether the server drops a field of these versions, which the profile's version has, because
   * its gate is off (no rule class drops it).
   */
  static boolean droppedWhileGateOff(Profile profile, FieldVersions.Range range) {
    return GATES_DROPPING_FIELDS.contains(range.gate())
        && profile.minor() <= range.gatedUntil() && !profile.isEnabled(range.gate());
  }

  /** The warning for a field at {@code path} that {@code profile}'s version lacks. */
  static String warning(FieldPath path, Profile profile, FieldVersions.Range range) {
    return path + ": unknown field in Kubernetes " + profile.version() + " (the field "
        + (profile.minor() < range.since() ? "exists from 1." + range.since()
            : "was removed after 1." + range.until())
        + "): the API server drops it with a warning, and kubectl's strict field "
        + "validation rejects the manifest";
  }

  /**
   * Warns about the unknown fields of {@code value} (at {@code path}) that are typed fields of
   * its type the version lacks, and about such fields in their trees.
   */
  static void unknownFields(Extensible value, FieldPath path, Profile profile, Errors errors) {
    fields(value.getClass().getSimpleName(), value.unknownFields(), path, profile, errors);
  }

  private static void fields(String type, Map<?, ?> fields, FieldPath path, Profile profile,
      Errors errors) {
    Map<String, Field> known = ByType.INDEX.get(type);
    if (known == null) {
      return;
    }
    for (Map.Entry<?, ?> e : fields.entrySet()) {
      Field field = known.get(String.valueOf(e.getKey()));
      if (field == null || field.range() != null && leftToFieldDrops(field.range())) {
        continue;
      }
      FieldPath here = path.child(String.valueOf(e.getKey()));
      if (field.range() != null && lacks(profile, field.range())) {
        errors.warn(warning(here, profile, field.range()));
      } else if (field.range() != null && droppedWhileGateOff(profile, field.range())) {
        errors.warn(GatedFields.dropped(here, field.range().gate(), profile));
      } else if (field.child() != null) {
        tree(field.child(), e.getValue(), here, profile, errors);
      }
    }
  }

  /** The items of a list hold what the list holds, lists of lists too. */
  private static void tree(String type, @Nullable Object value, FieldPath path, Profile profile,
      Errors errors) {
    if (value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        tree(type, items.get(i), path.index(i), profile, errors);
      }
    } else if (value instanceof Map<?, ?> map) {
      fields(type, map, path, profile, errors);
    }
  }

  /**
   * A field of the table: its versions ({@code null}: every supported version has it), and the
   * type of what it holds ({@code null}: nothing to check inside).
   */
  private record Field(FieldVersions.@Nullable Range range, @Nullable String child) {}

  /** The table by type, then field; built on first use, which few objects reach. */
  private static final class ByType {
    static final Map<String, Map<String, Field>> INDEX = index();

    private static Map<String, Map<String, Field>> index() {
      Map<String, Map<String, Field>> index = new HashMap<>();
      for (Map.Entry<String, String> e : FieldVersions.CHILDREN.entrySet()) {
        put(index, e.getKey(), new Field(FieldVersions.FIELDS.get(e.getKey()), e.getValue()));
      }
      for (Map.Entry<String, FieldVersions.Range> e : FieldVersions.FIELDS.entrySet()) {
        put(index, e.getKey(), new Field(e.getValue(), FieldVersions.CHILDREN.get(e.getKey())));
      }
      return index;
    }

    private static void put(Map<String, Map<String, Field>> index, String key, Field field) {
      int dot = key.indexOf('.');
      Map<String, Field> fields = index.get(key.substring(0, dot));
      if (fields == null) {
        fields = new HashMap<>();
        index.put(key.substring(0, dot), fields);
      }
      fields.put(key.substring(dot + 1), field);
    }
  }
}
