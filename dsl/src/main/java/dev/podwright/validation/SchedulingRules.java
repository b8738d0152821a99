package dev.podwright.validation;

import java.util.List;
import java.util.Map;

/**
 * {@code validateAffinity} and {@code validateTopologySpreadConstraints}. The model keeps
 * {@code affinity} and {@code topologySpreadConstraints} as unknown fields, so these rules walk the
 * plain YAML values: maps, lists, strings and numbers.
 */
final class SchedulingRules {
  private static final String RANGE_1_100 = "must be in the range 1-100";
  private static final String NOT_POSITIVE = "must be greater than zero";

  private final Errors errors;
  private final MetaRules meta;

  SchedulingRules(Errors errors) {
    this.errors = errors;
    this.meta = new MetaRules(errors);
  }

  /** {@code validateAffinity}: node affinity, pod affinity and pod anti-affinity, in that order. */
  void affinity(Object affinity, FieldPath path) {
    Map<?, ?> a = map(affinity);
    Map<?, ?> node = map(a.get("nodeAffinity"));
    if (!node.isEmpty()) {
      nodeAffinity(node, path.child("nodeAffinity"));
    }
    for (String kind : List.of("podAffinity", "podAntiAffinity")) {
      Map<?, ?> pod = map(a.get(kind));
      FieldPath p = path.child(kind);
      List<?> required = list(pod.get("requiredDuringSchedulingIgnoredDuringExecution"));
      for (int i = 0; i < required.size(); i++) {
        podAffinityTerm(map(required.get(i)),
            p.child("requiredDuringSchedulingIgnoredDuringExecution").index(i));
      }
      List<?> preferred = list(pod.get("preferredDuringSchedulingIgnoredDuringExecution"));
      for (int i = 0; i < preferred.size(); i++) {
        FieldPath idx = p.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
        Map<?, ?> weighted = map(preferred.get(i));
        weight(weighted.get("weight"), idx.child("weight"));
        podAffinityTerm(map(weighted.get("podAffinityTerm")), idx.child("podAffinityTerm"));
      }
    }
  }

  /** {@code validateNodeAffinity}; node affinity accepts invalid label values. */
  private void nodeAffinity(Map<?, ?> node, FieldPath path) {
    Object requiredValue = node.get("requiredDuringSchedulingIgnoredDuringExecution");
    if (requiredValue instanceof Map) {
      FieldPath terms = path.child("requiredDuringSchedulingIgnoredDuringExecution")
          .child("nodeSelectorTerms");
      List<?> list = list(((Map<?, ?>) requiredValue).get("nodeSelectorTerms"));
      if (list.isEmpty()) {
        errors.add(FieldError.required(terms, "must have at least one node selector term"));
      }
      for (int i = 0; i < list.size(); i++) {
        nodeSelectorTerm(map(list.get(i)), terms.index(i));
      }
    }
    List<?> preferred = list(node.get("preferredDuringSchedulingIgnoredDuringExecution"));
    for (int i = 0; i < preferred.size(); i++) {
      FieldPath idx = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
      Map<?, ?> term = map(preferred.get(i));
      weight(term.get("weight"), idx.child("weight"));
      nodeSelectorTerm(map(term.get("preference")), idx.child("preference"));
    }
  }

