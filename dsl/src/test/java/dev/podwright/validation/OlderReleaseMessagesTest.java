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

  // The words below are what the v1.27.4 and v1.30.3 validation code prints when run on the
  // trees ceph/ceph-csi vendors (b2fdc269, fb9403e8): v1 Pod, v1 defaults, conversion,
  // ValidatePodCreate (the udold differential run).

  @Test
  void envFieldPathsListNoHostIpsIn127() {
    String spec = "  containers:\n  - name: app\n    image: nginx\n"
        + "    env: [{name: X, valueFrom: {fieldRef: {fieldPath: metadata.labels}}}]\n";
    String prefix = "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "
        + "\"metadata.labels\": supported values: \"metadata.name\", \"metadata.namespace\", "
        + "\"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", ";
    assertThat(errors("1.27", spec)).containsExactly(
        prefix + "\"status.podIP\", \"status.podIPs\"");
    assertThat(errors("1.28", spec)).containsExactly(
        prefix + "\"status.hostIPs\", \"status.podIP\", \"status.podIPs\"");
  }

  @Test
  void resourceNamesAreQuotedStringsUpTo128() {
    String spec = "  containers:\n  - name: app\n    image: nginx\n"
        + "    resources: {requests: {gpu: \"1\"}}\n";
    String path = "spec.containers[0].resources.requests[gpu]: Invalid value: ";
    for (String version : List.of("1.27", "1.28")) {
      assertThat(errors(version, spec)).containsExactly(
          path + "\"gpu\": must be a standard resource type or fully qualified",
          path + "\"gpu\": must be a standard resource for containers");
    }
    assertThat(errors("1.29", spec)).containsExactly(
        path + "gpu: must be a standard resource type or fully qualified",
        path + "gpu: must be a standard resource for containers");
  }

  @Test
  void fractionalExtendedResourcesPrintTheParsedQuantityStruct() {
    String spec = "  containers:\n  - name: app\n    image: nginx\n"
        + "    resources: {limits: {example.com/a: 500m, example.com/b: 2.5}}\n";
    String a = "resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, "
        + "d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"500m\", Format:\"DecimalSI\"}";
    String b = "resource.Quantity{i:resource.int64Amount{value:25, scale:-1}, "
        + "d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"\", Format:\"DecimalSI\"}";
    String limits = "spec.containers[0].resources.limits[example.com/";
    String requests = "spec.containers[0].resources.requests[example.com/";
    for (String version : List.of("1.27", "1.30")) {
      assertThat(errors(version, spec)).containsExactly(
          limits + "a]: Invalid value: " + a + ": must be an integer",
          limits + "b]: Invalid value: " + b + ": must be an integer",
          requests + "a]: Invalid value: " + a + ": must be an integer",
          requests + "b]: Invalid value: " + b + ": must be an integer");
    }
  }

  @Test
  void anEventOwnerWithoutPointersPrintsWhole() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  ownerReferences:\n"
        + "  - {apiVersion: v1, kind: Event, name: e, uid: 6b1e7a3c}\nspec:\n" + APP;
    for (String version : List.of("1.27", "1.30")) {
      assertThat(Validator.forProfile(Profile.of(version)).report(ManifestReader.read(yaml)
          .get(0)).errors().stream().map(FieldError::toString)).containsExactly(
              "metadata.ownerReferences: Invalid value: v1.OwnerReference{APIVersion:\"v1\", "
                  + "Kind:\"Event\", Name:\"e\", UID:\"6b1e7a3c\", Controller:(*bool)(nil), "
                  + "BlockOwnerDeletion:(*bool)(nil)}: /v1, Kind=Event is disallowed from being an "
                  + "owner");
    }
  }
}
