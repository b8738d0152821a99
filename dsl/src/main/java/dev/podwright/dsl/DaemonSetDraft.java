package dev.podwright.dsl;

import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
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
}
