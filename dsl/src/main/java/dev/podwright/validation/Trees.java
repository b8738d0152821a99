package dev.podwright.validation;

import dev.podwright.model.Extensible;
import dev.podwright.yaml.ModelTrees;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fields of a model value as a plain tree, typed fields and unknown fields alike, for checks
 * that walk every field generically (the version table of {@link VersionDrops}). Rules read the
 * typed model instead.
 *
 * <p>Within {@link #caching} each value is turned into a tree once, and the trees of the values
 * inside it come with it: the rules ask for the same pod spec or volume many times (a volume
 * once per volume source), and writing the tree again each time was most of a validation's time
 * and allocation. Model values are immutable and the
 * trees unmodifiable, so a tree can be shared for as long as the value lives.
 */
final class Trees {
  private static final ThreadLocal<Map<Extensible, Map<String, Object>>> CACHE =
      new ThreadLocal<>();

  private Trees() {}

  /** Returns the fields of a model value by JSON name, as {@code PodYaml} would write them. */
  static Map<String, Object> fields(Extensible value) {
    Map<Extensible, Map<String, Object>> cache = CACHE.get();
    if (cache == null) {
      return tree(value);
    }
    Map<String, Object> tree = cache.get(value);
    if (tree == null) {
      // the trees of every value inside come with it: a pod spec's volumes, containers, ...
      ModelTrees.tree(value, cache::putIfAbsent);
      tree = cache.get(value);
    }
    return tree;
  }

  /** Runs {@code work} with each value's tree made once; nested calls share the outer cache. */
  static <T> T caching(Supplier<T> work) {
    if (CACHE.get() != null) {
      return work.get();
    }
    CACHE.set(new IdentityHashMap<>());
    try {
      return work.get();
    } finally {
      CACHE.remove();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tree(Extensible value) {
    return (Map<String, Object>) ModelTrees.tree(value);
  }
}
