package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

/** The drafts of a pod of its own, which also has a namespace, restart policy and deadline. */
abstract class NamedPodDraftBase<S extends PodSettingsStep<S>> extends PodDraftBase<S>
    implements PodSettingsStep<S> {
  NamedPodDraftBase(PodValue pod) {
    super(pod);
  }

  @Override
  public final S namespace(String namespace) {
    requireNonNull(namespace, "namespace == null");
    return meta(b -> b.namespace(namespace));
  }

  @Override
  public final S restartPolicy(RestartPolicy policy) {
    requireNonNull(policy, "policy == null");
    return spec(b -> b.restartPolicy(policy.value()));
  }

  @Override
  public final S activeDeadlineSeconds(long seconds) {
    return spec(b -> b.activeDeadlineSeconds(seconds));
  }
}
