package dev.podwright.validation;

import dev.podwright.model.Affinity;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.NodeAffinity;
import dev.podwright.model.NodeSelectorRequirement;
import dev.podwright.model.NodeSelectorTerm;
import dev.podwright.model.PodAffinityTerm;
import dev.podwright.model.PreferredSchedulingTerm;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.WeightedPodAffinityTerm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code validateAffinity} and {@code validateTopologySpreadConstraints}, with the selector
 * rules of apimachinery's {@code ValidateLabelSelector}.
 *
 * <p>For Pods (not templates) the server merges {@code matchLabelKeys} into the label selector
 * before validation (pod affinity from 1.31, topology spread from 1.34): {@link LabelKeyMerge}
 * does that first, so the "exists in both" checks see the merged selector as upstream's do.
 */
final class SchedulingRules {
  private static final String RANGE_1_100 = "must be in the range 1-100";
  private static final String NOT_POSITIVE = "must be greater than zero";
  private static final String NO_SELECTOR = "must not be specified when labelSelector is not set";
  private static final String IN_BOTH_SELECTOR = "exists in both matchLabelKeys and labelSelector";

  private final Errors errors;
  private final Profile profile;
  private final MetaRules meta;

  SchedulingRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
    this.meta = new MetaRules(errors, profile);
  }

  /** {@code validateAffinity}: node affinity, pod affinity and pod anti-affinity, in that order. */
  void affinity(Optional<Affinity> affinity, FieldPath path) {
    if (affinity.isEmpty()) {
      return;
    }
    affinity.get().nodeAffinity().ifPresent(n -> nodeAffinity(n, path.child("nodeAffinity")));
    affinity.get().podAffinity().ifPresent(p -> podAffinity(p.requiredDuringSchedulingIgnoredDuringExecution(),
        p.preferredDuringSchedulingIgnoredDuringExecution(), path.child("podAffinity")));
    affinity.get().podAntiAffinity().ifPresent(p -> podAffinity(
        p.requiredDuringSchedulingIgnoredDuringExecution(),
        p.preferredDuringSchedulingIgnoredDuringExecution(), path.child("podAntiAffinity")));
  }

  private void podAffinity(List<PodAffinityTerm> required, List<WeightedPodAffinityTerm> preferred,
      FieldPath path) {
    for (int i = 0; i < required.size(); i++) {
      podAffinityTerm(required.get(i),
          path.child("requiredDuringSchedulingIgnoredDuringExecution").index(i));
    }
    for (int i = 0; i < preferred.size(); i++) {
      FieldPath idx = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
      weight(preferred.get(i).weight(), idx.child("weight"));
      podAffinityTerm(preferred.get(i).podAffinityTerm(), idx.child("podAffinityTerm"));
    }
  }

  /**
   * {@code validateNodeAffinity}. Required terms get their label values checked from 1.33
   * (kubernetes/kubernetes#128212, {@code AllowInvalidLabelValueInRequiredNodeAffinity} false on
   * create); preferred terms never do, as they can still match on a single-node cluster.
   */
  private void nodeAffinity(NodeAffinity node, FieldPath path) {
    node.requiredDuringSchedulingIgnoredDuringExecution().ifPresent(required -> {
      FieldPath terms = path.child("requiredDuringSchedulingIgnoredDuringExecution")
          .child("nodeSelectorTerms");
      if (required.nodeSelectorTerms().isEmpty()) {
        errors.add(FieldError.required(terms, "must have at least one node selector term"));
        return;
      }
      for (int i = 0; i < required.nodeSelectorTerms().size(); i++) {
        nodeSelectorTerm(required.nodeSelectorTerms().get(i), !profile.atLeast(33), terms.index(i));
      }
    });
    List<PreferredSchedulingTerm> preferred = node.preferredDuringSchedulingIgnoredDuringExecution();
    for (int i = 0; i < preferred.size(); i++) {
      FieldPath idx = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
      weight(preferred.get(i).weight(), idx.child("weight"));
      nodeSelectorTerm(preferred.get(i).preference(), true, idx.child("preference"));
    }
  }

  /** {@code ValidateNodeSelectorTerm}. */
  private void nodeSelectorTerm(NodeSelectorTerm term, boolean allowInvalidValues, FieldPath path) {
    for (int j = 0; j < term.matchExpressions().size(); j++) {
      NodeSelectorRequirement r = term.matchExpressions().get(j);
      FieldPath p = path.child("matchExpressions").index(j);
      int values = r.values().size();
      switch (r.operator()) {
        case "In":
        case "NotIn":
          if (values == 0) {
            errors.add(FieldError.required(p.child("values"),
                "must be specified when `operator` is 'In' or 'NotIn'"));
          }
          break;
        case "Exists":
        case "DoesNotExist":
          if (values > 0) {
            errors.add(FieldError.forbidden(p.child("values"),
                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          }
          break;
        case "Gt":
        case "Lt":
          if (values != 1) {
            errors.add(FieldError.required(p.child("values"),
                "must be specified single value when `operator` is 'Lt' or 'Gt'"));
          }
          break;
        default:
          errors.add(FieldError.invalid(p.child("operator"), r.operator(),
              "not a valid selector operator"));
      }
      errors.invalidAll(p.child("key"), r.key(), Formats.qualifiedName(r.key(), profile));
      if (!allowInvalidValues) {
        for (int v = 0; v < values; v++) {
          String value = r.values().get(v);
          errors.invalidAll(p.child("values").index(v), value, Formats.labelValue(value, profile));
        }
      }
    }
    for (int j = 0; j < term.matchFields().size(); j++) {
      NodeSelectorRequirement r = term.matchFields().get(j);
      FieldPath p = path.child("matchFields").index(j);
      if (r.operator().equals("In") || r.operator().equals("NotIn")) {
        if (r.values().size() != 1) {
          errors.add(FieldError.required(p.child("values"),
              "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
        }
      } else {
        errors.add(FieldError.invalid(p.child("operator"), r.operator(),
            "not a valid selector operator"));
      }
      if (!r.key().equals("metadata.name")) {
        errors.add(FieldError.invalid(p.child("key"), r.key(), "not a valid field selector key"));
      } else {
        for (int i = 0; i < r.values().size(); i++) {
          String v = r.values().get(i);
          errors.invalidAll(p.child("values").index(i), v, Formats.nameIsDnsSubdomain(v, false));
        }
      }
    }
  }

  /**
   * {@code validatePodAffinityTerm}: selectors, namespaces, {@code matchLabelKeys} and
   * {@code mismatchLabelKeys}, then the topology key.
   */
  private void podAffinityTerm(PodAffinityTerm term, FieldPath path) {
    labelSelector(term.labelSelector(), path.child("labelSelector"));
    labelSelector(term.namespaceSelector(), path.child("namespaceSelector"));
    for (String ns : term.namespaces()) {
      errors.invalidAll(path.child("namespace"), ns, Formats.dns1123Label(ns));
    }
    matchAndMismatchLabelKeys(term.matchLabelKeys(), term.mismatchLabelKeys(),
        term.labelSelector(), path);
    if (term.topologyKey().isEmpty()) {
      errors.add(FieldError.required(path.child("topologyKey"), "can not be empty"));
    }
    errors.invalidAll(path.child("topologyKey"), term.topologyKey(),
        Formats.qualifiedName(term.topologyKey(), profile));
  }

  /**
   * {@code validateMatchLabelKeysAndMismatchLabelKeys}, including upstream's index path: a key of
   * {@code matchLabelKeys} is "in both" when a selector expression repeats a key the selector
   * already has (as the merged {@code key In (value)} does for a key the user also selected on).
   */
  private void matchAndMismatchLabelKeys(List<String> matchLabelKeys,
      List<String> mismatchLabelKeys, Optional<LabelSelector> labelSelector, FieldPath path) {
    labelKeys(matchLabelKeys, labelSelector, path.child("matchLabelKeys"));
    labelKeys(mismatchLabelKeys, labelSelector, path.child("mismatchLabelKeys"));
    labelSelector.ifPresent(selector -> {
      Map<String, Integer> keyIndex = new HashMap<>();
      for (int i = 0; i < matchLabelKeys.size(); i++) {
        keyIndex.put(matchLabelKeys.get(i), i);
      }
      Set<String> selectorKeys = new HashSet<>(selector.matchLabels().keySet());
      for (LabelSelectorRequirement expression : selector.matchExpressions()) {
        String key = expression.key();
        if (keyIndex.containsKey(key) && selectorKeys.contains(key)) {
          // Upstream indexes the term's path, not matchLabelKeys, here.
          errors.add(FieldError.invalid(path.index(keyIndex.get(key)), key, IN_BOTH_SELECTOR));
        }
        selectorKeys.add(key);
      }
    });
    Set<String> mismatch = new HashSet<>(mismatchLabelKeys);
    for (int i = 0; i < matchLabelKeys.size(); i++) {
      String key = matchLabelKeys.get(i);
      if (mismatch.contains(key)) {
        errors.add(FieldError.invalid(path.child("matchLabelKeys").index(i), key,
            "exists in both matchLabelKeys and mismatchLabelKeys"));
      }
    }
  }

  /** {@code validateLabelKeys}. */
  private void labelKeys(List<String> keys, Optional<LabelSelector> selector, FieldPath path) {
    if (keys.isEmpty()) {
      return;
    }
    if (selector.isEmpty()) {
      errors.add(FieldError.forbidden(path, NO_SELECTOR));
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      errors.invalidAll(path.index(i), keys.get(i), Formats.qualifiedName(keys.get(i), profile));
    }
  }

  /** {@code ValidateLabelSelector} with {@code AllowInvalidLabelValueInSelector: false}. */
  void labelSelector(Optional<LabelSelector> selector, FieldPath path) {
    if (selector.isEmpty()) {
      return;
    }
    meta.labels(selector.get().matchLabels(), path.child("matchLabels"));
    List<LabelSelectorRequirement> expressions = selector.get().matchExpressions();
    for (int i = 0; i < expressions.size(); i++) {
      LabelSelectorRequirement r = expressions.get(i);
      FieldPath p = path.child("matchExpressions").index(i);
      switch (r.operator()) {
        case "In":
        case "NotIn":
          if (r.values().isEmpty()) {
            errors.add(FieldError.required(p.child("values"),
                "must be specified when `operator` is 'In' or 'NotIn'"));
          }
          break;
        case "Exists":
        case "DoesNotExist":
          if (!r.values().isEmpty()) {
            errors.add(FieldError.forbidden(p.child("values"),
                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          }
          break;
        default:
          errors.add(FieldError.invalid(p.child("operator"), r.operator(),
              "not a valid selector operator"));
      }
      errors.invalidAll(p.child("key"), r.key(), Formats.qualifiedName(r.key(), profile));
      for (int j = 0; j < r.values().size(); j++) {
        String v = r.values().get(j);
        errors.invalidAll(p.child("values").index(j), v, Formats.labelValue(v, profile));
      }
    }
  }

  /** {@code validateTopologySpreadConstraints}. */
  void topologySpreadConstraints(List<TopologySpreadConstraint> list, FieldPath path) {
    for (int i = 0; i < list.size(); i++) {
      TopologySpreadConstraint c = list.get(i);
      FieldPath p = path.index(i);
      if (c.maxSkew() <= 0) {
        errors.add(FieldError.invalid(p.child("maxSkew"), c.maxSkew(), NOT_POSITIVE));
      }
      if (c.topologyKey().isEmpty()) {
        errors.add(FieldError.required(p.child("topologyKey"), "can not be empty"));
      }
      String action = c.whenUnsatisfiable();
      if (!action.equals("DoNotSchedule") && !action.equals("ScheduleAnyway")) {
        errors.add(FieldError.notSupported(p.child("whenUnsatisfiable"), action,
            "DoNotSchedule", "ScheduleAnyway"));
      }
      for (int j = i + 1; j < list.size(); j++) {
        if (c.topologyKey().equals(list.get(j).topologyKey())
            && action.equals(list.get(j).whenUnsatisfiable())) {
          errors.add(FieldError.duplicate(p.child("{topologyKey, whenUnsatisfiable}"),
              "{" + c.topologyKey() + ", " + action + "}"));
          break;
        }
      }
      c.minDomains().ifPresent(minDomains -> {
        // The server prints the *int32 dereferenced, as apimachinery's ErrorBody does.
        if (minDomains <= 0) {
          errors.add(FieldError.invalid(p.child("minDomains"), minDomains, NOT_POSITIVE));
        }
        if (!action.equals("DoNotSchedule")) {
          errors.add(FieldError.invalid(p.child("minDomains"), minDomains,
              "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action));
        }
      });
      inclusionPolicy(c.nodeAffinityPolicy(), p.child("nodeAffinityPolicy"));
      inclusionPolicy(c.nodeTaintsPolicy(), p.child("nodeTaintsPolicy"));
      if (profile.isEnabled(Profile.MATCH_LABEL_KEYS_SPREAD_MERGE)) {
        // With the merge, upstream checks the keys as pod affinity's are: its
        // validateTopologySpreadConstraints calls ValidateMatchLabelKeysAndMismatchLabelKeys
        // with the constraint's path (subFldPath), so a key also in the selector is reported
        // at topologySpreadConstraints[i][j] (1.36-era validation.go, AIAgentSandox/kubernetes
        // 64149d12; the legacy ValidateMatchLabelKeysInTopologySpread runs without the merge).
        matchAndMismatchLabelKeys(c.matchLabelKeys(), List.of(), c.labelSelector(), p);
      } else {
        matchLabelKeysInTopologySpread(c, p.child("matchLabelKeys"));
      }
      labelSelector(c.labelSelector(), p.child("labelSelector"));
    }
  }

  private void inclusionPolicy(Optional<String> policy, FieldPath path) {
    policy.filter(v -> !v.equals("Honor") && !v.equals("Ignore")).ifPresent(v ->
        errors.add(FieldError.notSupported(path, v, "Honor", "Ignore")));
  }

  /** {@code validateMatchLabelKeysInTopologySpread}. */
  private void matchLabelKeysInTopologySpread(TopologySpreadConstraint c, FieldPath path) {
    if (c.matchLabelKeys().isEmpty()) {
      return;
    }
    Set<String> selectorKeys = new HashSet<>();
    if (c.labelSelector().isPresent()) {
      selectorKeys.addAll(c.labelSelector().get().matchLabels().keySet());
      c.labelSelector().get().matchExpressions().forEach(e -> selectorKeys.add(e.key()));
    } else {
      errors.add(FieldError.forbidden(path, NO_SELECTOR));
    }
    for (int i = 0; i < c.matchLabelKeys().size(); i++) {
      String key = c.matchLabelKeys().get(i);
      errors.invalidAll(path.index(i), key, Formats.qualifiedName(key, profile));
      if (selectorKeys.contains(key)) {
        errors.add(FieldError.invalid(path.index(i), key, IN_BOTH_SELECTOR));
      }
    }
  }

  private void weight(int weight, FieldPath path) {
    if (weight <= 0 || weight > 100) {
      errors.add(FieldError.invalid(path, weight, RANGE_1_100));
    }
  }
}
