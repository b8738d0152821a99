package dev.podwright.validation;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ModelTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the target server's decoder does with a typed field its version does not have: it drops
 * the field (with the unknown-field warning {@link VersionDrops} gives) before defaulting and
 * validation, so no rule may see it. A 1.29 server never checks a {@code recursiveReadOnly} or
 * {@code appArmorProfile} it does not know, nor a 1.28 server {@code matchLabelKeys} in pod
 * affinity: without this they were validated, and manifests those servers accept were refused.
 *
 * <p>The same goes for the fields {@link VersionDrops} names as dropped while their gate is off
 * (the projected {@code clusterTrustBundle} and {@code podCertificate} sources, the 1.37 alpha
 * fields, {@code fileKeyRef}): {@code dropDisabledPodFields} removes them in
 * {@code PrepareForCreate}, before validation and the create warnings.
 *
 * <p>The fields come from {@link FieldChecks}, which finds them in its walk; the object is then
 * copied without them through its tree ({@link ModelTrees}), which costs a write and a read, but
 * only for an object that sets such a field. The container restart fields keep their own rules
 * ({@link FieldDrops}), and are never listed.
 */
final class DecoderDrops {
  private DecoderDrops() {}

  /** Returns {@code object} without the fields at {@code paths}; the object itself if none. */
  static KubernetesObject apply(KubernetesObject object, List<Object[]> paths) {
    if (paths.isEmpty()) {
      return object;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) ModelTrees.tree(object);
    for (Object[] path : paths) {
      tree = (Map<String, Object>) without(tree, path, 0);
    }
    try {
      return ModelTrees.object(tree);
    } catch (ManifestException e) {
      // Cannot happen for a tree the model wrote; keep the object rather than fail validation.
      return object;
    }
  }

  /** Returns a copy of {@code value} without what {@code path} names from {@code at} on. */
  private static Object without(Object value, Object[] path, int at) {
    Object segment = path[at];
    if (segment instanceof String name && value instanceof Map<?, ?> map) {
      if (!map.containsKey(name)) {
        return value;
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (!key.equals(name)) {
          copy.put(key, e.getValue());
        } else if (at + 1 < path.length) {
          copy.put(key, without(e.getValue(), path, at + 1));
        }
      }
      return copy;
    }
    if (segment instanceof Integer index && value instanceof List<?> list
        && index < list.size() && at + 1 < path.length) {
      List<Object> copy = new ArrayList<>(list);
      copy.set(index, without(list.get(index), path, at + 1));
      return copy;
    }
    return value;
  }
}
