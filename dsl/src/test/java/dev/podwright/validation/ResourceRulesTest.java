package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceRulesTest {
  private static Pod resources(ResourceRequirements r) {
    return podWith(container("app").resources(r).build());
  }

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @Test
  void unprefixedNamesMustBeStandardContainerResources() {
    // the default profile, 1.33: a core.ResourceName prints bare (a fmt.Stringer) up to 1.33
    assertThat(errors(resources(ResourceRequirements.builder().putLimit("foo", q("1"))
        .putLimit("pods", q("1")).build()))).containsExactly(
        "spec.containers[0].resources.limits[foo]: Invalid value: foo: must be a standard "
            + "resource type or fully qualified",
        "spec.containers[0].resources.limits[foo]: Invalid value: foo: must be a standard "
            + "resource for containers",
        "spec.containers[0].resources.limits[pods]: Invalid value: pods: must be a standard "
            + "resource for containers",
        // In a Pod, requests default to limits, so the same names are reported again.
        "spec.containers[0].resources.requests[foo]: Invalid value: foo: must be a standard "
            + "resource type or fully qualified",
        "spec.containers[0].resources.requests[foo]: Invalid value: foo: must be a standard "
            + "resource for containers",
        "spec.containers[0].resources.requests[pods]: Invalid value: pods: must be a "
            + "standard resource for containers");
  }

  @Test
  void negativeQuantities() {
    assertThat(errors(resources(ResourceRequirements.builder().putRequest("cpu", q("-1"))
        .build()))).containsExactly("spec.containers[0].resources.requests[cpu]: Invalid value: "
        + "\"-1\": must be greater than or equal to 0");
  }

  @Test
  void requestAboveLimitIsReportedOnTheRequestsMap() {
    assertThat(errors(resources(ResourceRequirements.builder().putLimit("cpu", q("1"))
        .putRequest("cpu", q("1500m")).build()))).containsExactly(
        "spec.containers[0].resources.requests: Invalid value: \"1500m\": must be less than or "
            + "equal to cpu limit of 1");
  }

  @Test
  void limitOnlyIsFineBecauseRequestsDefaultToLimitsInPods() {
    assertThat(errors(resources(ResourceRequirements.builder()
        .putLimit("nvidia.com/gpu", q("2")).putLimit("memory", q("1Gi")).build()))).isEmpty();
  }

  @Test
  void extendedResourcesMustMatchTheirLimitAndBeIntegers() {
    assertThat(errors(resources(ResourceRequirements.builder()
        .putLimit("example.com/foo", q("2")).putRequest("example.com/foo", q("1")).build())))
        .containsExactly("spec.containers[0].resources.requests: Invalid value: \"1\": must be "
            + "equal to example.com/foo limit of 2");
    assertThat(errors(resources(ResourceRequirements.builder()
        .putRequest("example.com/foo", q("500m")).build()))).containsExactly(
        // Go's %#v of the parsed resource.Quantity (the v1.27.4 and v1.30.3 code prints so)
        "spec.containers[0].resources.requests[example.com/foo]: Invalid value: "
            + "resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, "
            + "d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"500m\", Format:\"DecimalSI\"}: "
            + "must be an integer",
        "spec.containers[0].resources.limits: Required value: Limit must be set for non "
            + "overcommitable resources");
  }

  @Test
  void badPrefixedName() {
    assertThat(errors(resources(ResourceRequirements.builder()
        .putLimit("requests.example.com/x", q("1")).build()))).containsExactly(
        "spec.containers[0].resources.limits[requests.example.com/x]: Invalid value: "
            + "requests.example.com/x: doesn't follow extended resource name standard",
        "spec.containers[0].resources.requests[requests.example.com/x]: Invalid value: "
            + "requests.example.com/x: doesn't follow extended resource name standard");
  }

  @Test
  void hugePagesNeedCpuOrMemoryAndWholePages() {
    assertThat(errors(resources(ResourceRequirements.builder()
        .putLimit("hugepages-2Mi", q("3Mi")).build()))).containsExactly(
        "spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is not "
            + "positive integer multiple of hugepages-2Mi",
        "spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is "
            + "not positive integer multiple of hugepages-2Mi",
        "spec.containers[0].resources: Forbidden: HugePages require cpu or memory");
  }

  @Test
  void quantitiesAreRoundedUpToMilliFirst() {
    assertThat(errors(resources(ResourceRequirements.builder().putLimit("cpu", q("1m"))
        .putRequest("cpu", q("0.5m")).build()))).isEmpty();
  }

  @Test
  void overheadWithoutRuntimeClassIsRefusedByAdmissionAlone() {
    // The RuntimeClass plugin refuses the Pod before validation would see the bad resource name.
    assertThat(errors(pod(s -> s.putOverhead("foo", q("1"))))).containsExactly(
        "spec.overhead: Forbidden: pod rejected: Pod Overhead set without corresponding "
            + "RuntimeClass defined Overhead");
  }

  private static List<String> yamlErrors(Profile profile, String yaml) {
    return Validator.forProfile(profile).validate(ManifestReader.read(yaml).get(0)).stream()
        .map(FieldError::toString).collect(Collectors.toList());
  }

  private static final String MIRROR_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n"
      + "  name: static-web-node-1\n  annotations: {kubernetes.io/config.mirror: 0f3c9a}\n"
      + "spec:\n  nodeName: node-1\n  containers: [{name: app, image: nginx}]\n"
      + "  resourceClaims: [{name: gpu, resourceClaimTemplateName: gpu}, {name: Bad_Name}]\n";

  @Test
  void staticPodsMayNotNameResourceClaimsFrom132() {
    // One error per claim at the empty path, and no other check of the claim.
    assertThat(yamlErrors(Profile.of("1.34"), MIRROR_POD))
        .containsExactly("[]: Forbidden: static pods do not support resource claims");
    Profile dra131 = Profile.of("1.31").withFeatureGate(Profile.DYNAMIC_RESOURCE_ALLOCATION,
        true);
    assertThat(yamlErrors(dra131, MIRROR_POD)).containsExactly(
        "spec.resourceClaims[1].name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 label "
            + "must consist of lower case alphanumeric characters or '-', and must start and "
            + "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used "
            + "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        "spec.resourceClaims[1]: Invalid value: core.PodResourceClaim{Name:\"Bad_Name\", "
            + "ResourceClaimName:(*string)(nil), ResourceClaimTemplateName:(*string)(nil)}: must "
            + "specify one of: `resourceClaimName`, `resourceClaimTemplateName`");
  }

  @Test
  void finalResourceClaimNameCheckedUpTo130() {
    String name = String.join(".", List.of("a".repeat(62), "a".repeat(62), "a".repeat(62),
        "a".repeat(62)));
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\nspec:\n"
        + "  containers: [{name: app, image: nginx}]\n"
        + "  resourceClaims: [{name: gpu, source: {resourceClaimTemplateName: gpu}}]\n";
    Profile dra130 = Profile.of("1.30").withFeatureGate(Profile.DYNAMIC_RESOURCE_ALLOCATION,
        true);
    assertThat(yamlErrors(dra130, pod)).containsExactly("spec.resourceClaims[0].name: Invalid "
        + "value: \"" + name + "-gpu\": final ResourceClaim name: must be no more than 253 "
        + "characters");
  }

  @Test
  void podLevelNotSupportedListsHugepagesFrom133() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers: [{name: app, image: nginx}]\n"
        + "  resources: {requests: {ephemeral-storage: 1Gi}}\n";
    assertThat(yamlErrors(Profile.of("1.34"), pod)).containsExactly(
        "spec.resources.requests[ephemeral-storage]: Unsupported value: \"ephemeral-storage\": "
            + "supported values: \"cpu\", \"hugepages-\", \"memory\"");
    Profile pl132 = Profile.of("1.32").withFeatureGate(Profile.POD_LEVEL_RESOURCES, true);
    assertThat(yamlErrors(pl132, pod)).containsExactly(
        "spec.resources.requests[ephemeral-storage]: Unsupported value: ephemeral-storage: "
            + "supported values: \"cpu\", \"memory\"");
  }

  @Test
  void podLimitDefaultIsTheLargerOfRequestAndAggregateIn137() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers:\n  - {name: a, image: nginx, resources: {limits: {cpu: 500m}}}\n"
        + "  - {name: b, image: nginx, resources: {limits: {cpu: 500m}}}\n"
        + "  resources: {requests: {cpu: \"2\"}}\n";
    dev.podwright.model.Pod parsed = (dev.podwright.model.Pod) ManifestReader.read(pod).get(0);
    assertThat(Defaults.spec(parsed.spec(), true, Profile.of("1.37")).resources().get().limits())
        .containsEntry("cpu", q("2"));
    String small = pod.replace("cpu: \"2\"", "cpu: 800m");
    parsed = (dev.podwright.model.Pod) ManifestReader.read(small).get(0);
    assertThat(Defaults.spec(parsed.spec(), true, Profile.of("1.37")).resources().get().limits())
        .containsEntry("cpu", q("1"));
    assertThat(Defaults.spec(parsed.spec(), true, Profile.of("1.36")).resources().get().limits())
        .isEmpty();
  }
}
