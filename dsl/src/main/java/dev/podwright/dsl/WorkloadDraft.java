package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.validation.Profile;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.PodYaml;
import java.util.function.UnaryOperator;

/**
 * The shared, immutable implementation of the workload steps: each call returns a new draft
 * holding a new model object. It does not implement {@link WorkloadStep} itself, because that
 * interface is sealed; the concrete drafts do.
 *
 * @param <S> the step each method returns
 * @param <T> the model object
 */
abstract class WorkloadDraft<S, T extends KubernetesObject> {
  private final T object;

  WorkloadDraft(T object) {
    this.object = object;
  }

  final T object() {
    return object;
  }

  /** Returns a draft of the same kind with {@code meta} as its metadata. */
  abstract S withMetadata(ObjectMeta meta);

  private S meta(UnaryOperator<ObjectMeta.Builder> change) {
    return withMetadata(change.apply(ObjectMeta.builder().from(object.metadata())).build());
  }

  public final S namespace(String namespace) {
    requireNonNull(namespace, "namespace == null");
    return meta(b -> b.namespace(namespace));
  }

  public final S label(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return meta(b -> b.putLabel(key, value));
  }

  public final S annotation(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return meta(b -> b.putAnnotation(key, value));
  }

  public final S metadata(UnaryOperator<ObjectMeta.Builder> change) {
    ObjectMeta before = object.metadata();
    return withMetadata(SpecChange.apply("metadata", before, ObjectMeta.builder().from(before),
            change, ObjectMeta.Builder::build)
        .keeps("metadata.name", ObjectMeta::name, "the workload is named by its factory")
        .result());
  }

  public final T build() {
    return build(Profile.defaults());
  }

  public final T build(Profile profile) {
    requireNonNull(profile, "profile == null");
    validator(profile).check(object);
    return object;
  }

  /** Returns the validator {@link #build(Profile)} uses: the profile's own. */
  Validator validator(Profile profile) {
    return Validator.forProfile(profile);
  }

  public final String toYaml() {
    return toYaml(Profile.defaults());
  }

  public final String toYaml(Profile profile) {
    return PodYaml.toYaml(build(profile));
  }

  static ObjectMeta named(String name) {
    requireNonNull(name, "name == null");
    return ObjectMeta.builder().name(name).build();
  }

  /**
   * Turns a template built with the DSL into the model's: labels, annotations and spec. The
   * template step offers no name, namespace or restart policy, so there is nothing to drop.
   */
  static PodTemplateSpec template(TemplateMainStep step) {
    Pod pod = ((CompleteTemplate) requireNonNull(step, "template == null")).pod();
    return PodTemplateSpec.builder()
        .metadata(pod.metadata())
        .spec(pod.spec())
        .putAllUnknownFields(pod.unknownFields())
        .build();
  }

  /**
   * Returns the template of a job: {@code step} with the chosen restart policy, which a template
   * step cannot set itself.
   */
  static PodTemplateSpec jobTemplate(TemplateMainStep step, JobRestartPolicy policy) {
    requireNonNull(policy, "restartPolicy == null");
    PodTemplateSpec template = template(step);
    PodSpec spec = PodSpec.builder().from(template.spec()).restartPolicy(policy.value()).build();
    return PodTemplateSpec.builder().from(template).spec(spec).build();
  }

  /**
   * Returns the selector of a replicated workload: every label of its template. Without template
   * labels there is nothing to select, which the API server would reject as an empty selector.
   */
  static LabelSelector selectorFor(PodTemplateSpec template, String kind) {
    if (template.metadata().labels().isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " selects its pods by the template's "
          + "labels (spec.selector from spec.template.metadata.labels), but the template has none; "
          + "add one with label(..) on the template");
    }
    return LabelSelector.builder().matchLabels(template.metadata().labels()).build();
  }
}
