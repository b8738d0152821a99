package dev.podwright.validation;

import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.CephFSVolumeSource;
import dev.podwright.model.ClusterTrustBundleProjection;
import dev.podwright.model.GitRepoVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.PodCertificateProjection;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.StorageOSVolumeSource;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of pkg/api/pod/warnings.go's deprecated-plugin warnings, per version, and of the
 * projected certificate rules once their gates are on; the corpus checks where they appear.
 */
class VolumeWarningsTest {
  private static Pod withVolume(Volume volume) {
    return pod(s -> s.addVolume(volume));
  }

  private static Pod gitRepo() {
    return withVolume(Volume.builder().name("g")
        .gitRepo(GitRepoVolumeSource.builder().repository("https://example.com/r.git").build())
        .build());
  }

  private static Pod projected(VolumeProjection source) {
    return withVolume(Volume.builder().name("certs")
        .projected(ProjectedVolumeSource.builder().addSource(source).build()).build());
  }

  /** The errors of a pod with one projected trust bundle, on 1.33 with its gate on. */
  private static List<String> trustBundleErrors(ClusterTrustBundleProjection bundle) {
    return errors(Profile.of("1.33").withFeatureGate("ClusterTrustBundleProjection", true),
        projected(VolumeProjection.builder().clusterTrustBundle(bundle).build()));
  }

  @Test
  void gitRepoSaysDisabledByDefaultOnceTheDriverGateIsOff() {
    assertThat(warnings(Profile.of("1.32"), gitRepo()))
        .containsExactly("spec.volumes[0].gitRepo: deprecated in v1.11");
    assertThat(warnings(Profile.of("1.33"), gitRepo())).containsExactly(
        "spec.volumes[0].gitRepo: deprecated in v1.11, and disabled by default in v1.33+");
    assertThat(warnings(Profile.of("1.35").withFeatureGate("GitRepoVolumeDriver", true),
        gitRepo())).containsExactly("spec.volumes[0].gitRepo: deprecated in v1.11");
    // Locked off from 1.36: an override cannot turn it back on (refused, ProfileTest).
    assertThat(warnings(Profile.of("1.36"), gitRepo())).containsExactly(
        "spec.volumes[0].gitRepo: deprecated in v1.11, and disabled by default in v1.33+");
  }

  @Test
  void cephfsWarnsFrom128AndStorageosUsesUpstreamsPathSpelling() {
    Pod pod = pod(s -> s
        .addVolume(Volume.builder().name("c")
            .cephfs(CephFSVolumeSource.builder().addMonitor("m").build()).build())
        .addVolume(Volume.builder().name("s")
            .storageos(StorageOSVolumeSource.builder().volumeName("v").build()).build()));

    assertThat(warnings(Profile.of("1.27"), pod)).containsExactly(
        "spec.volumes[1].storageOS: deprecated in v1.22, non-functional in v1.25+");
    assertThat(warnings(Profile.of("1.28"), pod)).containsExactly(
        "spec.volumes[0].cephfs: deprecated in v1.28, non-functional in v1.31+",
        "spec.volumes[1].storageOS: deprecated in v1.22, non-functional in v1.25+");
  }

  @Test
  void anInvalidPodGetsNoPluginWarning() {
    Pod pod = withVolume(Volume.builder().name("g")
        .gitRepo(GitRepoVolumeSource.builder().repository("").build()).build());

    assertThat(errors(Profile.of("1.32"), pod))
        .containsExactly("spec.volumes[0].gitRepo.repository: Required value");
    assertThat(warnings(Profile.of("1.32"), pod)).isEmpty();
  }

  @Test
  void podCertificatesAreDroppedUnderTheServersGateName() {
    Pod pod = projected(VolumeProjection.builder()
        .podCertificate(PodCertificateProjection.builder().build()).build());

    assertThat(errors(Profile.of("1.35"), pod)).isEmpty();
    assertThat(warnings(Profile.of("1.35"), pod)).containsExactly(
        "spec.volumes[0].projected.sources[0].podCertificate: dropped: the PodCertificateRequest "
            + "feature gate is off in Kubernetes 1.35, so the API server silently removes the "
            + "field",
        // the drop leaves an empty source, which the create warnings (run after the drop) report
        "volume \"certs\" (Projected) has no sources provided");
  }

  @Test
  void podCertificateRulesSpeakUpstreamsWords() {
    Profile on = Profile.of("1.35").withFeatureGate("PodCertificateRequest", true);
    Pod pod = projected(VolumeProjection.builder().podCertificate(PodCertificateProjection
        .builder().signerName("kubernetes.io/x").keyType("RSA2048").maxExpirationSeconds(86401)
        .build()).build());

    String p = "spec.volumes[0].projected.sources[0].podCertificate";
    assertThat(errors(on, pod)).containsExactly(
        p + ".keyType: Unsupported value: \"RSA2048\": supported values: \"RSA3072\", "
            + "\"RSA4096\", \"ECDSAP256\", \"ECDSAP384\", \"ECDSAP521\", \"ED25519\"",
        p + ".maxExpirationSeconds: Invalid value: 86401: if provided, maxExpirationSeconds "
            + "must be <= 86400",
        p + ": Required value: specify at least one of credentialBundlePath, keyPath, and "
            + "certificateChainPath");
  }

  @Test
  void signerNamesAreCheckedLabelByLabel() {
    List<String> errors = trustBundleErrors(
        ClusterTrustBundleProjection.builder().signerName("localhost/ca").path("ca.pem").build());

    assertThat(errors).containsExactly(
        "spec.volumes[0].projected.sources[0].clusterTrustBundle.signerName: Invalid value: "
            + "\"localhost\": should be a domain with at least two segments separated by dots");
  }

  @Test
  void beforeOneThirtyOneASourceOfTwoTypesIsNotSaidToBePerSource() {
    // The vendored v1.30.0 and v1.31.0 validation.go in ceph/ceph-csi (e727bd351, 5a66991bb).
    Volume v = Volume.builder().name("p").projected(ProjectedVolumeSource.builder()
        .addSource(VolumeProjection.builder()
            .secret(dev.podwright.model.SecretProjection.builder().name("s").build())
            .configMap(dev.podwright.model.ConfigMapProjection.builder().name("c").build())
            .build()).build()).build();

    assertThat(errors(Profile.of("1.30"), withVolume(v))).containsExactly(
        "spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume "
            + "type");
    assertThat(errors(Profile.of("1.31"), withVolume(v))).containsExactly(
        "spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume "
            + "type per source");
  }

  @Test
  void aBundleNameMustFollowItsSignerPrefix() {
    List<String> errors = trustBundleErrors(
        ClusterTrustBundleProjection.builder().name("example.com:ca:").path("ca.pem").build());

    assertThat(errors).hasSize(1).first().asString().startsWith(
        "spec.volumes[0].projected.sources[0].clusterTrustBundle.name: Invalid value: "
            + "\"example.com:ca:\": not a valid clustertrustbundlename: a lowercase RFC 1123 "
            + "subdomain");
  }
}
