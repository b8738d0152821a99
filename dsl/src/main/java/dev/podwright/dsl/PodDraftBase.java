package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shared, immutable implementation of the pod and pod template steps: each call returns a new
 * step. The settings only a pod has are in {@link NamedPodDraftBase}.
 */
abstract class PodDraftBase<S extends TemplateSettingsStep<S>> extends PodFieldsDraft<S>
    implements TemplateSettingsStep<S> {
  private final PodValue pod;

  PodDraftBase(PodValue pod) {
    this.pod = pod;
  }

  /** Returns a draft of the same step holding {@code pod}. */
  abstract S copy(PodValue pod);

  @Override
  final S copy(Pod pod) {
    return copy(PodValue.of(pod));
  }

  @Override
  final Pod pod() {
    return pod.get();
  }

  /** Returns this draft with {@code change} applied to the metadata, when the pod is needed. */
  final S meta(UnaryOperator<ObjectMeta.Builder> change) {
    return copy(pod.withMeta(change));
  }

  /** Returns this draft's pod, built or with changes still to apply. */
  final PodValue value() {
    return pod;
  }

  /** Returns this draft with {@code change} applied to the spec, when the pod is needed. */
  @Override
  final S spec(UnaryOperator<PodSpec.Builder> change) {
    return copy(pod.withSpec(change));
  }

  /** Returns the pod with the container added to a list and its volumes declared. */
  static PodValue withContainer(PodValue pod, ContainerStep<?> step, String role) {
    ContainerDraft<?> draft = (ContainerDraft<?>) requireNonNull(step, role + " == null");
    boolean init = !role.equals("main");
    Container container = draft.toContainer();
    return pod.withSpec(init ? b -> b.addInitContainer(container) : b -> b.addContainer(container),
        draft.volumes());
  }

  @Override
  public final S label(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return meta(b -> b.putLabel(key, value));
  }

  @Override
  public final S annotation(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return meta(b -> b.putAnnotation(key, value));
  }

  @Override
  public final S terminationGracePeriodSeconds(long seconds) {
    return spec(b -> b.terminationGracePeriodSeconds(seconds));
  }

  @Override
  public final S serviceAccountName(String name) {
    requireNonNull(name, "name == null");
    return spec(b -> b.serviceAccountName(name));
  }

  @Override
  public final S nodeSelector(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    return spec(b -> b.putNodeSelector(key, value));
  }

  @Override
  public final S toleration(Toleration toleration) {
    requireNonNull(toleration, "toleration == null");
    return spec(b -> b.addToleration(toleration));
  }

  @Override
  public final S securityContext(PodSecurityContext securityContext) {
    requireNonNull(securityContext, "securityContext == null");
    return spec(b -> b.securityContext(securityContext));
  }

  @Override
  public final S imagePullSecret(String secretName) {
    requireNonNull(secretName, "secretName == null");
    return spec(b -> b.addImagePullSecret(LocalObjectReference.builder().name(secretName).build()));
  }

  @Override
  public final S hostNetwork(boolean hostNetwork) {
    return spec(b -> b.hostNetwork(hostNetwork));
  }

  @Override
  public final S dnsPolicy(DnsPolicy policy) {
    requireNonNull(policy, "policy == null");
    return spec(b -> b.dnsPolicy(policy.value()));
  }

  @Override
  public final S priorityClassName(String name) {
    requireNonNull(name, "name == null");
    return spec(b -> b.priorityClassName(name));
  }

  @Override
  public final S shareProcessNamespace(boolean share) {
    return spec(b -> b.shareProcessNamespace(share));
  }

  @Override
  public final S volume(Volume volume) {
    requireNonNull(volume, "volume == null");
    if (pod.volumes().contains(volume)) {
      return copy(pod);
    }
    return copy(pod.withSpec(UnaryOperator.identity(), List.of(volume)));
  }
}
