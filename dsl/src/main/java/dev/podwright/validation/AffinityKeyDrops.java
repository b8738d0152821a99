package dev.podwright.validation;

import dev.podwright.model.Affinity;
import dev.podwright.model.PodAffinity;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PodAntiAffinity;
import dev.podwright.model.PodSpec;
import dev.podwright.model.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Upstream's {@code dropDisabledMatchLabelKeysFieldInPodAffinity} (pkg/api/pod/util.go, 1.29 and
 * later): while {@code MatchLabelKeysInPodAffinity} is off (alpha, 1.29 and 1.30) the server
 * clears {@code matchLabelKeys} and {@code mismatchLabelKeys} of every pod affinity and
 * anti-affinity term, required and preferred, before it validates; they are then neither merged
 * into the selector nor checked. Before 1.29 the fields are unknown ({@link DecoderDrops}).
 */
final class AffinityKeyDrops {
  private final Errors errors;
  private final Profile profile;

  AffinityKeyDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** Returns the spec without the keys, with a warning per term; the spec itself if none. */
  PodSpec apply(PodSpec spec, FieldPath path) {
    if (spec.affinity().isEmpty() || profile.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY)
        || !GatedFields.exists("PodAffinityTerm.matchLabelKeys", profile)) {
      return spec;
    }
    Affinity a = spec.affinity().get();
    FieldPath p = path.child("affinity");
    Optional<PodAffinity> affinity = a.podAffinity().map(pa -> {
      FieldPath at = p.child("podAffinity");
      List<PodAffinityTerm> required = required(pa.requiredDuringSchedulingIgnoredDuringExecution(),
          at.child("requiredDuringSchedulingIgnoredDuringExecution"));
      List<WeightedPodAffinityTerm> preferred = preferred(
          pa.preferredDuringSchedulingIgnoredDuringExecution(),
          at.child("preferredDuringSchedulingIgnoredDuringExecution"));
      return required == pa.requiredDuringSchedulingIgnoredDuringExecution()
          && preferred == pa.preferredDuringSchedulingIgnoredDuringExecution() ? pa
          : PodAffinity.builder().from(pa).requiredDuringSchedulingIgnoredDuringExecution(required)
              .preferredDuringSchedulingIgnoredDuringExecution(preferred).build();
    });
    Optional<PodAntiAffinity> anti = a.podAntiAffinity().map(pa -> {
      FieldPath at = p.child("podAntiAffinity");
      List<PodAffinityTerm> required = required(pa.requiredDuringSchedulingIgnoredDuringExecution(),
          at.child("requiredDuringSchedulingIgnoredDuringExecution"));
      List<WeightedPodAffinityTerm> preferred = preferred(
          pa.preferredDuringSchedulingIgnoredDuringExecution(),
          at.child("preferredDuringSchedulingIgnoredDuringExecution"));
      return required == pa.requiredDuringSchedulingIgnoredDuringExecution()
          && preferred == pa.preferredDuringSchedulingIgnoredDuringExecution() ? pa
          : PodAntiAffinity.builder().from(pa)
              .requiredDuringSchedulingIgnoredDuringExecution(required)
              .preferredDuringSchedulingIgnoredDuringExecution(preferred).build();
    });
    if (affinity.equals(a.podAffinity()) && anti.equals(a.podAntiAffinity())) {
      return spec;
    }
    return PodSpec.builder().from(spec).affinity(Affinity.builder().from(a).podAffinity(affinity)
        .podAntiAffinity(anti).build()).build();
  }

  private List<PodAffinityTerm> required(List<PodAffinityTerm> terms, FieldPath path) {
    List<PodAffinityTerm> out = null;
    for (int i = 0; i < terms.size(); i++) {
      PodAffinityTerm t = without(terms.get(i), path.index(i));
      if (t != terms.get(i) && out == null) {
        out = new ArrayList<>(terms);
      }
      if (out != null) {
        out.set(i, t);
      }
    }
    return out == null ? terms : out;
  }

  private List<WeightedPodAffinityTerm> preferred(List<WeightedPodAffinityTerm> terms,
      FieldPath path) {
    List<WeightedPodAffinityTerm> out = null;
    for (int i = 0; i < terms.size(); i++) {
      WeightedPodAffinityTerm w = terms.get(i);
      PodAffinityTerm t = without(w.podAffinityTerm(), path.index(i).child("podAffinityTerm"));
      if (t != w.podAffinityTerm()) {
        if (out == null) {
          out = new ArrayList<>(terms);
        }
        out.set(i, WeightedPodAffinityTerm.builder().from(w).podAffinityTerm(t).build());
      }
    }
    return out == null ? terms : out;
  }

  private PodAffinityTerm without(PodAffinityTerm t, FieldPath path) {
    if (t.matchLabelKeys().isEmpty() && t.mismatchLabelKeys().isEmpty()) {
      return t;
    }
    if (!t.matchLabelKeys().isEmpty()) {
      errors.warn(GatedFields.dropped(path.child("matchLabelKeys"),
          Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY, profile));
    }
    if (!t.mismatchLabelKeys().isEmpty()) {
      errors.warn(GatedFields.dropped(path.child("mismatchLabelKeys"),
          Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY, profile));
    }
    return PodAffinityTerm.builder().from(t).matchLabelKeys(List.of()).mismatchLabelKeys(List.of())
        .build();
  }
}
