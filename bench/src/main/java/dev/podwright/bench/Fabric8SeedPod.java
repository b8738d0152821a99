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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The seed pod with fabric8's generated builders, written by {@code Serialization.asYaml}. */
final class Fabric8SeedPod {
  private static final String PROXY_IMAGE = SeedPodData.PROXY_IMAGE;

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
        .withArgs(SeedPodData.INIT_ARGS)
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
        .withArgs(SeedPodData.PROXY_ARGS)
        .addNewPort().withName("http-envoy-prom").withContainerPort(15090).endPort()
        .withEnv(env())
        .withResources(resources())
        .withRestartPolicy("Always")
        .withVolumeMounts(mounts())
        .withReadinessProbe(probe(15, 4))
        .withStartupProbe(probe(1, 600))
        .withNewLifecycle().withNewPreStop().withNewExec()
            .withCommand(SeedPodData.PRE_STOP)
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

  private static List<EnvVar> env() {
    List<EnvVar> env = new ArrayList<>();
    for (SeedPodData.Env e : SeedPodData.PROXY_ENV) {
      EnvVarBuilder var = new EnvVarBuilder().withName(e.name());
      if (e.value() != null) {
        var.withValue(e.value());
      } else if (e.fieldPath() != null) {
        var.withNewValueFrom().withNewFieldRef().withFieldPath(e.fieldPath()).endFieldRef()
            .endValueFrom();
      } else {
        var.withNewValueFrom().withNewResourceFieldRef().withResource(e.resource())
            .endResourceFieldRef().endValueFrom();
      }
      env.add(var.build());
    }
    return env;
  }

  private static List<VolumeMount> mounts() {
    List<VolumeMount> mounts = new ArrayList<>();
    for (SeedPodData.Mount m : SeedPodData.PROXY_MOUNTS) {
      mounts.add(new VolumeMountBuilder().withName(m.name()).withMountPath(m.path()).build());
    }
    return mounts;
  }
}
