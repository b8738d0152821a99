package dev.podwright.samples;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.pod;

import dev.podwright.dsl.MainContainer;
import dev.podwright.dsl.PodInitStep;
import dev.podwright.model.Pod;

/**
 * The {@code sleep} pod of Istio's samples as the injector renders it in native-sidecar mode, and
 * the variant with an init container that needs the mesh.
 */
public final class IstioSleepPods {
  private IstioSleepPods() {}

  /**
   * The mesh part both pods share: {@code istio-init} redirects traffic, then {@code istio-proxy}
   * starts and must pass its startup probe before anything declared after it starts. Steps are
   * immutable, so this half-built pod serves as the base of both samples.
   */
  static PodInitStep meshBase(String name) {
    return pod(name)
        .namespace("default")
        .label("app", "sleep")
        .label("security.istio.io/tlsMode", "istio")
        .label("service.istio.io/canonical-name", "sleep")
        .label("service.istio.io/canonical-revision", "latest")
        .annotation("istio.io/rev", "default")
        .annotation("kubectl.kubernetes.io/default-container", "sleep")
        .annotation("prometheus.io/path", "/stats/prometheus")
        .annotation("prometheus.io/port", "15020")
        .annotation("prometheus.io/scrape", "true")
        .serviceAccountName("sleep")
        .init(IstioMesh.istioInit())
        .sidecar(IstioMesh.istioProxy("sleep"));
  }

  static MainContainer sleep() {
    return container("sleep").image("curlimages/curl:8.16.0")
        .command("/bin/sleep", "infinity");
  }

  /** Sample (i): the Istio sleep pod with its native {@code istio-proxy} sidecar. */
  public static Pod sleepPod() {
    return meshBase("sleep").main(sleep()).build();
  }

  /**
   * Sample (ii): an init container that calls a mesh service. Declared after {@code istio-proxy},
   * it starts only once the proxy's startup probe passes, so its traffic goes through Envoy.
   * Before native sidecars this needed {@code holdApplicationUntilProxyStarts} or a
   * {@code 1337} UID exemption.
   */
  public static Pod checkTrafficPod() {
    return meshBase("sleep-check-traffic")
        .init(initContainer("check-traffic").image("curlimages/curl:8.16.0")
            .command("sh", "-c",
                "curl --fail --silent --show-error --max-time 10 http://httpbin.default:8000/get"))
        .main(sleep())
        .build();
  }
}
