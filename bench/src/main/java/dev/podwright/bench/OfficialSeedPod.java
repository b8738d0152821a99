package dev.podwright.bench;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.util.Yaml;
import java.util.ArrayList;
import java.util.List;

/** The seed pod with the official Kubernetes Java client's models, written by {@code Yaml.dump}. */
final class OfficialSeedPod {
  private static final String PROXY_IMAGE = SeedPodData.PROXY_IMAGE;

  private OfficialSeedPod() {}

  /** Builds the pod and writes it as YAML. */
  static String toYaml() {
    return Yaml.dump(build());
  }

  static V1Pod build() {
    return new V1Pod()
        .apiVersion("v1")
        .kind("Pod")
        .metadata(new V1ObjectMeta()
            .name("sleep")
            .namespace("default")
            .putLabelsItem("app", "sleep")
            .putLabelsItem("security.istio.io/tlsMode", "istio")
            .putLabelsItem("service.istio.io/canonical-name", "sleep")
            .putLabelsItem("service.istio.io/canonical-revision", "latest")
            .putAnnotationsItem("istio.io/rev", "default")
            .putAnnotationsItem("kubectl.kubernetes.io/default-container", "sleep")
            .putAnnotationsItem("prometheus.io/path", "/stats/prometheus")
            .putAnnotationsItem("prometheus.io/port", "15020")
            .putAnnotationsItem("prometheus.io/scrape", "true"))
        .spec(new V1PodSpec()
            .addVolumesItem(emptyDir("workload-socket"))
            .addVolumesItem(emptyDir("credential-socket"))
            .addVolumesItem(emptyDir("workload-certs"))
            .addVolumesItem(new V1Volume().name("istiod-ca-cert")
                .configMap(new V1ConfigMapVolumeSource().name("istio-ca-root-cert")))
            .addVolumesItem(new V1Volume().name("istio-ca-crl")
                .configMap(new V1ConfigMapVolumeSource().name("istio-ca-crl").optional(true)))
            .addVolumesItem(emptyDir("istio-data"))
            .addVolumesItem(new V1Volume().name("istio-envoy")
                .emptyDir(new V1EmptyDirVolumeSource().medium("Memory")))
            .addVolumesItem(new V1Volume().name("istio-token")
                .projected(new V1ProjectedVolumeSource().addSourcesItem(new V1VolumeProjection()
                    .serviceAccountToken(new V1ServiceAccountTokenProjection()
                        .audience("istio-ca").expirationSeconds(43200L).path("istio-token")))))
            .addVolumesItem(new V1Volume().name("istio-podinfo")
                .downwardAPI(new V1DownwardAPIVolumeSource()
                    .addItemsItem(new V1DownwardAPIVolumeFile().path("labels")
                        .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.labels")))
                    .addItemsItem(new V1DownwardAPIVolumeFile().path("annotations")
                        .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.annotations")))))
            .addInitContainersItem(istioInit())
            .addInitContainersItem(istioProxy())
            .addContainersItem(new V1Container()
                .name("sleep")
                .image("curlimages/curl:8.16.0")
                .command(List.of("/bin/sleep", "infinity")))
            .serviceAccountName("sleep"));
  }

  private static V1Container istioInit() {
    return new V1Container()
        .name("istio-init")
        .image(PROXY_IMAGE)
        .args(SeedPodData.INIT_ARGS)
        .resources(resources())
        .securityContext(new V1SecurityContext()
            .capabilities(new V1Capabilities().add(List.of("NET_ADMIN", "NET_RAW"))
                .drop(List.of("ALL")))
            .privileged(false)
            .runAsUser(0L)
            .runAsGroup(0L)
            .runAsNonRoot(false)
            .readOnlyRootFilesystem(false)
            .allowPrivilegeEscalation(false));
  }

  private static V1Container istioProxy() {
    return new V1Container()
        .name("istio-proxy")
        .image(PROXY_IMAGE)
        .args(SeedPodData.PROXY_ARGS)
        .addPortsItem(new V1ContainerPort().name("http-envoy-prom").containerPort(15090))
        .env(env())
        .resources(resources())
        .restartPolicy("Always")
        .volumeMounts(mounts())
        .readinessProbe(probe(15, 4))
        .startupProbe(probe(1, 600))
        .lifecycle(new V1Lifecycle().preStop(new V1LifecycleHandler().exec(new V1ExecAction()
            .command(SeedPodData.PRE_STOP))))
        .securityContext(new V1SecurityContext()
            .capabilities(new V1Capabilities().drop(List.of("ALL")))
            .privileged(false)
            .runAsUser(1337L)
            .runAsGroup(1337L)
            .runAsNonRoot(true)
            .readOnlyRootFilesystem(true)
            .allowPrivilegeEscalation(false));
  }

  private static V1Volume emptyDir(String name) {
    return new V1Volume().name(name).emptyDir(new V1EmptyDirVolumeSource());
  }

  private static V1ResourceRequirements resources() {
    return new V1ResourceRequirements()
        .putLimitsItem("cpu", Quantity.fromString("2"))
        .putLimitsItem("memory", Quantity.fromString("1Gi"))
        .putRequestsItem("cpu", Quantity.fromString("100m"))
        .putRequestsItem("memory", Quantity.fromString("128Mi"));
  }

  private static V1Probe probe(int period, int failures) {
    return new V1Probe()
        .httpGet(new V1HTTPGetAction().path("/healthz/ready").port(new IntOrString(15021)))
        .timeoutSeconds(3)
        .periodSeconds(period)
        .failureThreshold(failures);
  }

  private static List<V1EnvVar> env() {
    List<V1EnvVar> env = new ArrayList<>();
    for (SeedPodData.Env e : SeedPodData.PROXY_ENV) {
      V1EnvVar var = new V1EnvVar().name(e.name());
      if (e.value() != null) {
        var.value(e.value());
      } else if (e.fieldPath() != null) {
        var.valueFrom(new V1EnvVarSource()
            .fieldRef(new V1ObjectFieldSelector().fieldPath(e.fieldPath())));
      } else {
        var.valueFrom(new V1EnvVarSource()
            .resourceFieldRef(new V1ResourceFieldSelector().resource(e.resource())));
      }
      env.add(var);
    }
    return env;
  }

  private static List<V1VolumeMount> mounts() {
    List<V1VolumeMount> mounts = new ArrayList<>();
    for (SeedPodData.Mount m : SeedPodData.PROXY_MOUNTS) {
      mounts.add(new V1VolumeMount().name(m.name()).mountPath(m.path()));
    }
    return mounts;
  }
}
