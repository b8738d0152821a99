package dev.podwright.validation;

import dev.podwright.model.Extensible;
import dev.podwright.yaml.ModelTrees;
import java.util.Map;

/**
 * The fields of a model value as a plain tree, typed fields and unknown fields alike, for the
 * rules written against the YAML shape of fields (affinity, topology spread, DNS config, ...)
 * from the time the model did not type them.
 */
final class Trees {
  private Trees() {}

  /** Returns the fields of a model value by JSON name, as {@code PodYaml} would write them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(Extensible value) {
    return (Map<String, Object>) ModelTrees.tree(value);
  }
}
