package dev.podwright.validation;


import dev.podwright.model.Container;
import dev.podwright.model.JobSpec;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyOnPodConditionsPattern;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.SuccessPolicy;
import dev.podwright.model.SuccessPolicyRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Job's {@code podFailurePolicy} and {@code successPolicy}, as {@code validatePodFailurePolicy}
 * and {@code validateSuccessPolicy} of {@code pkg/apis/batch/validation} check them. Container
 * names in {@code onExitCodes.containerName} may name any container or init container of the
 * template, sidecars included, as the server's set holds both lists.
 */
final class JobPolicyRules {
  private static final int MAX_RULES = 20;
  private static final int MAX_EXIT_CODES = 255;
  private static final int MAX_CONDITION_PATTERNS = 20;
  private static final int MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
  private static final int MAX_SUCCESS_RULES = 20;

  private final Errors errors;
  private final Profile profile;

  JobPolicyRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void podFailurePolicy(JobSpec spec, PodFailurePolicy policy, FieldPath path) {
    FieldPath rules = path.child("rules");
    if (policy.rules().size() > MAX_RULES) {
      errors.add(FieldError.tooMany(rules, policy.rules().size(), MAX_RULES, profile));
    }
    Set<String> names = new HashSet<>();
    spec.template().spec().containers().stream().map(Container::name).forEach(names::add);
    spec.template().spec().initContainers().stream().map(Container::name).forEach(names::add);
    for (int i = 0; i < policy.rules().size(); i++) {
      rule(spec, policy.rules().get(i), rules.index(i), names);
    }
  }

  /**
   * The actions the profile's server knows, sorted as {@code sets.List} sorts them; 1.27 has no
   * {@code FailIndex} (it came with {@code backoffLimitPerIndex} in 1.28).
   */
  private List<String> actions() {
    return profile.atLeast(28) ? List.of("Count", "FailIndex", "FailJob", "Ignore")
        : List.of("Count", "FailJob", "Ignore");
  }

  private void rule(JobSpec spec, PodFailurePolicyRule rule, FieldPath path, Set<String> names) {
    FieldPath action = path.child("action");
    if (rule.action().isEmpty()) {
      errors.add(FieldError.required(action, "valid values: " + goQuotedList(actions())));
    } else if (rule.action().equals("FailIndex") && actions().contains("FailIndex")) {
      if (spec.backoffLimitPerIndex().isEmpty()) {
        errors.add(FieldError.invalid(action, rule.action(),
            "requires the backoffLimitPerIndex to be set"));
      }
    } else if (!actions().contains(rule.action())) {
      errors.add(FieldError.notSupported(action, rule.action(), actions().toArray(new String[0])));
    }
    rule.onExitCodes().ifPresent(codes -> onExitCodes(codes, path.child("onExitCodes"), names));
    if (!rule.onPodConditions().isEmpty()) {
      onPodConditions(rule.onPodConditions(), path.child("onPodConditions"));
    }
    if (rule.onExitCodes().isPresent() && !rule.onPodConditions().isEmpty()) {
      errors.add(FieldError.invalidOmittingValue(path,
          "specifying both OnExitCodes and OnPodConditions is not supported"));
    }
    if (rule.onExitCodes().isEmpty() && rule.onPodConditions().isEmpty()) {
      errors.add(FieldError.invalidOmittingValue(path,
          "specifying one of OnExitCodes and OnPodConditions is required"));
    }
  }

  private void onPodConditions(List<PodFailurePolicyOnPodConditionsPattern> patterns,
      FieldPath path) {
    if (patterns.size() > MAX_CONDITION_PATTERNS) {
      errors.add(FieldError.tooMany(path, patterns.size(), MAX_CONDITION_PATTERNS, profile));
    }
    List<String> statuses = List.of("False", "True", "Unknown");
    for (int j = 0; j < patterns.size(); j++) {
      PodFailurePolicyOnPodConditionsPattern pattern = patterns.get(j);
      FieldPath p = path.index(j);
      errors.invalidAll(p.child("type"), pattern.type(),
          Formats.qualifiedName(pattern.type(), profile));
      if (pattern.status().isEmpty()) {
        errors.add(FieldError.required(p.child("status"), "valid values: " + goQuotedList(statuses)));
      } else if (!statuses.contains(pattern.status())) {
        errors.add(FieldError.notSupported(p.child("status"), pattern.status(),
            statuses.toArray(new String[0])));
      }
    }
  }

