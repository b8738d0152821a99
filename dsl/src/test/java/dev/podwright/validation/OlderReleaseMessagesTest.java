package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Full messages of the 1.27 to 1.31 changes whose words differ on the two sides (the corpus
 * checks paths and types only). Expected texts are the vendored validation.go of each release in
 * ceph/ceph-csi's history: v1.27.4 {@code a2762b8ed}, v1.28.0 {@code ff3e84ad6}, v1.29.0
 * {@code e5d9b68d3}, v1.30.0 {@code e727bd351}, v1.31.0 {@code 5a66991bb}.
 */
class OlderReleaseMessagesTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n";
  private static final String APP = "  containers: [{name: app, image: nginx}]\n";

  private static List<String> errors(String version, String spec) {
    return Validator.forProfile(Profile.of(version)).report(ManifestReader.read(POD + spec).get(0))
        .errors().stream().map(FieldError::toString).collect(Collectors.toList());
  }

  @Test
  void ipWordsAreValidationGosOwnUpTo129() {
    String spec = APP + "  hostAliases: [{ip: 10.0.0.300}]\n"
        + "  dnsConfig: {nameservers: [1.2.3.400]}\n";
    assertThat(errors("1.29", spec)).containsExactly(
        "spec.dnsConfig.nameservers[0]: Invalid value: \"1.2.3.400\": must be valid IP address",
        "spec.hostAliases.ip: Invalid value: \"10.0.0.300\": must be valid IP address");
    String isValidIp = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    assertThat(errors("1.30", spec)).containsExactly(
        "spec.dnsConfig.nameservers[0]: Invalid value: \"1.2.3.400\": " + isValidIp,
        "spec.hostAliases[0].ip: Invalid value: \"10.0.0.300\": " + isValidIp);
  }

  @Test
  void hostNetworkPortWordsOf127() {
    String spec = "  hostNetwork: true\n"
        + "  containers: [{name: app, image: nginx, ports: [{containerPort: 80, hostPort: 81}]}]\n";
    assertThat(errors("1.27", spec)).containsExactly("spec.containers[0].ports[0].containerPort: "
        + "Invalid value: 80: must match `hostPort` when `hostNetwork` is true");
    assertThat(errors("1.28", spec)).containsExactly("spec.containers[0].ports[0].hostPort: "
        + "Invalid value: 81: must match `containerPort` when `hostNetwork` is true");
  }

  @Test
  void expandedDnsConfigIsAGateOf127Only() {
    String spec = APP + "  dnsConfig: {searches: [a.b, c.d, e.f, g.h, i.j, k.l, m.n]}\n";
    Profile off = Profile.of("1.27").withFeatureGate("ExpandedDNSConfig", false);
    assertThat(Validator.forProfile(off).report(ManifestReader.read(POD + spec).get(0)).errors()
        .stream().map(FieldError::toString)).containsExactly("spec.dnsConfig.searches: Invalid "
            + "value: []string{\"a.b\", \"c.d\", \"e.f\", \"g.h\", \"i.j\", \"k.l\", \"m.n\"}: "
            + "must not have more than 6 search paths");
    assertThat(errors("1.27", spec)).isEmpty();
    assertThatThrownBy(() -> Profile.of("1.28").withFeatureGate("ExpandedDNSConfig", false))
        .hasMessage("cannot set feature gate ExpandedDNSConfig to false, feature is locked to "
            + "true");
    assertThatThrownBy(() -> Profile.of("1.30").withFeatureGate("ExpandedDNSConfig", false))
        .hasMessageStartingWith("unrecognized feature gate: ExpandedDNSConfig");
  }

  @Test
  void templateHostPortGateGoesWithItsDefaultingIn131() {
    assertThat(Profile.of("1.29").withFeatureGate("DefaultHostNetworkHostPortsInPodTemplates",
        true).isEnabled("DefaultHostNetworkHostPortsInPodTemplates")).isTrue();
    assertThat(Profile.of("1.31").isEnabled("DefaultHostNetworkHostPortsInPodTemplates"))
        .isFalse();
    assertThatThrownBy(() -> Profile.of("1.31")
        .withFeatureGate("DefaultHostNetworkHostPortsInPodTemplates", true))
        .hasMessage("unrecognized feature gate: DefaultHostNetworkHostPortsInPodTemplates "
            + "(Kubernetes 1.31 no longer has it: its behaviour is gone)");
  }
}
