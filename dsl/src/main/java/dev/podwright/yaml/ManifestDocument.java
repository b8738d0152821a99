package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.KubernetesObject;
import java.util.List;

/**
 * One document of a manifest as read by {@link ManifestReader}: the object, where it starts, and
 * the paths of the fields Podwright does not model. Those fields are kept in the object
 * ({@link dev.podwright.model.Extensible#unknownFields()}) and written back unchanged, but they
 * are not validated, so tools should say so.
 */
public final class ManifestDocument {
  private final KubernetesObject object;
  private final List<String> unknownFields;
  private final int line;
  private final int index;
  private final YamlNode root;

  ManifestDocument(KubernetesObject object, List<String> unknownFields, int index,
      YamlNode root) {
    this.object = requireNonNull(object, "object == null");
    this.unknownFields = List.copyOf(unknownFields);
    this.index = index;
    this.root = requireNonNull(root, "root == null");
    this.line = root.line();
  }

  /** Returns the object. */
  public KubernetesObject object() {
    return object;
  }

  /**
   * Returns the paths of the fields that were kept verbatim and not validated, in document order,
   * e.g. {@code spec.affinity} or {@code spec.containers[0].stdin}.
   */
  public List<String> unknownFields() {
    return unknownFields;
  }

  /** Returns the 1-based line where the document's content starts. */
  public int line() {
    return line;
  }

  /**
   * Returns the 0-based index of the YAML document this object came from in its stream, empty
   * documents included; the objects of a {@code kind: List} share their list's index.
   */
  public int index() {
    return index;
  }

  /**
   * Returns the 1-based line of a field path as the validator prints it, e.g.
   * {@code spec.containers[0].image}; a path missing from the document (a required field) gives
   * the line of its nearest ancestor that is there, at worst {@link #line()}.
   */
  public int line(String fieldPath) {
    requireNonNull(fieldPath, "fieldPath == null");
    return FieldLines.line(root, fieldPath);
  }

  @Override
  public String toString() {
    return object.kind() + " " + object.metadata().name() + " (line " + line + ")";
  }
}
