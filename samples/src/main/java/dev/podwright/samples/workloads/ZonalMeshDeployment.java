package dev.podwright.samples.workloads;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.seccompRuntimeDefault;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.template;

import dev.podwright.model.Deployment;
import dev.podwright.model.Volume;

/**
 * A meshed deployment that survives the loss of a node or a zone: six replicas spread evenly
 * across zones ({@code spreadAcrossZones(1)}), never two on one node
 * ({@code oneReplicaPerNode()}), on Linux nodes only. Istio runs in CNI mode, so there is no
 * {@code istio-init} container: the {@code istio-proxy} native sidecar starts first, its startup
 * probe holds the application back until Envoy is ready, and it drains connections after the
 * application has stopped. Both containers run with the {@code restricted} security profile.
 */
public final class ZonalMeshDeployment {
  private ZonalMeshDeployment() {}

  private static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Returns the {@code storefront} deployment. */
  public static Deployment storefront() {
    Volume envoy = emptyDir("istio-envoy", "64Mi", true);
    return deployment("storefront", template()
            .label("app", "storefront")
            // The proxy is declared here, so the injector must not add a second one.
            .annotation("sidecar.istio.io/inject", "false")
            .sidecar(sidecar("istio-proxy").image(PROXY_IMAGE)
                .args("proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local")
                .port("http-envoy-prom", 15090)
                .startupProbe(startupProbe(httpGet("/healthz/ready", 15021))
                    .periodSeconds(1).failureThreshold(600))
                .preStop(exec("pilot-agent", "request", "--debug-port=15020", "POST", "drain"))
                .volumeMount(envoy, "/etc/istio/proxy")
                .restricted().readOnlyRootFilesystem(true).runAsUser(1337).runAsGroup(1337)
                .requests(cpu("100m"), memory("128Mi")))
            .main(container("storefront").image("example/storefront:5.1.0")
                .port("http", 8080)
                .readinessProbe(readinessProbe(httpGet("/ready", "http")))
                .restricted().readOnlyRootFilesystem(true)
                .requests(cpu("500m"), memory("512Mi"))
                .limits(memory("512Mi")))
            .requireNodeLabel("kubernetes.io/os", "linux")
            .spreadAcrossZones(1)
            .oneReplicaPerNode()
            .seccompProfile(seccompRuntimeDefault())
            .terminationGracePeriodSeconds(45))
        .namespace("shop")
        .replicas(6)
        .build();
  }
}
