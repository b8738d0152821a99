package dev.podwright.validation;

import dev.podwright.model.KubernetesObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warns about every field set in an object that the target Kubernetes version does not have,
 * from the version table generated out of the API descriptions ({@link FieldVersions}): the API
 * server's default field validation drops such a field with a warning, as it does any unknown
 * field. The sidecar fields with rules of their own ({@link FieldDrops}) are left to those.
 */
final class VersionDrops {
  private static final Set<String> HANDLED_BY_FIELD_DROPS =
      Set.of("Container.restartPolicy", "Container.restartPolicyRules");

  /**
   * By type, then field: the field's {@link FieldVersions.Range}, or the type name of what it
   * holds ({@link FieldVersions#CHILDREN}), or {@link #SKIP}. A type missing here has nothing
   * to check, so most of an object is walked without building a key or path per field.
   */
  private static final Map<String, Map<String, Object>> BY_TYPE = byType();
  private static final Object SKIP = new Object();

  private final Errors errors;
  private final Profile profile;

  VersionDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void check(KubernetesObject object) {
    walk(object.kind(), Trees.fields(object), FieldPath.root(""));
  }

  private static Map<String, Map<String, Object>> byType() {
    Map<String, Map<String, Object>> index = new HashMap<>();
    FieldVersions.CHILDREN.forEach((key, child) -> entry(index, key, child));
    FieldVersions.FIELDS.forEach((key, range) -> entry(index, key, range)); // a range wins
    HANDLED_BY_FIELD_DROPS.forEach(key -> entry(index, key, SKIP));
    return index;
  }

  private static void entry(Map<String, Map<String, Object>> index, String key, Object value) {
    int dot = key.indexOf('.');
    index.computeIfAbsent(key.substring(0, dot), t -> new HashMap<>())
        .put(key.substring(dot + 1), value);
  }

  private void walk(String type, Map<?, ?> fields, FieldPath path) {
    Map<String, Object> known = BY_TYPE.get(type);
    if (known == null) {
      return;
    }
    for (Map.Entry<?, ?> e : fields.entrySet()) {
      Object entry = known.get(e.getKey());
      if (entry == null || entry == SKIP) {
        continue; // SKIP: left to FieldDrops, with what it holds
      }
      FieldPath here = path.child(String.valueOf(e.getKey()));
      if (entry instanceof FieldVersions.Range range) {
        if (profile.minor() < range.since() || profile.minor() > range.until()) {
          errors.warn(here + ": unknown field in Kubernetes " + profile.version() + " (the field "
              + (profile.minor() < range.since() ? "exists from 1." + range.since()
                  : "was removed after 1." + range.until())
              + "): the API server drops it with a warning, and kubectl's strict field "
              + "validation rejects the manifest");
          continue;
        }
        String child = FieldVersions.CHILDREN.get(type + "." + e.getKey());
        if (child != null) {
          descend(child, e.getValue(), here);
        }
      } else {
        descend((String) entry, e.getValue(), here);
      }
    }
  }

  private void descend(String type, Object value, FieldPath path) {
    if (value instanceof List) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        descend(type, items.get(i), path.index(i));
      }
    } else if (value instanceof Map) {
      walk(type, (Map<?, ?>) value, path);
    }
  }
}
