package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.DownwardAPIVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.HostPathVolumeSource;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.PersistentVolumeClaimVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.SecretProjection;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeProjection;
import org.junit.jupiter.api.Test;

class VolumeRulesTest {
  private static Pod volumes(Volume... volumes) {
    return pod(s -> s.addVolumes(volumes).serviceAccountName("default"));
  }

  @Test
  void volumeWithoutSourceBecomesEmptyDir() {
    assertThat(errors(volumes(Volume.builder().name("scratch").build()))).isEmpty();
  }

  @Test
  void volumeNamesAreRequiredLabelsAndUnique() {
    Volume a = Volume.builder().name("data").build();
    assertThat(errors(volumes(Volume.builder().build(), a, a))).containsExactly(
        "spec.volumes[0].name: Required value",
        "spec.volumes[2].name: Duplicate value: \"data\"");
  }

  @Test
  void secondSourceIsForbidden() {
    Volume v = Volume.builder().name("v").emptyDir(EmptyDirVolumeSource.builder().build())
        .persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder().claimName("c").build())
        .downwardAPI(DownwardAPIVolumeSource.builder().build()).build();
    assertThat(errors(volumes(v))).containsExactly(
        "spec.volumes[0].persistentVolumeClaim: Forbidden: may not specify more than 1 volume "
            + "type",
        "spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type");
  }

  @Test
  void invalidVolumeIsLeftOutSoItsMountsAreNotFound() {
    Volume v = Volume.builder().name("cfg").configMap(ConfigMapVolumeSource.builder()
        .defaultMode(01000).build()).build();
    VolumeMount m = VolumeMount.builder().name("cfg").mountPath("/etc/cfg").build();
    assertThat(errors(pod(s -> s.addVolume(v).addContainer(container("app").addVolumeMount(m)
        .build())))).containsExactly(
        "spec.volumes[0].configMap.name: Required value",
        "spec.volumes[0].configMap.defaultMode: Invalid value: 512: must be a number between 0 "
            + "and 0777 (octal), both inclusive",
        "spec.containers[0].volumeMounts[0].name: Not found: \"cfg\"");
  }

  @Test
  void keyToPathRules() {
    Volume v = Volume.builder().name("s").secret(SecretVolumeSource.builder().secretName("s")
        .addItem(KeyToPath.builder().path("../x").build())
        .addItem(KeyToPath.builder().key("k").path("..data").build()).build()).build();
    assertThat(errors(volumes(v))).containsExactly(
        "spec.volumes[0].secret.items[0].key: Required value",
        "spec.volumes[0].secret.items[0].path: Invalid value: \"../x\": must not contain '..'",
        "spec.volumes[0].secret.items[1].path: Invalid value: \"..data\": must not start with "
            + "'..'");
  }

  @Test
  void hostPathNeedsAPathAndAKnownType() {
    assertThat(errors(volumes(Volume.builder().name("h").hostPath(HostPathVolumeSource.builder()
        .build()).build(), Volume.builder().name("t").hostPath(HostPathVolumeSource.builder()
        .path("/var/log").type("Dir").build()).build()))).containsExactly(
        "spec.volumes[0].hostPath.path: Required value",
        "spec.volumes[1].hostPath.type: Unsupported value: \"Dir\": supported values: \"\", "
            + "\"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", "
            + "\"FileOrCreate\", \"Socket\"");
  }

  @Test
  void claimNameIsRequired() {
    assertThat(errors(volumes(Volume.builder().name("p").persistentVolumeClaim(
        PersistentVolumeClaimVolumeSource.builder().build()).build()))).containsExactly(
        "spec.volumes[0].persistentVolumeClaim.claimName: Required value");
  }

  @Test
  void downwardApiItemsAreReportedWithoutIndex() {
    Volume v = Volume.builder().name("d").downwardAPI(DownwardAPIVolumeSource.builder()
        .addItem(DownwardAPIVolumeFile.builder().path("labels").build())
        .addItem(DownwardAPIVolumeFile.builder().path("name").fieldRef(ObjectFieldSelector
            .builder().fieldPath("spec.nodeName").build()).build()).build()).build();
    assertThat(errors(volumes(v))).containsExactly(
        "spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is "
            + "required",
        "spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: \"spec.nodeName\": "
            + "supported values: \"metadata.annotations\", \"metadata.labels\", "
            + "\"metadata.name\", \"metadata.namespace\", \"metadata.uid\"");
  }

  @Test
  void serviceAccountTokenRules() {
    Volume v = Volume.builder().name("token").projected(ProjectedVolumeSource.builder()
        .addSource(VolumeProjection.builder().serviceAccountToken(ServiceAccountTokenProjection
            .builder().expirationSeconds(60L).build()).build()).build()).build();
    assertThat(errors(volumes(v))).containsExactly(
        "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid "
            + "value: 60: may not specify a duration less than 10 minutes",
        "spec.volumes[0].projected.path: Required value");
  }

  @Test
  void serviceAccountTokenIsAcceptedWithoutServiceAccountAsAdmissionNamesDefault() {
    Volume v = Volume.builder().name("token").projected(ProjectedVolumeSource.builder()
        .addSource(VolumeProjection.builder().serviceAccountToken(ServiceAccountTokenProjection
            .builder().path("token").build()).build()).build()).build();
    assertThat(errors(pod(s -> s.addVolume(v)))).isEmpty();
  }

  @Test
  void projectedSourcesAreOneEachAndPathsUnique() {
    SecretProjection secret = SecretProjection.builder().name("s")
        .addItem(KeyToPath.builder().key("a").path("same").build()).build();
    Volume v = Volume.builder().name("p").projected(ProjectedVolumeSource.builder()
        .addSource(VolumeProjection.builder().secret(secret).build())
        .addSource(VolumeProjection.builder().secret(secret).downwardAPI(
            dev.podwright.model.DownwardAPIProjection.builder().build()).build()).build()).build();
    assertThat(errors(volumes(v))).containsExactly(
        "spec.volumes[0].projected: Invalid value: \"s\": conflicting duplicate paths",
        "spec.volumes[0].projected.sources[1]: Forbidden: may not specify more than 1 volume "
            + "type per source");
  }
}
