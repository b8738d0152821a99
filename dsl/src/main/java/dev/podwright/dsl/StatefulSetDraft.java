package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.IntOrString;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.RollingUpdateStatefulSetStrategy;
import dev.podwright.model.StatefulSetOrdinals;
import dev.podwright.model.StatefulSetPersistentVolumeClaimRetentionPolicy;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.StatefulSetUpdateStrategy;
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
  public StatefulSetStep statefulSetSpec(UnaryOperator<StatefulSetSpec.Builder> change) {
    StatefulSetSpec spec = SpecChange.apply("statefulSetSpec", object().spec(),
            StatefulSetSpec.builder().from(object().spec()), change, StatefulSetSpec.Builder::build)
        .keeps("spec.template", StatefulSetSpec::template, "build the pod template with template() and pass it to the workload")
        .keeps("spec.selector", StatefulSetSpec::selector, "it selects the template's labels")
        .result();
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
  // Claims, updates and ordinals (issue 11)

  @Override
  public StatefulSetStep volumeClaimTemplate(ClaimTemplate claim) {
    requireNonNull(claim, "claim == null");
    return spec(b -> b.addVolumeClaimTemplate(claim.toClaim()));
  }

  @Override
  public StatefulSetStep rollingUpdate(int partition) {
    return rollingUpdate(RollingUpdateStatefulSetStrategy.builder().partition(partition).build());
  }

  @Override
  public StatefulSetStep rollingUpdate(int partition, IntOrString maxUnavailable) {
    requireNonNull(maxUnavailable, "maxUnavailable == null");
    return rollingUpdate(RollingUpdateStatefulSetStrategy.builder()
        .partition(partition)
        .maxUnavailable(maxUnavailable)
        .build());
  }

  private StatefulSetStep rollingUpdate(RollingUpdateStatefulSetStrategy rolling) {
    return spec(b -> b.updateStrategy(StatefulSetUpdateStrategy.builder()
        .type("RollingUpdate")
        .rollingUpdate(rolling)
        .build()));
  }

  @Override
  public StatefulSetStep onDelete() {
    return spec(b -> b.updateStrategy(StatefulSetUpdateStrategy.builder().type("OnDelete").build()));
  }

  @Override
  public StatefulSetStep persistentVolumeClaimRetentionPolicy(
      ClaimRetention whenDeleted, ClaimRetention whenScaled) {
    requireNonNull(whenDeleted, "whenDeleted == null");
    requireNonNull(whenScaled, "whenScaled == null");
    return spec(b -> b.persistentVolumeClaimRetentionPolicy(
        StatefulSetPersistentVolumeClaimRetentionPolicy.builder()
            .whenDeleted(whenDeleted.value())
            .whenScaled(whenScaled.value())
            .build()));
  }

  @Override
  public StatefulSetStep ordinals(int start) {
    return spec(b -> b.ordinals(StatefulSetOrdinals.builder().start(start).build()));
  }
}
