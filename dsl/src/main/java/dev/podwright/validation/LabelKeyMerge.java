package dev.podwright.validation;

import dev.podwright.model.Affinity;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.PodAffinity;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PodAntiAffinity;
import dev.podwright.model.PodSpec;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the Pod strategy's {@code PrepareForCreate} does to label selectors before validation
 * (pkg/registry/core/pod/strategy.go): {@code mutatePodAffinity} appends {@code key In (value)}
 * for every {@code matchLabelKeys} key and {@code key NotIn (value)} for every
 * {@code mismatchLabelKeys} key the pod's labels carry to the term's selector, under
 * {@code MatchLabelKeysInPodAffinity}; {@code mutateTopologySpreadConstraints} appends
 * {@code key In (value)} for the constraint's {@code matchLabelKeys} under
 * {@code MatchLabelKeysInPodTopologySpreadSelectorMerge}. Terms without a selector are left
 * alone. Pods only: templates are validated as written.
 */
final class LabelKeyMerge {
  private final Map<String, String> labels;

  private LabelKeyMerge(Map<String, String> labels) {
    this.labels = labels;
  }

  /** Returns the spec a pod with these labels has when the server validates it on create. */
  static PodSpec apply(PodSpec spec, Map<String, String> labels, Profile profile) {
    LabelKeyMerge merge = new LabelKeyMerge(labels);
    PodSpec.Builder b = null;
    if (profile.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY)
        && spec.affinity().isPresent()) {
      b = PodSpec.builder().from(spec).affinity(merge.affinity(spec.affinity().get()));
    }
    if (profile.isEnabled(Profile.MATCH_LABEL_KEYS_SPREAD_MERGE)
        && !spec.topologySpreadConstraints().isEmpty()) {
      List<TopologySpreadConstraint> merged = new ArrayList<>();
      for (TopologySpreadConstraint c : spec.topologySpreadConstraints()) {
        merged.add(c.matchLabelKeys().isEmpty() || c.labelSelector().isEmpty() ? c
            : TopologySpreadConstraint.builder().from(c).labelSelector(
                merge.selector(c.labelSelector().get(), c.matchLabelKeys(), List.of())).build());
      }
      b = (b == null ? PodSpec.builder().from(spec) : b).topologySpreadConstraints(merged);
    }
    return b == null ? spec : b.build();
  }

  /**
   * Upstream's {@code dropDisabledMatchLabelKeysFieldInPodAffinity} (pkg/api/pod/util.go): while
   * {@code MatchLabelKeysInPodAffinity} is off (alpha in 1.29 and 1.30; the fields do not exist
   * before 1.29, where the decoder drops them and {@link VersionDrops} warns) the server clears
   * {@code matchLabelKeys} and {@code mismatchLabelKeys} of every pod (anti-)affinity term before
   * it validates, so their rules must not run. Returns the affinity without them, or
   * {@code null} when nothing goes (every pod with an affinity passes here).
   */
  static @Nullable Affinity dropWhileGateOff(Affinity affinity, Profile profile, Errors errors,
      FieldPath path) {
    if (profile.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY) || !usesLabelKeys(affinity)) {
      return null;
    }
    boolean warn = GatedFields.exists("PodAffinityTerm.matchLabelKeys", profile);
    Affinity.Builder b = Affinity.builder().from(affinity);
    affinity.podAffinity().ifPresent(p -> b.podAffinity(PodAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(withoutKeys(
            p.requiredDuringSchedulingIgnoredDuringExecution(), warn, errors, profile,
            path.child("podAffinity").child("requiredDuringSchedulingIgnoredDuringExecution")))
        .preferredDuringSchedulingIgnoredDuringExecution(withoutKeysWeighted(
            p.preferredDuringSchedulingIgnoredDuringExecution(), warn, errors, profile,
            path.child("podAffinity").child("preferredDuringSchedulingIgnoredDuringExecution")))
        .build()));
    affinity.podAntiAffinity().ifPresent(p -> b.podAntiAffinity(PodAntiAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(withoutKeys(
            p.requiredDuringSchedulingIgnoredDuringExecution(), warn, errors, profile,
            path.child("podAntiAffinity").child("requiredDuringSchedulingIgnoredDuringExecution")))
        .preferredDuringSchedulingIgnoredDuringExecution(withoutKeysWeighted(
            p.preferredDuringSchedulingIgnoredDuringExecution(), warn, errors, profile,
            path.child("podAntiAffinity").child("preferredDuringSchedulingIgnoredDuringExecution")))
        .build()));
    return b.build();
  }

  private static boolean usesLabelKeys(Affinity affinity) {
    List<PodAffinityTerm> terms = new ArrayList<>();
    affinity.podAffinity().ifPresent(p -> {
      terms.addAll(p.requiredDuringSchedulingIgnoredDuringExecution());
      p.preferredDuringSchedulingIgnoredDuringExecution().forEach(w -> terms.add(w.podAffinityTerm()));
    });
    affinity.podAntiAffinity().ifPresent(p -> {
      terms.addAll(p.requiredDuringSchedulingIgnoredDuringExecution());
      p.preferredDuringSchedulingIgnoredDuringExecution().forEach(w -> terms.add(w.podAffinityTerm()));
    });
    for (PodAffinityTerm t : terms) {
      if (!t.matchLabelKeys().isEmpty() || !t.mismatchLabelKeys().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static List<PodAffinityTerm> withoutKeys(List<PodAffinityTerm> terms, boolean warn,
      Errors errors, Profile profile, FieldPath path) {
    List<PodAffinityTerm> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      out.add(withoutKeys(terms.get(i), warn, errors, profile, path.index(i)));
    }
    return out;
  }

  private static List<WeightedPodAffinityTerm> withoutKeysWeighted(
      List<WeightedPodAffinityTerm> terms, boolean warn, Errors errors, Profile profile,
      FieldPath path) {
    List<WeightedPodAffinityTerm> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      WeightedPodAffinityTerm w = terms.get(i);
      out.add(WeightedPodAffinityTerm.builder().from(w).podAffinityTerm(withoutKeys(
          w.podAffinityTerm(), warn, errors, profile, path.index(i).child("podAffinityTerm")))
          .build());
    }
    return out;
  }

  private static PodAffinityTerm withoutKeys(PodAffinityTerm term, boolean warn, Errors errors,
      Profile profile, FieldPath path) {
    if (term.matchLabelKeys().isEmpty() && term.mismatchLabelKeys().isEmpty()) {
      return term;
    }
    if (warn) {
      String gate = Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY;
      if (!term.matchLabelKeys().isEmpty()) {
        errors.warn(GatedFields.dropped(path.child("matchLabelKeys"), gate, profile));
      }
      if (!term.mismatchLabelKeys().isEmpty()) {
        errors.warn(GatedFields.dropped(path.child("mismatchLabelKeys"), gate, profile));
      }
    }
    return PodAffinityTerm.builder().from(term).matchLabelKeys(List.of())
        .mismatchLabelKeys(List.of()).build();
  }

  private Affinity affinity(Affinity affinity) {
    Affinity.Builder b = Affinity.builder().from(affinity);
    affinity.podAffinity().ifPresent(p -> b.podAffinity(PodAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(
            terms(p.requiredDuringSchedulingIgnoredDuringExecution()))
        .preferredDuringSchedulingIgnoredDuringExecution(
            weighted(p.preferredDuringSchedulingIgnoredDuringExecution()))
        .build()));
    affinity.podAntiAffinity().ifPresent(p -> b.podAntiAffinity(PodAntiAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(
            terms(p.requiredDuringSchedulingIgnoredDuringExecution()))
        .preferredDuringSchedulingIgnoredDuringExecution(
            weighted(p.preferredDuringSchedulingIgnoredDuringExecution()))
        .build()));
    return b.build();
  }

  private List<PodAffinityTerm> terms(List<PodAffinityTerm> terms) {
    List<PodAffinityTerm> merged = new ArrayList<>(terms.size());
    terms.forEach(t -> merged.add(term(t)));
    return merged;
  }

  private List<WeightedPodAffinityTerm> weighted(List<WeightedPodAffinityTerm> terms) {
    List<WeightedPodAffinityTerm> merged = new ArrayList<>(terms.size());
    terms.forEach(t -> merged.add(WeightedPodAffinityTerm.builder().from(t)
        .podAffinityTerm(term(t.podAffinityTerm())).build()));
    return merged;
  }

  private PodAffinityTerm term(PodAffinityTerm term) {
    if ((term.matchLabelKeys().isEmpty() && term.mismatchLabelKeys().isEmpty())
        || term.labelSelector().isEmpty()) {
      return term;
    }
    return PodAffinityTerm.builder().from(term).labelSelector(selector(term.labelSelector().get(),
        term.matchLabelKeys(), term.mismatchLabelKeys())).build();
  }

  private LabelSelector selector(LabelSelector selector, List<String> in, List<String> notIn) {
    LabelSelector.Builder b = LabelSelector.builder().from(selector);
    append(b, in, "In");
    append(b, notIn, "NotIn");
    return b.build();
  }

  private void append(LabelSelector.Builder b, List<String> keys, String operator) {
    for (String key : keys) {
      String value = labels.get(key);
      if (value != null) {
        b.addMatchExpression(LabelSelectorRequirement.builder().key(key).operator(operator)
            .addValue(value).build());
      }
    }
  }
}