  private void onExitCodes(PodFailurePolicyOnExitCodesRequirement codes, FieldPath path,
      Set<String> names) {
    FieldPath operator = path.child("operator");
    if (codes.operator().isEmpty()) {
      errors.add(FieldError.required(operator, "valid values: [\"In\" \"NotIn\"]"));
    } else if (!codes.operator().equals("In") && !codes.operator().equals("NotIn")) {
      errors.add(FieldError.notSupported(operator, codes.operator(), "In", "NotIn"));
    }
    codes.containerName().filter(name -> !names.contains(name)).ifPresent(name ->
        errors.add(FieldError.invalid(path.child("containerName"), name,
            "must be one of the container or initContainer names in the pod template")));
    FieldPath values = path.child("values");
    List<Integer> list = codes.values();
    if (list.isEmpty()) {
      errors.add(FieldError.invalid(values, GoStructs.int32sValue(List.of()),
          "at least one value is required"));
    } else if (list.size() > MAX_EXIT_CODES) {
      errors.add(FieldError.tooMany(values, list.size(), MAX_EXIT_CODES, profile));
    }
    boolean ordered = true;
    Set<Integer> seen = new HashSet<>();
    for (int j = 0; j < list.size(); j++) {
      int value = list.get(j);
      if (codes.operator().equals("In") && value == 0) {
        errors.add(FieldError.invalid(values.index(j), value, "must not be 0 for the In operator"));
      }
      if (!seen.add(value)) {
        errors.add(FieldError.duplicate(values.index(j), value));
      }
      if (j > 0 && list.get(j - 1) > value) {
        ordered = false;
      }
    }
    if (!ordered) {
      errors.add(FieldError.invalid(values, GoStructs.int32sValue(list),
          "must be ordered"));
    }
  }

  /**
   * {@code validateSuccessPolicy}, for an Indexed Job. With {@code completions} unset (already
   * reported as required) the server would dereference nil; the rule checks are skipped then.
   */
  void successPolicy(JobSpec spec, SuccessPolicy policy, FieldPath path) {
    FieldPath rules = path.child("rules");
    if (policy.rules().isEmpty()) {
      errors.add(FieldError.required(rules,
          "at least one rules must be specified when the successPolicy is specified"));
    }
    if (policy.rules().size() > MAX_SUCCESS_RULES) {
      errors.add(FieldError.tooMany(rules, policy.rules().size(), MAX_SUCCESS_RULES, profile));
    }
    if (spec.completions().isEmpty()) {
      return;
    }
    int completions = spec.completions().get();
    for (int i = 0; i < policy.rules().size(); i++) {
      successRule(policy.rules().get(i), rules.index(i), completions);
    }
  }

  private void successRule(SuccessPolicyRule rule, FieldPath path, int completions) {
    if (rule.succeededCount().isEmpty() && rule.succeededIndexes().isEmpty()) {
      errors.add(FieldError.required(path,
          "at least one of succeededCount or succeededIndexes must be specified"));
    }
    long total = 0;
    if (rule.succeededIndexes().isPresent()) {
      String indexes = rule.succeededIndexes().get();
      FieldPath p = path.child("succeededIndexes");
      if (indexes.length() > MAX_SUCCEEDED_INDEXES_LENGTH) {
        errors.add(FieldError.tooLong(p, MAX_SUCCEEDED_INDEXES_LENGTH, profile));
      }
      try {
        total = IndexIntervals.count(indexes, completions);
      } catch (IllegalArgumentException e) {
        errors.add(FieldError.invalid(p, indexes, "error parsing succeededIndexes: "
            + e.getMessage()));
      }
    }
    if (rule.succeededCount().isPresent()) {
      int count = rule.succeededCount().get();
      FieldPath p = path.child("succeededCount");
      if (count < 0) {
        errors.add(FieldError.invalid(p, count, "must be greater than or equal to 0"));
      }
      if (count > completions) {
        errors.add(FieldError.invalid(p, count, "must be less than or equal to " + completions
            + " (the number of specified completions)"));
      }
      if (rule.succeededIndexes().isPresent() && count > total) {
        errors.add(FieldError.invalid(p, count, "must be less than or equal to " + total
            + " (the number of indexes in the specified succeededIndexes field)"));
      }
    }
  }

  /** Go's {@code %q} of a string slice: {@code ["a" "b"]}. */
  private static String goQuotedList(List<String> values) {
    return values.stream().map(GoValues::quote).collect(Collectors.joining(" ", "[", "]"));
  }
}
