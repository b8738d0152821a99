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

  /** A kind of image; {@code proxy} when other containers send traffic through it. */
  private record Kind(Pattern basename, Pattern path, String description, boolean proxy) {}

  private static final Pattern ANY = Pattern.compile(".*");

  private static final List<Kind> KINDS = List.of(
      kind("envoy(-[a-z0-9]+)*|proxyv2|istio-proxy", ANY, "Envoy / Istio proxy", true),
      kind("linkerd2?-proxy", ANY, "Linkerd proxy", true),
      kind("proxy", Pattern.compile(".*linkerd.*"), "Linkerd proxy", true),
      kind("cloud-sql-proxy|gce-proxy|alloydb-auth-proxy", ANY, "Cloud SQL Auth Proxy", true),
      kind("fluent-bit|fluentbit|fluentd(-[a-z0-9.]+)*", ANY, "Fluent Bit / Fluentd log shipper",
          false),
      kind("vector", ANY, "Vector log agent", false),
      kind("opentelemetry-collector(-[a-z0-9]+)*|otelcol(-[a-z0-9]+)*", ANY,
          "OpenTelemetry collector", false),
      kind("promtail|filebeat", ANY, "log shipper", false),
      kind("jaeger-agent", ANY, "Jaeger agent", false),
      kind("oauth2-proxy", ANY, "OAuth2 proxy", true),
      kind("consul-dataplane", ANY, "Consul dataplane proxy", true),
      kind("agent", Pattern.compile(".*datadog.*"), "Datadog agent", false),
      kind("cloudflared", ANY, "Cloudflare tunnel agent", true));

  private static Kind kind(String basename, Pattern path, String description, boolean proxy) {
    return new Kind(Pattern.compile(basename), path, description, proxy);
  }

  /**
   * Returns what the image looks like, e.g. {@code Envoy / Istio proxy}, if it is a known
   * long-running proxy or agent.
   */
  static Optional<String> agentKind(String image) {
    return kind(image).map(Kind::description);
  }

  /**
   * Returns what the image looks like if it is a known network proxy, which other containers
   * send traffic through, so they need it ready before they start.
   */
  static Optional<String> proxyKind(String image) {
    return kind(image).filter(Kind::proxy).map(Kind::description);
  }

  private static Optional<Kind> kind(String image) {
    String repository = repository(image).toLowerCase(Locale.ROOT);
    int slash = repository.lastIndexOf('/');
    String basename = repository.substring(slash + 1);
    for (Kind k : KINDS) {
      if (k.basename.matcher(basename).matches() && k.path.matcher(repository).matches()) {
        return Optional.of(k);
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