  /** {@code ValidateNodeSelectorTerm} with invalid label values allowed. */
  private void nodeSelectorTerm(Map<?, ?> term, FieldPath path) {
    List<?> expressions = list(term.get("matchExpressions"));
    for (int j = 0; j < expressions.size(); j++) {
      Map<?, ?> r = map(expressions.get(j));
      FieldPath p = path.child("matchExpressions").index(j);
      String operator = string(r.get("operator"));
      int values = list(r.get("values")).size();
      switch (operator) {
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
          errors.add(FieldError.invalid(p.child("operator"), operator,
              "not a valid selector operator"));
      }
      String key = string(r.get("key"));
      errors.invalidAll(p.child("key"), key, Formats.qualifiedName(key));
    }
    List<?> fields = list(term.get("matchFields"));
    for (int j = 0; j < fields.size(); j++) {
      Map<?, ?> r = map(fields.get(j));
      FieldPath p = path.child("matchFields").index(j);
      String operator = string(r.get("operator"));
      List<?> values = list(r.get("values"));
      if (operator.equals("In") || operator.equals("NotIn")) {
        if (values.size() != 1) {
          errors.add(FieldError.required(p.child("values"),
              "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
        }
      } else {
        errors.add(FieldError.invalid(p.child("operator"), operator,
            "not a valid selector operator"));
      }
      String key = string(r.get("key"));
      if (!key.equals("metadata.name")) {
        errors.add(FieldError.invalid(p.child("key"), key, "not a valid field selector key"));
      } else {
        for (int i = 0; i < values.size(); i++) {
          String v = string(values.get(i));
          errors.invalidAll(p.child("values").index(i), v, Formats.nameIsDnsSubdomain(v, false));
        }
      }
    }
  }

  /** {@code validatePodAffinityTerm}: selectors, namespaces, then the topology key. */
  private void podAffinityTerm(Map<?, ?> term, FieldPath path) {
    labelSelector(term.get("labelSelector"), path.child("labelSelector"));
    labelSelector(term.get("namespaceSelector"), path.child("namespaceSelector"));
    for (Object namespace : list(term.get("namespaces"))) {
      String ns = string(namespace);
      errors.invalidAll(path.child("namespace"), ns, Formats.dns1123Label(ns));
    }
    String topologyKey = string(term.get("topologyKey"));
    if (topologyKey.isEmpty()) {
      errors.add(FieldError.required(path.child("topologyKey"), "can not be empty"));
    }
    errors.invalidAll(path.child("topologyKey"), topologyKey,
        Formats.qualifiedName(topologyKey));
  }

  /** {@code ValidateLabelSelector} with {@code AllowInvalidLabelValueInSelector: false}. */
  private void labelSelector(Object selector, FieldPath path) {
    if (!(selector instanceof Map)) {
      return;
    }
    Map<?, ?> s = (Map<?, ?>) selector;
    Map<String, String> matchLabels = new java.util.LinkedHashMap<>();
    map(s.get("matchLabels")).forEach((k, v) -> matchLabels.put(string(k), string(v)));
    meta.labels(matchLabels, path.child("matchLabels"));
    List<?> expressions = list(s.get("matchExpressions"));
    for (int i = 0; i < expressions.size(); i++) {
      Map<?, ?> r = map(expressions.get(i));
      FieldPath p = path.child("matchExpressions").index(i);
      String operator = string(r.get("operator"));
      List<?> values = list(r.get("values"));
      switch (operator) {
        case "In":
        case "NotIn":
          if (values.isEmpty()) {
            errors.add(FieldError.required(p.child("values"),
                "must be specified when `operator` is 'In' or 'NotIn'"));
          }
          break;
        case "Exists":
        case "DoesNotExist":
          if (!values.isEmpty()) {
            errors.add(FieldError.forbidden(p.child("values"),
                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          }
          break;
        default:
          errors.add(FieldError.invalid(p.child("operator"), operator,
              "not a valid selector operator"));
      }
      String key = string(r.get("key"));
      errors.invalidAll(p.child("key"), key, Formats.qualifiedName(key));
      for (int j = 0; j < values.size(); j++) {
        String v = string(values.get(j));
        errors.invalidAll(p.child("values").index(j), v, Formats.labelValue(v));
      }
    }
  }

  /** {@code validateTopologySpreadConstraints} (without {@code matchLabelKeys}). */
  void topologySpreadConstraints(Object constraints, FieldPath path) {
    List<?> list = list(constraints);
    for (int i = 0; i < list.size(); i++) {
      Map<?, ?> c = map(list.get(i));
      FieldPath p = path.index(i);
      long maxSkew = number(c.get("maxSkew"));
      if (maxSkew <= 0) {
        errors.add(FieldError.invalid(p.child("maxSkew"), maxSkew, NOT_POSITIVE));
      }
      String topologyKey = string(c.get("topologyKey"));
      if (topologyKey.isEmpty()) {
        errors.add(FieldError.required(p.child("topologyKey"), "can not be empty"));
      }
      String action = string(c.get("whenUnsatisfiable"));
      if (!action.equals("DoNotSchedule") && !action.equals("ScheduleAnyway")) {
        errors.add(FieldError.notSupported(p.child("whenUnsatisfiable"), action,
            "DoNotSchedule", "ScheduleAnyway"));
      }
      for (int j = i + 1; j < list.size(); j++) {
        Map<?, ?> other = map(list.get(j));
        if (topologyKey.equals(string(other.get("topologyKey")))
            && action.equals(string(other.get("whenUnsatisfiable")))) {
          errors.add(FieldError.duplicate(p.child("{topologyKey, whenUnsatisfiable}"),
              "{" + topologyKey + ", " + action + "}"));
          break;
        }
      }
      if (c.get("minDomains") instanceof Number) {
        long minDomains = number(c.get("minDomains"));
        Object shown = GoValues.bare("(*int32)(" + minDomains + ")");
        if (minDomains <= 0) {
          errors.add(FieldError.invalid(p.child("minDomains"), shown, NOT_POSITIVE));
        }
        if (!action.equals("DoNotSchedule")) {
          errors.add(FieldError.invalid(p.child("minDomains"), shown,
              "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action));
        }
      }
      for (String policy : List.of("nodeAffinityPolicy", "nodeTaintsPolicy")) {
        Object value = c.get(policy);
        if (value instanceof String && !value.equals("Honor") && !value.equals("Ignore")) {
          errors.add(FieldError.notSupported(p.child(policy), value, "Honor", "Ignore"));
        }
      }
      labelSelector(c.get("labelSelector"), p.child("labelSelector"));
    }
  }

  private void weight(Object value, FieldPath path) {
    long weight = number(value);
    if (weight <= 0 || weight > 100) {
      errors.add(FieldError.invalid(path, weight, RANGE_1_100));
    }
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map ? (Map<?, ?>) value : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List ? (List<?>) value : List.of();
  }

  private static String string(Object value) {
    return value == null || value == dev.podwright.model.Extensible.NULL ? ""
        : String.valueOf(value);
  }

  private static long number(Object value) {
    return value instanceof Number ? ((Number) value).longValue() : 0;
  }
}
