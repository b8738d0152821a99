package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Extensible;
import java.io.IOException;
import java.io.UncheckedIOException;
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
