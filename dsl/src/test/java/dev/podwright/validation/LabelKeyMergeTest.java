package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Affinity;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PodAntiAffinity;
import dev.podwright.model.PodSpec;
import dev.podwright.model.TopologySpreadConstraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelKeyMergeTest {
  private static final Map<String, String> LABELS = Map.of("app", "shop", "tenant", "a");
  private static final LabelSelector SELECTOR = LabelSelector.builder()
      .putMatchLabel("tier", "web").build();

  private static PodSpec antiAffinity() {
    PodAffinityTerm term = PodAffinityTerm.builder().labelSelector(SELECTOR).topologyKey("zone")
        .addMatchLabelKeys("app", "missing").addMismatchLabelKeys("tenant").build();
    return PodSpec.builder().affinity(Affinity.builder().podAntiAffinity(PodAntiAffinity.builder()
        .addRequiredDuringSchedulingIgnoredDuringExecution(term).build()).build()).build();
  }

  @Test
  void podAffinityKeysTheLabelsCarryBecomeInAndNotInExpressions() {
    PodSpec merged = LabelKeyMerge.apply(antiAffinity(), LABELS, Profile.of("1.33"));
    assertThat(merged.affinity().get().podAntiAffinity().get()
        .requiredDuringSchedulingIgnoredDuringExecution().get(0).labelSelector().get()
        .matchExpressions()).containsExactly(
            LabelSelectorRequirement.builder().key("app").operator("In").addValue("shop").build(),
            LabelSelectorRequirement.builder().key("tenant").operator("NotIn").addValue("a")
                .build());
  }

  @Test
  void nothingIsMergedWhileTheGateIsOff() {
    PodSpec spec = antiAffinity();
    assertThat(LabelKeyMerge.apply(spec, LABELS, Profile.of("1.30"))).isSameAs(spec);
  }

  @Test
  void topologySpreadKeysAreMergedFromOneThirtyFour() {
    PodSpec spec = PodSpec.builder().addTopologySpreadConstraints(TopologySpreadConstraint
        .builder().maxSkew(1).topologyKey("zone").whenUnsatisfiable("DoNotSchedule")
        .labelSelector(SELECTOR).addMatchLabelKeys("app").build()).build();
    assertThat(LabelKeyMerge.apply(spec, LABELS, Profile.of("1.33"))).isSameAs(spec);
    assertThat(LabelKeyMerge.apply(spec, LABELS, Profile.of("1.34")).topologySpreadConstraints()
        .get(0).labelSelector().get().matchExpressions()).extracting(LabelSelectorRequirement::key)
        .containsExactly("app");
  }
}
