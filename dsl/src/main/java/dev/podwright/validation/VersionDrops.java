package dev.podwright.validation;

import dev.podwright.model.KubernetesObject;
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

  private final Errors errors;
  private final Profile profile;

  VersionDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void check(KubernetesObject object) {
    walk(object.kind(), Trees.fields(object), "");
  }

  private void walk(String type, Map<?, ?> fields, String path) {
    for (Map.Entry<?, ?> e : fields.entrySet()) {
      String key = type + "." + e.getKey();
      String here = path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey();
      if (HANDLED_BY_FIELD_DROPS.contains(key)) {
        continue; // with what it holds
      }
      FieldVersions.Range range = FieldVersions.FIELDS.get(key);
      if (range != null
          && (profile.minor() < range.since() || profile.minor() > range.until())) {
        errors.warn(here + ": unknown field in Kubernetes " + profile.version() + " (the field "
            + (profile.minor() < range.since() ? "exists from 1." + range.since()
                : "was removed after 1." + range.until())
            + "): the API server drops it with a warning, and kubectl's strict field validation "
            + "rejects the manifest");
        continue;
      }
      String child = FieldVersions.CHILDREN.get(key);
      if (child != null) {
        descend(child, e.getValue(), here);
      }
    }
  }

  private void descend(String type, Object value, String path) {
    if (value instanceof List) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        descend(type, items.get(i), path + "[" + i + "]");
      }
    } else if (value instanceof Map) {
      walk(type, (Map<?, ?>) value, path);
    }
  }
}
