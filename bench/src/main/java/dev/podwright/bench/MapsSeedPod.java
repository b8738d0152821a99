package dev.podwright.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed pod as nested maps and lists, written by bare jackson-dataformat-yaml with the same
 * output features Podwright uses: what a hand-rolled renderer without a model or validation costs.
 */
final class MapsSeedPod {
  private static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .build());
  private static final String PROXY_IMAGE = SeedPodData.PROXY_IMAGE;

  private MapsSeedPod() {}

  /** Builds the maps and writes them as YAML. */
  static String toYaml() {
    return write(build());
  }

  static String write(Map<String, Object> pod) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = MAPPER.createGenerator(out)) {
      MAPPER.writeValue(gen, pod);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<String, Object> build() {
    return map(
        "apiVersion", "v1",
        "kind", "Pod",
        "metadata", map(
            "name", "sleep",
            "namespace", "default",
            "labels", map(
                "app", "sleep",
                "security.istio.io/tlsMode", "istio",
                "service.istio.io/canonical-name", "sleep",
                "service.istio.io/canonical-revision", "latest"),
            "annotations", map(
                "istio.io/rev", "default",
                "kubectl.kubernetes.io/default-container", "sleep",
                "prometheus.io/path", "/stats/prometheus",
                "prometheus.io/port", "15020",
                "prometheus.io/scrape", "true")),
        "spec", map(
            "volumes", List.of(
                map("name", "workload-socket", "emptyDir", map()),
                map("name", "credential-socket", "emptyDir", map()),
                map("name", "workload-certs", "emptyDir", map()),
                map("name", "istiod-ca-cert", "configMap", map("name", "istio-ca-root-cert")),
                map("name", "istio-ca-crl", "configMap",
                    map("name", "istio-ca-crl", "optional", true)),
                map("name", "istio-data", "emptyDir", map()),
                map("name", "istio-envoy", "emptyDir", map("medium", "Memory")),
                map("name", "istio-token", "projected", map("sources", List.of(
                    map("serviceAccountToken", map("audience", "istio-ca",
                        "expirationSeconds", 43200, "path", "istio-token"))))),
                map("name", "istio-podinfo", "downwardAPI", map("items", List.of(
                    map("path", "labels", "fieldRef", map("fieldPath", "metadata.labels")),
                    map("path", "annotations",
                        "fieldRef", map("fieldPath", "metadata.annotations")))))),
            "initContainers", List.of(istioInit(), istioProxy()),
            "containers", List.of(map(
                "name", "sleep",
                "image", "curlimages/curl:8.16.0",
                "command", List.of("/bin/sleep", "infinity"))),
            "serviceAccountName", "sleep"));
  }

  private static Map<String, Object> istioInit() {
    return map(
        "name", "istio-init",
        "image", PROXY_IMAGE,
        "args", SeedPodData.INIT_ARGS,
        "resources", resources(),
        "securityContext", map(
            "capabilities", map("add", List.of("NET_ADMIN", "NET_RAW"), "drop", List.of("ALL")),
            "privileged", false,
            "runAsUser", 0,
            "runAsGroup", 0,
            "runAsNonRoot", false,
            "readOnlyRootFilesystem", false,
            "allowPrivilegeEscalation", false));
  }

  private static Map<String, Object> istioProxy() {
    return map(
        "name", "istio-proxy",
        "image", PROXY_IMAGE,
        "args", SeedPodData.PROXY_ARGS,
        "ports", List.of(map("name", "http-envoy-prom", "containerPort", 15090)),
        "env", env(),
        "resources", resources(),
        "restartPolicy", "Always",
        "volumeMounts", mounts(),
        "readinessProbe", probe(15, 4),
        "startupProbe", probe(1, 600),
        "lifecycle", map("preStop", map("exec", map("command", SeedPodData.PRE_STOP))),
        "securityContext", map(
            "capabilities", map("drop", List.of("ALL")),
            "privileged", false,
            "runAsUser", 1337,
            "runAsGroup", 1337,
            "runAsNonRoot", true,
            "readOnlyRootFilesystem", true,
            "allowPrivilegeEscalation", false));
  }

  private static Map<String, Object> resources() {
    return map(
        "limits", map("cpu", "2", "memory", "1Gi"),
        "requests", map("cpu", "100m", "memory", "128Mi"));
  }

  private static Map<String, Object> probe(int period, int failures) {
    return map(
        "httpGet", map("path", "/healthz/ready", "port", 15021),
        "timeoutSeconds", 3,
        "periodSeconds", period,
        "failureThreshold", failures);
  }

  private static List<Object> env() {
    List<Object> env = new ArrayList<>();
    for (SeedPodData.Env e : SeedPodData.PROXY_ENV) {
      if (e.value() != null) {
        env.add(map("name", e.name(), "value", e.value()));
      } else if (e.fieldPath() != null) {
        env.add(map("name", e.name(),
            "valueFrom", map("fieldRef", map("fieldPath", e.fieldPath()))));
      } else {
        env.add(map("name", e.name(),
            "valueFrom", map("resourceFieldRef", map("resource", e.resource()))));
      }
    }
    return env;
  }

  private static List<Object> mounts() {
    List<Object> mounts = new ArrayList<>();
    for (SeedPodData.Mount m : SeedPodData.PROXY_MOUNTS) {
      mounts.add(map("name", m.name(), "mountPath", m.path()));
    }
    return mounts;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>(keysAndValues.length);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
