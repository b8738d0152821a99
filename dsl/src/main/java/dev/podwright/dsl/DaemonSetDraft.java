package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.DaemonSetUpdateStrategy;
import dev.podwright.model.IntOrString;
import dev.podwright.model.RollingUpdateDaemonSet;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodTemplateSpec;
import java.util.function.UnaryOperator;

/** A daemon set draft; its selector is derived from the template labels once, at the start. */
final class DaemonSetDraft extends WorkloadDraft<DaemonSetStep, DaemonSet>
    implements DaemonSetStep {
  DaemonSetDraft(DaemonSet daemonSet) {
    super(daemonSet);
  }

  static DaemonSetStep of(String name, TemplateMainStep template) {
    PodTemplateSpec pods = template(template);
    return new DaemonSetDraft(DaemonSet.builder()
        .metadata(named(name))
        .spec(DaemonSetSpec.builder()
            .selector(selectorFor(pods, "daemon set"))
            .template(pods)
            .build())
        .build());
  }

  private DaemonSetStep spec(UnaryOperator<DaemonSetSpec.Builder> change) {
    DaemonSetSpec spec = change.apply(DaemonSetSpec.builder().from(object().spec())).build();
    return new DaemonSetDraft(DaemonSet.builder().from(object()).spec(spec).build());
  }

  @Override
  public DaemonSetStep daemonSetSpec(UnaryOperator<DaemonSetSpec.Builder> change) {
    DaemonSetSpec spec = SpecChange.apply("daemonSetSpec", object().spec(),
            DaemonSetSpec.builder().from(object().spec()), change, DaemonSetSpec.Builder::build)
        .keeps("spec.template", DaemonSetSpec::template, "build the pod template with template() and pass it to the workload")
        .keeps("spec.selector", DaemonSetSpec::selector, "it selects the template's labels")
        .result();
    return new DaemonSetDraft(DaemonSet.builder().from(object()).spec(spec).build());
  }

  @Override
  DaemonSetStep withMetadata(ObjectMeta meta) {
    return new DaemonSetDraft(DaemonSet.builder().from(object()).metadata(meta).build());
  }

  @Override
  public DaemonSetStep minReadySeconds(int seconds) {
    return spec(b -> b.minReadySeconds(seconds));
  }

  @Override
  public DaemonSetStep revisionHistoryLimit(int limit) {
    return spec(b -> b.revisionHistoryLimit(limit));
  }
  // Updates (issue 11)

  @Override
  public DaemonSetStep rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    requireNonNull(maxUnavailable, "maxUnavailable == null");
    requireNonNull(maxSurge, "maxSurge == null");
    return spec(b -> b.updateStrategy(DaemonSetUpdateStrategy.builder()
        .type("RollingUpdate")
        .rollingUpdate(RollingUpdateDaemonSet.builder()
            .maxUnavailable(maxUnavailable)
            .maxSurge(maxSurge)
            .build())
        .build()));
  }

  @Override
  public DaemonSetStep onDelete() {
    return spec(b -> b.updateStrategy(DaemonSetUpdateStrategy.builder().type("OnDelete").build()));
  }
}
