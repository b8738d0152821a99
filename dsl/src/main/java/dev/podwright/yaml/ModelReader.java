package dev.podwright.yaml;

import dev.podwright.model.KubernetesObject;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads model objects from {@link YamlNode} trees: checks {@code apiVersion} and {@code kind},
 * then hands the document to the generated {@link ApiReader}, which types known fields strictly
 * and keeps every other key, at any level, verbatim in the builder's unknown fields.
 */
final class ModelReader extends NodeReader {
  /** The API version of each supported kind, by kind. */
  static final Map<String, String> KINDS = ApiReader.API_VERSIONS;

  /**
   * Returns the document as a {@link SkippedDocument} if it names a kind the model does not know
   * (a {@code Service}, a {@code ConfigMap}, ...), or {@code null} if it is supported or too broken
   * to tell, in which case {@link #object(YamlNode)} reports the problem. A known kind name in an
   * API group with a dot ({@code apps.kruise.io/v1beta1 StatefulSet}) is a custom resource, which a
   * server with its CRD accepts, so it is skipped too; every built-in group of the model's kinds
   * ({@code apps}, {@code batch}, {@code extensions}, the core group) has none, and a wrong version
   * there ({@code extensions/v1beta1 Deployment}) stays an error.
   */
  static @Nullable SkippedDocument unknownKind(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      return null;
    }
    Map<String, YamlNode.Entry> entries = ((YamlNode.Mapping) root).entries();
    String kind = scalarText(entries.get("kind"));
    String apiVersion = scalarText(entries.get("apiVersion"));
    if (kind.isEmpty() || KINDS.containsKey(kind) && !customGroup(apiVersion)) {
      return null;
    }
    YamlNode.Entry metadata = entries.get("metadata");
    String name = metadata != null && metadata.value() instanceof YamlNode.Mapping
        ? scalarText(((YamlNode.Mapping) metadata.value()).entries().get("name"))
        : "";
    return new SkippedDocument(apiVersion, kind, name, root.line());
  }

  /** Returns whether an {@code apiVersion} is {@code group/version} with a dot in the group. */
  private static boolean customGroup(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash > 0 && apiVersion.substring(0, slash).contains(".");
  }

  /** Returns the string value of an entry, or empty if absent or not a string. */
  private static String scalarText(YamlNode.@Nullable Entry entry) {
    return entry != null && entry.value() instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) entry.value()).value() instanceof String
        ? (String) ((YamlNode.Scalar) entry.value()).value()
        : "";
  }

  /** Reads one document: checks {@code apiVersion} and {@code kind}, then reads the object. */
  KubernetesObject object(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      throw expected("a Kubernetes object (a mapping)", root, "");
    }
    String apiVersion = "";
    String kind = "";
    YamlNode at = root;
    for (Field f : fields(root, "")) {
      if (f.name().equals("apiVersion")) {
        apiVersion = text(f);
      } else if (f.name().equals("kind")) {
        kind = text(f);
        at = f.value();
      }
    }
    String version = KINDS.get(kind);
    if (version == null) {
      String supported = String.join(", ", new TreeSet<>(KINDS.keySet()));
      String problem = kind.isEmpty()
          ? "missing kind; supported: " + supported
          : "unknown kind " + Values.quote(kind) + " (apiVersion " + Values.quote(apiVersion)
              + "); supported: " + supported;
      throw new ManifestException(at.line(), at.column(), "", problem);
    }
    if (!version.equals(apiVersion)) {
      throw new ManifestException(at.line(), at.column(), "", "kind " + Values.quote(kind)
          + " needs apiVersion " + Values.quote(version) + ", found " + Values.quote(apiVersion));
    }
    return ApiReader.object(kind, this, root, "");
  }
}
