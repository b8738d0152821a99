package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.validation.Profile;
import dev.podwright.validation.Validator;
import java.util.function.UnaryOperator;

/** A stateful set draft; its selector is derived from the template labels once, at the start. */
final class StatefulSetDraft extends WorkloadDraft<StatefulSetStep, StatefulSet>
    implements StatefulSetStep {
  /** The first Kubernetes minor version that checks a stateful set's pod spec on create. */
  private static final int FULL_TEMPLATE_CHECK_MINOR = 34;

  StatefulSetDraft(StatefulSet statefulSet) {
    super(statefulSet);
  }

  static StatefulSetStep of(String name, TemplateMainStep template) {
    PodTemplateSpec pods = template(template);
    return new StatefulSetDraft(StatefulSet.builder()
        .metadata(named(name))
        .spec(StatefulSetSpec.builder()
            .selector(selectorFor(pods, "stateful set"))
            .template(pods)
            .build())
        .build());
  }

  /**
   * Checks the pod template fully, as API servers from 1.34 do. Older servers (the default
   * profile is 1.33) accept a stateful set whose pod spec is invalid and then fail to create its
   * pods; the DSL reports such a template when it is built instead.
   */
  @Override
  Validator validator(Profile profile) {
    if (profile.minor() >= FULL_TEMPLATE_CHECK_MINOR) {
      return Validator.forProfile(profile);
    }
    Profile full = Profile.of("1." + FULL_TEMPLATE_CHECK_MINOR);
    for (var gate : profile.featureGateOverrides().entrySet()) {
      try {
        full = full.withFeatureGate(gate.getKey(), gate.getValue());
      } catch (IllegalArgumentException lockedOrGoneThere) {
        // e.g. SidecarContainers=false on 1.30: locked on in 1.34, so its default is the value
      }
    }
    return Validator.forProfile(full);
  }

  private StatefulSetStep spec(UnaryOperator<StatefulSetSpec.Builder> change) {
    StatefulSetSpec spec = change.apply(StatefulSetSpec.builder().from(object().spec())).build();
    return new StatefulSetDraft(StatefulSet.builder().from(object()).spec(spec).build());
  }

  @Override
  StatefulSetStep withMetadata(ObjectMeta meta) {
    return new StatefulSetDraft(StatefulSet.builder().from(object()).metadata(meta).build());
  }

  @Override
  public StatefulSetStep replicas(int replicas) {
    return spec(b -> b.replicas(replicas));
  }

  @Override
  public StatefulSetStep serviceName(String serviceName) {
    requireNonNull(serviceName, "serviceName == null");
    return spec(b -> b.serviceName(serviceName));
  }

  @Override
  public StatefulSetStep podManagementPolicy(PodManagementPolicy policy) {
    requireNonNull(policy, "policy == null");
    return spec(b -> b.podManagementPolicy(policy.value()));
  }

  @Override
  public StatefulSetStep minReadySeconds(int seconds) {
    return spec(b -> b.minReadySeconds(seconds));
  }

  @Override
  public StatefulSetStep revisionHistoryLimit(int limit) {
    return spec(b -> b.revisionHistoryLimit(limit));
  }
}
