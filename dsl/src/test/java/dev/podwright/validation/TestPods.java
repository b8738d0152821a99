package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Small pods for the rule tests: valid unless a test breaks them. */
final class TestPods {
  private TestPods() {}

  static Container.Builder container(String name) {
    return Container.builder().name(name).image("nginx:1.27");
  }

  /** A pod named {@code web} with one valid container {@code app}, changed by {@code spec}. */
  static Pod pod(Consumer<PodSpec.Builder> spec) {
    PodSpec.Builder b = PodSpec.builder();
    spec.accept(b);
    PodSpec built = b.build();
    if (built.containers().isEmpty()) {
      built = PodSpec.builder().from(built).addContainer(container("app").build()).build();
    }
    return Pod.builder().metadata(ObjectMeta.builder().name("web").build()).spec(built).build();
  }

  /** A pod whose only container is {@code c}. */
  static Pod podWith(Container c) {
    return pod(s -> s.addContainer(c));
  }

  static List<String> errors(Pod pod) {
    return errors(Profile.defaults(), pod);
  }

  static List<String> errors(Profile profile, Pod pod) {
    return Validator.forProfile(profile).validate(pod).stream()
        .map(FieldError::toString).collect(Collectors.toList());
  }

  static List<String> warnings(Profile profile, Pod pod) {
    return Validator.forProfile(profile).report(pod).warnings();
  }
}
