package dev.podwright.validation;

import dev.podwright.model.Extensible;
import dev.podwright.yaml.ModelTrees;
import java.util.Map;

/**
 * The fields of a model value as a plain tree, typed fields and unknown fields alike, for checks
 * that walk every field generically (the version table of {@link VersionDrops}). Rules read the
 * typed model instead.
 */
final class Trees {
  private Trees() {}

  /** Returns the fields of a model value by JSON name, as {@code PodYaml} would write them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(Extensible value) {
    return (Map<String, Object>) ModelTrees.tree(value);
  }
}
