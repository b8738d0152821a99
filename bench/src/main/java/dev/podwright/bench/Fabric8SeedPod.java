package dev.podwright.bench;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;

/** The seed pod with fabric8's generated builders, written by {@code Serialization.asYaml}. */
final class Fabric8SeedPod {
  private static final String PROXY_IMAGE = "docker.io/istio/proxyv2:1.28.0";

  private Fabric8SeedPod() {}

  /** Builds the pod and writes it as YAML. */
  @SuppressWarnings("deprecation") // asYaml is deprecated for KubernetesSerialization, same engine
  static String toYaml() {
    return Serialization.asYaml(build());
  }

  static Pod build() {
    return new PodBuilder()
        .withApiVersion("v1")
        .withKind("Pod")
        .withNewMetadata()
            .withName("sleep")
            .withNamespace("default")
            .addToLabels("app", "sleep")
            .addToLabels("security.istio.io/tlsMode", "istio")
            .addToLabels("service.istio.io/canonical-name", "sleep")
            .addToLabels("service.istio.io/canonical-revision", "latest")
            .addToAnnotations("istio.io/rev", "default")
            .addToAnnotations("kubectl.kubernetes.io/default-container", "sleep")
            .addToAnnotations("prometheus.io/path", "/stats/prometheus")
            .addToAnnotations("prometheus.io/port", "15020")
            .addToAnnotations("prometheus.io/scrape", "true")
        .endMetadata()
        .withNewSpec()
            .addNewVolume().withName("workload-socket").withNewEmptyDir().endEmptyDir().endVolume()
            .addNewVolume().withName("credential-socket").withNewEmptyDir().endEmptyDir()
                .endVolume()
            .addNewVolume().withName("workload-certs").withNewEmptyDir().endEmptyDir().endVolume()
            .addNewVolume().withName("istiod-ca-cert")
                .withNewConfigMap().withName("istio-ca-root-cert").endConfigMap().endVolume()
            .addNewVolume().withName("istio-ca-crl")
                .withNewConfigMap().withName("istio-ca-crl").withOptional(true).endConfigMap()
                .endVolume()
            .addNewVolume().withName("istio-data").withNewEmptyDir().endEmptyDir().endVolume()
            .addNewVolume().withName("istio-envoy")
                .withNewEmptyDir().withMedium("Memory").endEmptyDir().endVolume()
            .addNewVolume().withName("istio-token")
                .withNewProjected().addNewSource().withNewServiceAccountToken()
                    .withAudience("istio-ca").withExpirationSeconds(43200L).withPath("istio-token")
                .endServiceAccountToken().endSource().endProjected()
                .endVolume()
            .addNewVolume().withName("istio-podinfo")
                .withNewDownwardAPI()
                    .addNewItem().withPath("labels")
                        .withNewFieldRef().withFieldPath("metadata.labels").endFieldRef()
                    .endItem()
                    .addNewItem().withPath("annotations")
                        .withNewFieldRef().withFieldPath("metadata.annotations").endFieldRef()
                    .endItem()
                .endDownwardAPI()
                .endVolume()
            .withInitContainers(istioInit(), istioProxy())
            .addNewContainer()
                .withName("sleep")
                .withImage("curlimages/curl:8.16.0")
                .withCommand("/bin/sleep", "infinity")
            .endContainer()
            .withServiceAccountName("sleep")
        .endSpec()
        .build();
  }

  private static Container istioInit() {
    return new ContainerBuilder()
        .withName("istio-init")
        .withImage(PROXY_IMAGE)
        .withArgs("istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT",
            "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020",
            "--log_output_level=default:info")
        .withResources(resources())
        .withNewSecurityContext()
            .withNewCapabilities().withAdd("NET_ADMIN", "NET_RAW").withDrop("ALL")
            .endCapabilities()
            .withPrivileged(false)
            .withRunAsUser(0L)
            .withRunAsGroup(0L)
            .withRunAsNonRoot(false)
            .withReadOnlyRootFilesystem(false)
            .withAllowPrivilegeEscalation(false)
        .endSecurityContext()
        .build();
  }

