package dev.podwright.samples.workloads;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.template;

import dev.podwright.model.Capabilities;
import dev.podwright.model.Deployment;
import dev.podwright.model.IntOrString;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;

/**
 * A deployment whose pods carry an Istio-style mesh proxy as a native sidecar, laid out as
 * Istio's injector does in native mode (spec §8): {@code istio-init} sets up the traffic
 * redirection as a plain init container, then {@code istio-proxy} starts as a sidecar whose
 * startup probe holds the application back until Envoy is ready, and whose {@code preStop} hook
 * drains connections while the application shuts down. The proxy outlives the application on
 * termination, so in-flight requests are not cut off.
 */
public final class MeshDeployment {
  private MeshDeployment() {}

  private static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  /** Returns the {@code checkout} deployment: three replicas behind an Envoy sidecar each. */
  public static Deployment checkout() {
    Volume envoy = emptyDir("istio-envoy", "64Mi", true);
    return deployment("checkout", template()
            .label("app", "checkout")
            .label("version", "v1")
            // The proxy is declared here, so the injector must not add a second one.
            .annotation("sidecar.istio.io/inject", "false")
            .init(initContainer("istio-init").image(PROXY_IMAGE)
                .args("istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337",
                    "-m", "REDIRECT", "-i", "*", "-b", "*", "-d", "15090,15021,15020")
                .securityContext(SecurityContext.builder()
                    .capabilities(Capabilities.builder()
                        .addAdd("NET_ADMIN", "NET_RAW").addDrop("ALL").build())
                    .runAsUser(0L).runAsNonRoot(false).build()))
            .sidecar(sidecar("istio-proxy").image(PROXY_IMAGE)
                .args("proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local")
                .port("http-envoy-prom", 15090)
                .env("POD_NAME", fieldRef("metadata.name"))
                .env("POD_NAMESPACE", fieldRef("metadata.namespace"))
                .startupProbe(startupProbe(httpGet("/healthz/ready", 15021))
                    .periodSeconds(1).timeoutSeconds(3).failureThreshold(600))
                .readinessProbe(readinessProbe(httpGet("/healthz/ready", 15021))
                    .periodSeconds(15).timeoutSeconds(3).failureThreshold(4))
                .preStop(exec("pilot-agent", "request", "--debug-port=15020", "POST", "drain"))
                .volumeMount(envoy, "/etc/istio/proxy")
                .securityContext(SecurityContext.builder()
                    .capabilities(Capabilities.builder().addDrop("ALL").build())
                    .allowPrivilegeEscalation(false).readOnlyRootFilesystem(true)
                    .runAsUser(1337L).runAsGroup(1337L).runAsNonRoot(true).build())
                .requests(cpu("100m"), memory("128Mi"))
                .limits(cpu("2"), memory("1Gi")))
            .main(container("checkout").image("example/checkout:3.2.0")
                .port("http", 8080)
                .readinessProbe(readinessProbe(httpGet("/ready", "http")))
                .requests(cpu("250m"), memory("256Mi"))
                .limits(memory("256Mi")))
            .terminationGracePeriodSeconds(45))
        .namespace("shop")
        .replicas(3)
        .rollingUpdate(IntOrString.of(0), IntOrString.of(1))
        .revisionHistoryLimit(5)
        .build();
  }
}
