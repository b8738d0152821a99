package dev.podwright.sidecar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes images of long-running proxies and agents, the usual legacy sidecars. Only the last
 * path segment of the repository is matched (plus the path for generic names such as
 * {@code linkerd/proxy}), so {@code acme/vectordb} is not taken for Vector.
 */
final class Images {
  private Images() {}

  private record Kind(Pattern basename, Pattern path, String description) {}

  private static final Pattern ANY = Pattern.compile(".*");

  private static final List<Kind> KINDS = List.of(
      kind("envoy(-[a-z0-9]+)*|proxyv2|istio-proxy", ANY, "Envoy / Istio proxy"),
      kind("linkerd2?-proxy", ANY, "Linkerd proxy"),
      kind("proxy", Pattern.compile(".*linkerd.*"), "Linkerd proxy"),
      kind("cloud-sql-proxy|gce-proxy|alloydb-auth-proxy", ANY, "Cloud SQL Auth Proxy"),
      kind("fluent-bit|fluentbit|fluentd(-[a-z0-9.]+)*", ANY, "Fluent Bit / Fluentd log shipper"),
      kind("vector", ANY, "Vector log agent"),
      kind("opentelemetry-collector(-[a-z0-9]+)*|otelcol(-[a-z0-9]+)*", ANY,
          "OpenTelemetry collector"),
      kind("promtail|filebeat", ANY, "log shipper"),
      kind("jaeger-agent", ANY, "Jaeger agent"),
      kind("oauth2-proxy", ANY, "OAuth2 proxy"),
      kind("consul-dataplane", ANY, "Consul dataplane proxy"),
      kind("agent", Pattern.compile(".*datadog.*"), "Datadog agent"),
      kind("cloudflared", ANY, "Cloudflare tunnel agent"));

  private static Kind kind(String basename, Pattern path, String description) {
    return new Kind(Pattern.compile(basename), path, description);
  }

  /**
   * Returns what the image looks like, e.g. {@code Envoy / Istio proxy}, if it is a known
   * long-running proxy or agent.
   */
  static Optional<String> agentKind(String image) {
    String repository = repository(image).toLowerCase(Locale.ROOT);
    int slash = repository.lastIndexOf('/');
    String basename = repository.substring(slash + 1);
    for (Kind k : KINDS) {
      if (k.basename.matcher(basename).matches() && k.path.matcher(repository).matches()) {
        return Optional.of(k.description);
      }
    }
    return Optional.empty();
  }

  /** Returns the image without digest and tag, e.g. {@code docker.io/envoyproxy/envoy}. */
  static String repository(String image) {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int colon = s.lastIndexOf(':');
    if (colon > s.lastIndexOf('/')) {
      s = s.substring(0, colon);
    }
    return s;
  }
}
