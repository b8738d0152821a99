package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
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
    assertThat(errors(resources(ResourceRequirements.builder().putLimit("foo", q("1"))
        .putLimit("pods", q("1")).build()))).containsExactly(
        "spec.containers[0].resources.limits[foo]: Invalid value: \"foo\": must be a standard "
            + "resource type or fully qualified",
        "spec.containers[0].resources.limits[foo]: Invalid value: \"foo\": must be a standard "
            + "resource for containers",
        "spec.containers[0].resources.limits[pods]: Invalid value: \"pods\": must be a standard "
            + "resource for containers",
        // In a Pod, requests default to limits, so the same names are reported again.
        "spec.containers[0].resources.requests[foo]: Invalid value: \"foo\": must be a standard "
            + "resource type or fully qualified",
        "spec.containers[0].resources.requests[foo]: Invalid value: \"foo\": must be a standard "
            + "resource for containers",
        "spec.containers[0].resources.requests[pods]: Invalid value: \"pods\": must be a "
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
        "spec.containers[0].resources.requests[example.com/foo]: Invalid value: 500m: must be "
            + "an integer",
        "spec.containers[0].resources.limits: Required value: Limit must be set for non "
            + "overcommitable resources");
  }

  @Test
  void badPrefixedName() {
    assertThat(errors(resources(ResourceRequirements.builder()
        .putLimit("requests.example.com/x", q("1")).build()))).containsExactly(
        "spec.containers[0].resources.limits[requests.example.com/x]: Invalid value: "
            + "\"requests.example.com/x\": doesn't follow extended resource name standard",
        "spec.containers[0].resources.requests[requests.example.com/x]: Invalid value: "
            + "\"requests.example.com/x\": doesn't follow extended resource name standard");
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
  void overheadIsCheckedAsLimits() {
    assertThat(errors(pod(s -> s.putOverhead("foo", q("1"))))).containsExactly(
        "spec.overhead.limits[foo]: Invalid value: \"foo\": must be a standard resource type or "
            + "fully qualified",
        "spec.overhead.limits[foo]: Invalid value: \"foo\": must be a standard resource for "
            + "containers",
        "spec.overhead: Forbidden: pod rejected: Pod Overhead set without corresponding "
            + "RuntimeClass defined Overhead");
  }
}
