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

  ManifestDocument(KubernetesObject object, List<String> unknownFields, int line) {
    this.object = requireNonNull(object, "object == null");
    this.unknownFields = List.copyOf(unknownFields);
    this.line = line;
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

  @Override
  public String toString() {
    return object.kind() + " " + object.metadata().name() + " (line " + line + ")";
  }
}
