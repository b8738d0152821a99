package dev.podwright.bench;

import java.util.List;

/**
 * The long lists of the seed pod, shared by the fabric8, official-client and map versions so
 * that the three cannot drift apart: the {@code istio-proxy} environment and mounts and the two
 * argument lists. (Podwright's version is the sample itself, {@code IstioSleepPods}.)
 */
final class SeedPodData {
  static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  static final List<String> INIT_ARGS = List.of("istio-iptables", "-p", "15001", "-z", "15006",
      "-u", "1337", "-m", "REDIRECT", "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
      "--log_output_level=default:info");
  static final List<String> PROXY_ARGS = List.of("proxy", "sidecar", "--domain",
      "$(POD_NAMESPACE).svc.cluster.local", "--proxyLogLevel=warning",
      "--proxyComponentLogLevel=misc:error", "--log_output_level=default:info");
  static final List<String> PRE_STOP =
      List.of("pilot-agent", "request", "--debug-port=15020", "POST", "drain");

  /** One variable: exactly one of value, field path and resource is set. */
  record Env(String name, String value, String fieldPath, String resource) {
    static Env value(String name, String value) {
      return new Env(name, value, null, null);
    }

    static Env field(String name, String fieldPath) {
      return new Env(name, null, fieldPath, null);
    }

    static Env resource(String name, String resource) {
      return new Env(name, null, null, resource);
    }
  }

  static final List<Env> PROXY_ENV = List.of(
      Env.value("PILOT_CERT_PROVIDER", "istiod"),
      Env.value("CA_ADDR", "istiod.istio-system.svc:15012"),
      Env.field("POD_NAME", "metadata.name"),
      Env.field("POD_NAMESPACE", "metadata.namespace"),
      Env.field("INSTANCE_IP", "status.podIP"),
      Env.field("SERVICE_ACCOUNT", "spec.serviceAccountName"),
      Env.field("HOST_IP", "status.hostIP"),
      Env.resource("ISTIO_CPU_LIMIT", "limits.cpu"),
      Env.value("PROXY_CONFIG", "{}\n"),
      Env.value("ISTIO_META_APP_CONTAINERS", "sleep"),
      Env.resource("GOMEMLIMIT", "limits.memory"),
      Env.resource("GOMAXPROCS", "limits.cpu"),
      Env.value("ISTIO_META_CLUSTER_ID", "Kubernetes"),
      Env.field("ISTIO_META_NODE_NAME", "spec.nodeName"),
      Env.value("ISTIO_META_INTERCEPTION_MODE", "REDIRECT"),
      Env.value("ISTIO_META_WORKLOAD_NAME", "sleep"),
      Env.value("ISTIO_META_MESH_ID", "cluster.local"),
      Env.value("TRUST_DOMAIN", "cluster.local"));

  /** A volume mount: volume name and path. */
  record Mount(String name, String path) {}

  static final List<Mount> PROXY_MOUNTS = List.of(
      new Mount("workload-socket", "/var/run/secrets/workload-spiffe-uds"),
      new Mount("credential-socket", "/var/run/secrets/credential-uds"),
      new Mount("workload-certs", "/var/run/secrets/workload-spiffe-credentials"),
      new Mount("istiod-ca-cert", "/var/run/secrets/istio"),
      new Mount("istio-ca-crl", "/var/run/secrets/istio/crl"),
      new Mount("istio-data", "/var/lib/istio/data"),
      new Mount("istio-envoy", "/etc/istio/proxy"),
      new Mount("istio-token", "/var/run/secrets/tokens"),
      new Mount("istio-podinfo", "/etc/istio/pod"));

  private SeedPodData() {}
}
