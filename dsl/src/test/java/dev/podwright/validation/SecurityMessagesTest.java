package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full messages of the user-namespace, SELinux and ephemeral-container rules whose words or
 * versions the corpus (paths and types only) cannot pin: validateHostUsers before and after
 * kubernetes/kubernetes#132868 (v1.34.0-rc.0), validateSELinuxChangePolicy with and without
 * SELinuxMount, and what dropDisabledFields takes from ephemeral containers.
 */
class SecurityMessagesTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n";

  private static ValidationReport report(Profile profile, String spec) {
    return Validator.forProfile(profile).report(ManifestReader.read(POD + spec).get(0));
  }

  private static List<String> errors(Profile profile, String spec) {
    return report(profile, spec).errors().stream().map(FieldError::toString)
        .collect(Collectors.toList());
  }

  @Test
  void hostUsersWordsChangeWithTheVolumeDevicesRuleIn134() {
    String spec = "  hostUsers: false\n  hostPID: true\n"
        + "  volumes: [{name: blk, persistentVolumeClaim: {claimName: raw}}]\n"
        + "  containers: [{name: app, image: nginx, volumeDevices: [{name: blk, "
        + "devicePath: /dev/xvda}]}]\n";
    assertThat(errors(Profile.of("1.33"), spec)).containsExactly(
        "spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false");
    assertThat(errors(Profile.of("1.34"), spec)).containsExactly(
        "spec.HostPID: Forbidden: when `hostUsers` is false",
        "spec.containers[0].volumeDevices: Forbidden: when `hostUsers` is false");
  }

  @Test
  void statelessUserNamespacesLimitVolumesIn127Only() {
    // validateHostUsers of the 1.27-cycle validation.go (aleskandro/kubernetes 2c823f90): the
    // volume errors first, in volume order, then the host namespaces; gone in 1.28 (#118691).
    String spec = "  hostUsers: false\n  hostIPC: true\n  volumes:\n"
        + "  - {name: cfg, configMap: {name: cfg}}\n"
        + "  - {name: logs, hostPath: {path: /var/log}}\n"
        + "  - {name: tmp, emptyDir: {}}\n"
        + "  - {name: data, persistentVolumeClaim: {claimName: data}}\n"
        + "  containers: [{name: app, image: nginx}]\n";
    Profile stateless = Profile.of("1.27")
        .withFeatureGate(Profile.USER_NAMESPACES_STATELESS_PODS_SUPPORT, true);
    assertThat(errors(stateless, spec)).containsExactly(
        "spec.volumes[1]: Forbidden: volume type not supported when `pod.Spec.HostUsers` is false",
        "spec.volumes[3]: Forbidden: volume type not supported when `pod.Spec.HostUsers` is false",
        "spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false");
    assertThat(errors(Profile.of("1.28").withFeatureGate(Profile.USER_NAMESPACES_SUPPORT, true),
        spec)).containsExactly("spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false");
    // With the gate off, 1.27 drops hostUsers before validation, so nothing is refused.
    assertThat(errors(Profile.of("1.27"), spec)).isEmpty();
  }

  @Test
  void hostNetworkWithUserNamespacesNeedsItsAlphaGate() {
    String spec = "  hostUsers: false\n  hostNetwork: true\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors(Profile.of("1.35"), spec)).containsExactly(
        "spec.hostNetwork: Forbidden: when `hostUsers` is false");
    assertThat(errors(Profile.of("1.35").withFeatureGate(
        Profile.USER_NAMESPACES_HOST_NETWORK, true), spec)).isEmpty();
    assertThatThrownBy(() -> Profile.of("1.34").withFeatureGate(
        Profile.USER_NAMESPACES_HOST_NETWORK, true))
        .hasMessageStartingWith("unrecognized feature gate: UserNamespacesHostNetworkSupport");
  }

  @Test
  void mountOptionNeedsSeLinuxMount() {
    String spec = "  securityContext: {seLinuxChangePolicy: Relabel}\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors(Profile.of("1.34"), spec)).containsExactly(
        "spec.securityContext.seLinuxChangePolicy: Unsupported value: \"Relabel\": supported "
            + "values: \"Recursive\"");
    assertThat(errors(Profile.of("1.34").withFeatureGate(Profile.SELINUX_MOUNT, true), spec))
        .containsExactly("spec.securityContext.seLinuxChangePolicy: Unsupported value: "
            + "\"Relabel\": supported values: \"MountOption\", \"Recursive\"");
    assertThatThrownBy(() -> Profile.of("1.29").withFeatureGate(Profile.SELINUX_MOUNT, true))
        .hasMessageStartingWith("unrecognized feature gate: SELinuxMount");
  }

  @Test
  void ephemeralContainersLoseTheRestartFieldsWhileContainerRestartRulesIsOff() {
    String spec = "  containers: [{name: app, image: nginx}]\n"
        + "  ephemeralContainers:\n  - name: debug\n    image: busybox\n"
        + "    restartPolicy: Never\n"
        + "    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [1]}}]\n";
    ValidationReport off = report(Profile.of("1.34"), spec);
    assertThat(off.errors().stream().map(FieldError::toString)).containsExactly(
        "spec.ephemeralContainers: Forbidden: cannot be set on create");
    assertThat(off.warnings()).containsExactly(
        "spec.ephemeralContainers[0].restartPolicy: dropped: the ContainerRestartRules feature "
            + "gate is off in Kubernetes 1.34, so the API server silently removes the field",
        "spec.ephemeralContainers[0].restartPolicyRules: dropped: the ContainerRestartRules "
            + "feature gate is off in Kubernetes 1.34, so the API server silently removes the "
            + "field");
    assertThat(errors(Profile.of("1.34").withFeatureGate(Profile.CONTAINER_RESTART_RULES, true),
        spec)).containsExactly(
        "spec.ephemeralContainers[0].restartPolicy: Forbidden: cannot be set for an Ephemeral "
            + "Container",
        "spec.ephemeralContainers[0].restartPolicyRules: Forbidden: cannot be set for an "
            + "Ephemeral Container",
        "spec.ephemeralContainers: Forbidden: cannot be set on create");
  }

  @Test
  void appArmorSkewWarnsAtTheAnnotationEvenWhenThePodIsRefused() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n"
        + "    container.apparmor.security.beta.kubernetes.io/app: localhost/\nspec:\n"
        + "  securityContext: {appArmorProfile: {type: RuntimeDefault}}\n"
        + "  containers: [{name: app, image: nginx}]\n";
    ValidationReport report = Validator.forProfile(Profile.of("1.31"))
        .report(ManifestReader.read(pod).get(0));
    assertThat(report.errors().stream().map(FieldError::toString)).containsExactly(
        "spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in "
            + "annotation and field must match");
    assertThat(report.warnings()).containsExactly("metadata.annotations[container.apparmor."
        + "security.beta.kubernetes.io/app]: deprecated since v1.30; use the \"appArmorProfile\" "
        + "field instead");
  }
}
