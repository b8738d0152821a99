package dev.podwright.modelgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code api/kubernetes-1.X.json} file: the Go API types of one Kubernetes release, as
 * described in {@code api/README.md}.
 */
record ApiDescription(int minor, List<String> roots, List<GoType> types) {
  /** A named Go type: a struct, an alias of another type, or a leaf kept opaque. */
  record GoType(String name, String kind, String doc, List<GoField> fields, String underlying,
      List<String> enumValues) {}

  /** A field of a Go struct, with its JSON tag and markers. */
  record GoField(String name, String json, String type, boolean omitempty, boolean inline,
      List<String> featureGates, String doc) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * API markers that name a gate the server does not have. {@code VolumeProjection.podCertificate}
   * says {@code +featureGate=PodCertificateProjection}, but pkg/api/pod/util.go's
   * {@code dropDisabledPodCertificateProjection} asks {@code features.PodCertificateRequest}
   * (kube_features.go has no PodCertificateProjection gate).
   */
  private static final Map<String, String> SERVER_GATES =
      Map.of("PodCertificateProjection", "PodCertificateRequest");

  static ApiDescription read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    String version = text(root, "kubernetes");
    if (!version.matches("1\\.\\d+")) {
      throw new IOException(file + ": \"kubernetes\" must be 1.X, found " + version);
    }
    List<String> roots = new ArrayList<>();
    root.path("roots").forEach(r -> roots.add(r.asText()));
    List<GoType> types = new ArrayList<>();
    for (JsonNode t : root.path("types")) {
      List<GoField> fields = new ArrayList<>();
      for (JsonNode f : t.path("fields")) {
        List<String> gates = new ArrayList<>();
        f.path("featureGates").forEach(g -> gates.add(serverGate(g.asText())));
        if (gates.isEmpty() && f.hasNonNull("featureGate")) {
          gates.add(serverGate(f.get("featureGate").asText()));
        }
        fields.add(new GoField(text(f, "name"), text(f, "json"), text(f, "type"),
            f.path("omitempty").asBoolean(), f.path("inline").asBoolean(), List.copyOf(gates),
            text(f, "doc")));
      }
      List<String> values = new ArrayList<>();
      t.path("enum").forEach(v -> values.add(v.asText()));
      types.add(new GoType(text(t, "name"), text(t, "kind"), text(t, "doc"), List.copyOf(fields),
          text(t, "underlying"), List.copyOf(values)));
    }
    return new ApiDescription(Integer.parseInt(version.substring(2)), List.copyOf(roots),
        List.copyOf(types));
  }

  private static String serverGate(String marker) {
    return SERVER_GATES.getOrDefault(marker, marker);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