  private static Container istioProxy() {
    return new ContainerBuilder()
        .withName("istio-proxy")
        .withImage(PROXY_IMAGE)
        .withArgs("proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
            "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
            "--log_output_level=default:info")
        .addNewPort().withName("http-envoy-prom").withContainerPort(15090).endPort()
        .withEnv(
            env("PILOT_CERT_PROVIDER", "istiod"),
            env("CA_ADDR", "istiod.istio-system.svc:15012"),
            fieldEnv("POD_NAME", "metadata.name"),
            fieldEnv("POD_NAMESPACE", "metadata.namespace"),
            fieldEnv("INSTANCE_IP", "status.podIP"),
            fieldEnv("SERVICE_ACCOUNT", "spec.serviceAccountName"),
            fieldEnv("HOST_IP", "status.hostIP"),
            resourceEnv("ISTIO_CPU_LIMIT", "limits.cpu"),
            env("PROXY_CONFIG", "{}\n"),
            env("ISTIO_META_APP_CONTAINERS", "sleep"),
            resourceEnv("GOMEMLIMIT", "limits.memory"),
            resourceEnv("GOMAXPROCS", "limits.cpu"),
            env("ISTIO_META_CLUSTER_ID", "Kubernetes"),
            fieldEnv("ISTIO_META_NODE_NAME", "spec.nodeName"),
            env("ISTIO_META_INTERCEPTION_MODE", "REDIRECT"),
            env("ISTIO_META_WORKLOAD_NAME", "sleep"),
            env("ISTIO_META_MESH_ID", "cluster.local"),
            env("TRUST_DOMAIN", "cluster.local"))
        .withResources(resources())
        .withRestartPolicy("Always")
        .withVolumeMounts(
            mount("workload-socket", "/var/run/secrets/workload-spiffe-uds"),
            mount("credential-socket", "/var/run/secrets/credential-uds"),
            mount("workload-certs", "/var/run/secrets/workload-spiffe-credentials"),
            mount("istiod-ca-cert", "/var/run/secrets/istio"),
            mount("istio-ca-crl", "/var/run/secrets/istio/crl"),
            mount("istio-data", "/var/lib/istio/data"),
            mount("istio-envoy", "/etc/istio/proxy"),
            mount("istio-token", "/var/run/secrets/tokens"),
            mount("istio-podinfo", "/etc/istio/pod"))
        .withReadinessProbe(probe(15, 4))
        .withStartupProbe(probe(1, 600))
        .withNewLifecycle().withNewPreStop().withNewExec()
            .withCommand("pilot-agent", "request", "--debug-port=15020", "POST", "drain")
        .endExec().endPreStop().endLifecycle()
        .withNewSecurityContext()
            .withNewCapabilities().withDrop("ALL").endCapabilities()
            .withPrivileged(false)
            .withRunAsUser(1337L)
            .withRunAsGroup(1337L)
            .withRunAsNonRoot(true)
            .withReadOnlyRootFilesystem(true)
            .withAllowPrivilegeEscalation(false)
        .endSecurityContext()
        .build();
  }

  private static ResourceRequirements resources() {
    return new ResourceRequirementsBuilder()
        .withLimits(Map.of("cpu", new Quantity("2"), "memory", new Quantity("1Gi")))
        .withRequests(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi")))
        .build();
  }

  private static Probe probe(int period, int failures) {
    return new ProbeBuilder()
        .withNewHttpGet().withPath("/healthz/ready").withNewPort(15021).endHttpGet()
        .withTimeoutSeconds(3)
        .withPeriodSeconds(period)
        .withFailureThreshold(failures)
        .build();
  }

  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }

  private static EnvVar fieldEnv(String name, String path) {
    return new EnvVarBuilder().withName(name)
        .withNewValueFrom().withNewFieldRef().withFieldPath(path).endFieldRef().endValueFrom()
        .build();
  }

  private static EnvVar resourceEnv(String name, String resource) {
    return new EnvVarBuilder().withName(name)
        .withNewValueFrom().withNewResourceFieldRef().withResource(resource)
        .endResourceFieldRef().endValueFrom()
        .build();
  }

  private static VolumeMount mount(String name, String path) {
    return new VolumeMountBuilder().withName(name).withMountPath(path).build();
  }
}
