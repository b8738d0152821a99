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
   * {@code MatchLabelKeysInPodAffinity} is off (alpha in 1.29 and 1.30; before 1.29 the fields do
   * not exist and {@link DecoderDrops} has already removed them) the server clears
   * {@code matchLabelKeys} and {@code mismatchLabelKeys} of every pod (anti-)affinity term before
   * it validates, so their rules must not run. Returns the affinity without them, or
   * {@code null} when nothing goes (every pod with an affinity passes here).
   */
  static @Nullable Affinity dropWhileGateOff(Affinity affinity, Profile profile, Errors errors,
      FieldPath path) {
    if (profile.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY) || !usesLabelKeys(affinity)) {
      return null;
    }
    return editTerms(affinity, path, (term, at) -> withoutKeys(term, errors, profile, at));
  }

  /**
   * Rewrites every pod (anti-)affinity term; {@code path} is the affinity's own path. (The two
   * blocks mirror each other: {@code PodAffinity} and {@code PodAntiAffinity} share no type.)
   */
  private static Affinity editTerms(Affinity affinity, FieldPath path, TermEdit edit) {
    Affinity.Builder b = Affinity.builder().from(affinity);
    affinity.podAffinity().ifPresent(p -> b.podAffinity(PodAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(terms(
            p.requiredDuringSchedulingIgnoredDuringExecution(), path, "podAffinity", edit))
        .preferredDuringSchedulingIgnoredDuringExecution(weighted(
            p.preferredDuringSchedulingIgnoredDuringExecution(), path, "podAffinity", edit))
        .build()));
    affinity.podAntiAffinity().ifPresent(p -> b.podAntiAffinity(PodAntiAffinity.builder().from(p)
        .requiredDuringSchedulingIgnoredDuringExecution(terms(
            p.requiredDuringSchedulingIgnoredDuringExecution(), path, "podAntiAffinity", edit))
        .preferredDuringSchedulingIgnoredDuringExecution(weighted(
            p.preferredDuringSchedulingIgnoredDuringExecution(), path, "podAntiAffinity", edit))
        .build()));
    return b.build();
  }

  /** One term's rewrite, given the term's path. */
  private interface TermEdit {
    PodAffinityTerm apply(PodAffinityTerm term, FieldPath path);
  }

  private static List<PodAffinityTerm> terms(List<PodAffinityTerm> terms, FieldPath affinity,
      String kind, TermEdit edit) {
    FieldPath path = affinity.child(kind).child("requiredDuringSchedulingIgnoredDuringExecution");
    List<PodAffinityTerm> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      out.add(edit.apply(terms.get(i), path.index(i)));
    }
    return out;
  }

  private static List<WeightedPodAffinityTerm> weighted(List<WeightedPodAffinityTerm> terms,
      FieldPath affinity, String kind, TermEdit edit) {
    FieldPath path = affinity.child(kind).child("preferredDuringSchedulingIgnoredDuringExecution");
    List<WeightedPodAffinityTerm> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      WeightedPodAffinityTerm w = terms.get(i);
      out.add(WeightedPodAffinityTerm.builder().from(w).podAffinityTerm(edit.apply(
          w.podAffinityTerm(), path.index(i).child("podAffinityTerm"))).build());
    }
    return out;
  }

  /** Whether a term has label keys; copies nothing (the common pod has none). */
  private static boolean usesLabelKeys(Affinity affinity) {
    if (affinity.podAffinity().isPresent()) {
      PodAffinity p = affinity.podAffinity().get();
      if (usesLabelKeys(p.requiredDuringSchedulingIgnoredDuringExecution(),
          p.preferredDuringSchedulingIgnoredDuringExecution())) {
        return true;
      }
    }
    if (affinity.podAntiAffinity().isPresent()) {
      PodAntiAffinity p = affinity.podAntiAffinity().get();
      return usesLabelKeys(p.requiredDuringSchedulingIgnoredDuringExecution(),
          p.preferredDuringSchedulingIgnoredDuringExecution());
    }
    return false;
  }

  private static boolean usesLabelKeys(List<PodAffinityTerm> required,
      List<WeightedPodAffinityTerm> preferred) {
    for (PodAffinityTerm t : required) {
      if (!t.matchLabelKeys().isEmpty() || !t.mismatchLabelKeys().isEmpty()) {
        return true;
      }
    }
    for (WeightedPodAffinityTerm w : preferred) {
      PodAffinityTerm t = w.podAffinityTerm();
      if (!t.matchLabelKeys().isEmpty() || !t.mismatchLabelKeys().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static PodAffinityTerm withoutKeys(PodAffinityTerm term, Errors errors,
      Profile profile, FieldPath path) {
    if (term.matchLabelKeys().isEmpty() && term.mismatchLabelKeys().isEmpty()) {
      return term;
    }
    String gate = Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY;
    if (!term.matchLabelKeys().isEmpty()) {
      errors.warn(GatedFields.dropped(path.child("matchLabelKeys"), gate, profile));
    }
    if (!term.mismatchLabelKeys().isEmpty()) {
      errors.warn(GatedFields.dropped(path.child("mismatchLabelKeys"), gate, profile));
    }
    return PodAffinityTerm.builder().from(term).matchLabelKeys(List.of())
        .mismatchLabelKeys(List.of()).build();
  }

  private Affinity affinity(Affinity affinity) {
    return editTerms(affinity, FieldPath.root("affinity"), (term, at) -> term(term));
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
