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
import org.jspecify.annotations.Nullable;

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
      Terms t = terms(pa.requiredDuringSchedulingIgnoredDuringExecution(),
          pa.preferredDuringSchedulingIgnoredDuringExecution(), p.child("podAffinity"));
      return t == null ? pa : PodAffinity.builder().from(pa)
          .requiredDuringSchedulingIgnoredDuringExecution(t.required())
          .preferredDuringSchedulingIgnoredDuringExecution(t.preferred()).build();
    });
    Optional<PodAntiAffinity> anti = a.podAntiAffinity().map(pa -> {
      Terms t = terms(pa.requiredDuringSchedulingIgnoredDuringExecution(),
          pa.preferredDuringSchedulingIgnoredDuringExecution(), p.child("podAntiAffinity"));
      return t == null ? pa : PodAntiAffinity.builder().from(pa)
          .requiredDuringSchedulingIgnoredDuringExecution(t.required())
          .preferredDuringSchedulingIgnoredDuringExecution(t.preferred()).build();
    });
    if (affinity.equals(a.podAffinity()) && anti.equals(a.podAntiAffinity())) {
      return spec;
    }
    return PodSpec.builder().from(spec).affinity(Affinity.builder().from(a).podAffinity(affinity)
        .podAntiAffinity(anti).build()).build();
  }

  /** The terms of a pod (anti-)affinity without the keys. */
  private record Terms(List<PodAffinityTerm> required, List<WeightedPodAffinityTerm> preferred) {}

  /** Returns the terms without the keys, or null if no term has any. */
  private @Nullable Terms terms(List<PodAffinityTerm> required,
      List<WeightedPodAffinityTerm> preferred, FieldPath path) {
    List<PodAffinityTerm> r = required(required,
        path.child("requiredDuringSchedulingIgnoredDuringExecution"));
    List<WeightedPodAffinityTerm> w = preferred(preferred,
        path.child("preferredDuringSchedulingIgnoredDuringExecution"));
    return r == required && w == preferred ? null : new Terms(r, w);
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
