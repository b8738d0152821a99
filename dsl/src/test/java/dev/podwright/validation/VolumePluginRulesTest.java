package dev.podwright.validation;

import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ISCSIVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.Volume;
import org.junit.jupiter.api.Test;

class VolumePluginRulesTest {
  private static Pod iscsi(String iqn, String initiator) {
    ISCSIVolumeSource.Builder source = ISCSIVolumeSource.builder().targetPortal("127.0.0.1")
        .iqn(iqn).lun(1);
    if (initiator != null) {
      source.initiatorName(initiator);
    }
    return pod(s -> s.addVolumes(Volume.builder().name("disk").iscsi(source.build()).build()));
  }

  @Test
  void hostPortsAreSplitAsGoDoes() {
    assertThat(VolumePluginRules.isHostPort("registry:7861")).isTrue();
    assertThat(VolumePluginRules.isHostPort("[::1]:7861")).isTrue();
    assertThat(VolumePluginRules.isHostPort(":7861")).isTrue();
    assertThat(VolumePluginRules.isHostPort("registry")).isFalse();
    assertThat(VolumePluginRules.isHostPort("::1:7861")).isFalse();
    assertThat(VolumePluginRules.isHostPort("[::1]7861")).isFalse();
    assertThat(VolumePluginRules.isHostPort("[::1]")).isFalse();
    assertThat(VolumePluginRules.isHostPort("a]:1")).isFalse();
    assertThat(VolumePluginRules.isHostPort("")).isFalse();
  }

  @Test
  void iqnFormatsFollowTheThreeUpstreamPatterns() {
    assertThat(errors(iscsi("iqn.2015-02.example.com:test", null))).isEmpty();
    assertThat(errors(iscsi("naa." + "0".repeat(32), null))).isEmpty();
    assertThat(errors(iscsi("iqn.2015-02.example.com:test\n", null)))
        .containsExactly("spec.volumes[0].iscsi.iqn: Invalid value: \"iqn.2015-02.example.com:"
            + "test\\n\": must be valid format");
    assertThat(errors(iscsi("nope", null))).containsExactly("spec.volumes[0].iscsi.iqn: Invalid "
        + "value: \"nope\": must be valid format starting with iqn, eui, or naa");
  }

  @Test
  void aBadInitiatorPrefixIsReportedOnceAndNotFormatChecked() {
    assertThat(errors(iscsi("iqn.2015-02.example.com:test", "x"))).containsExactly(
        "spec.volumes[0].iscsi.initiatorname: Invalid value: \"x\": must be valid format "
            + "starting with iqn, eui, or naa");
  }

  @Test
  void theIscsiNameLengthIsCheckedEvenWhenIscsiIsNotTheFirstSource() {
    Volume v = Volume.builder().name("d".repeat(60))
        .emptyDir(dev.podwright.model.EmptyDirVolumeSource.builder().build())
        .iscsi(ISCSIVolumeSource.builder().targetPortal("127.0.0.1").iqn("x").lun(1)
            .initiatorName("iqn.2015-02.example.com:init").build())
        .build();
    assertThat(errors(pod(s -> s.addVolumes(v)))).extracting(e -> e.substring(0, e.indexOf(':')))
        .containsExactly("spec.volumes[0].iscsi", "spec.volumes[0].name");
  }
}
