package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import org.junit.jupiter.api.Test;

class DefaultsTest {
  @Test
  void latestOrUntaggedImagesArePulledAlways() {
    assertThat(Defaults.isLatest("nginx")).isTrue();
    assertThat(Defaults.isLatest("nginx:latest")).isTrue();
    assertThat(Defaults.isLatest("registry:5000/team/nginx")).isTrue();
    assertThat(Defaults.isLatest("nginx:1.27")).isFalse();
    assertThat(Defaults.isLatest("nginx@sha256:abc")).isFalse();
    assertThat(Defaults.isLatest("registry:5000/nginx:1.2")).isFalse();
    assertThat(Defaults.isLatest("")).isFalse();
  }

  @Test
  void latestReadsTheImageAsTheSubstringsOfParseImageNameDid() {
    String alphabet = "aZl:t/e@s:/@x1 İ\uD801\uDC00";
    java.util.Random random = new java.util.Random(12); // fixed seed: a deterministic build
    for (int n = 0; n < 200_000; n++) {
      StringBuilder image = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        image.append(random.nextInt(3) == 0 ? "latest"
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String s = image.toString();
      assertThat(Defaults.isLatest(s)).as(s).isEqualTo(latestBySubstrings(s));
    }
  }

  /** The reading isLatest replaced, kept as the reference. */
  private static boolean latestBySubstrings(String image) {
    if (image.isEmpty() || image.chars().anyMatch(c -> c <= ' ')) {
      return false;
    }
    int at = image.indexOf('@');
    String name = at >= 0 ? image.substring(0, at) : image;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String repo = colon > slash ? name.substring(0, colon) : name;
    String path = slash >= 0 ? repo.substring(slash + 1) : repo;
    if (!path.equals(path.toLowerCase(java.util.Locale.ROOT)) || path.isEmpty()) {
      return false;
    }
    if (colon > slash) {
      return name.substring(colon + 1).equals("latest");
    }
    return at < 0;
  }

  @Test
  void podSpecDefaults() {
    PodSpec spec = Defaults.spec(PodSpec.builder().addContainer(container("app").image("nginx")
        .build()).build(), true);
    Container c = spec.containers().get(0);
    assertThat(spec.restartPolicy()).hasValue("Always");
    assertThat(spec.dnsPolicy()).hasValue("ClusterFirst");
    assertThat(spec.terminationGracePeriodSeconds()).hasValue(30L);
    assertThat(c.imagePullPolicy()).hasValue("Always");
    assertThat(c.terminationMessagePolicy()).hasValue("File");
    assertThat(c.terminationMessagePath()).hasValue("/dev/termination-log");
  }

  @Test
  void requestsDefaultToLimitsOnlyForPods() {
    ResourceRequirements r = ResourceRequirements.builder()
        .putLimit("cpu", Quantity.parse("1")).build();
    PodSpec spec = PodSpec.builder().addContainer(container("app").resources(r).build()).build();
    assertThat(Defaults.spec(spec, true).containers().get(0).resources().get().requests())
        .containsKey("cpu");
    assertThat(Defaults.spec(spec, false).containers().get(0).resources().get().requests())
        .isEmpty();
  }
}
