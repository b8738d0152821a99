package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Extensible;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Model values as plain Java trees: ordered {@code Map}s with string keys, {@code List}s,
 * {@code String}, {@code Long}, {@code Boolean} and {@link Extensible#NULL}, the form in which
 * {@link Extensible#unknownFields()} holds what the model does not type. The tree has exactly
 * the keys and values {@link PodYaml} would write, unknown fields included.
 */
public final class ModelTrees {
  private ModelTrees() {}

  /** Returns the value as a tree of maps, lists and scalars. */
  public static Object tree(Extensible value) {
    TreeEmitter out = new TreeEmitter();
    try {
      ApiWriter.any(new ModelWriter(out), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the tree emitter does no I/O
    }
    return out.result();
  }

  /**
   * Hands {@code visitor} the events of the value's tree, as {@link #tree(Extensible)} would
   * build it, without building it.
   */
  public static void walk(Extensible value, TreeVisitor visitor) {
    try {
      ApiWriter.any(new ModelWriter(new VisitingEmitter(requireNonNull(visitor, "visitor == null"))),
          value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the visiting emitter does no I/O
    }
  }

  /**
   * Reads a tree of the form {@link #tree(Extensible)} returns (a changed copy, say) back into a
   * model object, with the rules of {@link ManifestReader}; problems have no line or column.
   *
   * @throws ManifestException if the tree is not a supported object or a field has the wrong type
   */
  public static KubernetesObject object(Map<String, ?> tree) {
    return new ModelReader().object(node(requireNonNull(tree, "tree == null")));
  }

  private static YamlNode node(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      long size = 1;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        YamlNode node = node(e.getValue());
        size += node.size();
        entries.put(key, new YamlNode.Entry(key, 0, 0, node));
      }
      return new YamlNode.Mapping(entries, 0, 0, size);
    }
    if (value instanceof List<?> list) {
      List<YamlNode> items = new ArrayList<>(list.size());
      long size = 1;
      for (Object item : list) {
        YamlNode node = node(item);
        size += node.size();
        items.add(node);
      }
      return new YamlNode.Sequence(items, 0, 0, size);
    }
    Object scalar = value == null ? Extensible.NULL : value;
    return new YamlNode.Scalar(scalar, String.valueOf(scalar), 0, 0);
  }

  /** Returns the value as a tree, or {@code null} if absent. */
  public static @Nullable Object tree(Optional<? extends Extensible> value) {
    return value.isPresent() ? tree(value.get()) : null;
  }

  /** Returns the values as a list of trees, or {@code null} if there are none. */
  public static @Nullable Object trees(java.util.List<? extends Extensible> values) {
    if (values.isEmpty()) {
      return null;
    }
    java.util.List<Object> trees = new java.util.ArrayList<>();
    for (Extensible v : values) {
      trees.add(tree(v));
    }
    return java.util.Collections.unmodifiableList(trees);
  }
}
