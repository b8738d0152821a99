package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.JobSpec;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyOnPodConditionsPattern;
import dev.podwright.model.PodFailurePolicyRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pod failure policy rules of {@code validateJobSpec} ({@code validatePodFailurePolicy} and
 * the replacement policy it requires), in the server's order and words. The server's defaults
 * are applied first: a pod condition pattern without status means {@code True}.
 */
final class JobPolicyRules {
  private static final int MAX_RULES = 20;
  private static final int MAX_EXIT_CODES = 255;
  private static final int MAX_CONDITIONS = 20;
  private static final List<String> ACTIONS = List.of("Count", "FailIndex", "FailJob", "Ignore");
  private static final List<String> OPERATORS = List.of("In", "NotIn");
  private static final List<String> STATUSES = List.of("False", "True", "Unknown");

  private final Errors errors;
  private final Profile profile;

  JobPolicyRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** Checks {@code spec.podFailurePolicy} and {@code spec.podReplacementPolicy} at {@code path}. */
  void validate(JobSpec s, FieldPath path) {
    if (s.podFailurePolicy().isEmpty()) {
      return;
    }
    PodFailurePolicy policy = s.podFailurePolicy().get();
    FieldPath rules = path.child("podFailurePolicy").child("rules");
    if (policy.rules().size() > MAX_RULES) {
      errors.add(FieldError.tooMany(rules, policy.rules().size(), MAX_RULES, profile));
    }
    Set<String> names = new HashSet<>();
    s.template().spec().containers().forEach(c -> names.add(c.name()));
    s.template().spec().initContainers().stream().map(Container::name).forEach(names::add);
    for (int i = 0; i < policy.rules().size(); i++) {
      rule(s, policy.rules().get(i), rules.index(i), names);
    }
    s.podReplacementPolicy().filter(p -> !p.equals("Failed")).ifPresent(p -> errors.add(
        FieldError.notSupported(path.child("podReplacementPolicy"), p, "Failed")));
  }

  private void rule(JobSpec s, PodFailurePolicyRule rule, FieldPath path, Set<String> names) {
    FieldPath action = path.child("action");
    if (rule.action().isEmpty()) {
      errors.add(FieldError.required(action, "valid values: " + quotedList(ACTIONS)));
    } else if (rule.action().equals("FailIndex")) {
      if (s.backoffLimitPerIndex().isEmpty()) {
        errors.add(FieldError.invalid(action, rule.action(),
            "requires the backoffLimitPerIndex to be set"));
      }
    } else if (!ACTIONS.contains(rule.action())) {
      errors.add(FieldError.notSupported(action, rule.action(), ACTIONS.toArray(new String[0])));
    }
    rule.onExitCodes().ifPresent(codes -> exitCodes(codes, path.child("onExitCodes"), names));
    if (!rule.onPodConditions().isEmpty()) {
      podConditions(rule.onPodConditions(), path.child("onPodConditions"));
    }
    if (rule.onExitCodes().isPresent() && !rule.onPodConditions().isEmpty()) {
      errors.add(FieldError.invalidNoValue(path,
          "specifying both OnExitCodes and OnPodConditions is not supported"));
    }
    if (rule.onExitCodes().isEmpty() && rule.onPodConditions().isEmpty()) {
      errors.add(FieldError.invalidNoValue(path,
          "specifying one of OnExitCodes and OnPodConditions is required"));
    }
  }

  private void exitCodes(
      PodFailurePolicyOnExitCodesRequirement codes, FieldPath path, Set<String> names) {
    FieldPath operator = path.child("operator");
    if (codes.operator().isEmpty()) {
      errors.add(FieldError.required(operator, "valid values: " + quotedList(OPERATORS)));
    } else if (!OPERATORS.contains(codes.operator())) {
      errors.add(FieldError.notSupported(
          operator, codes.operator(), OPERATORS.toArray(new String[0])));
    }
    codes.containerName().filter(name -> !names.contains(name)).ifPresent(name ->
        errors.add(FieldError.invalid(path.child("containerName"), name,
            "must be one of the container or initContainer names in the pod template")));
    FieldPath values = path.child("values");
    List<Integer> v = codes.values();
    if (v.isEmpty()) {
      errors.add(FieldError.invalid(values, GoStructs.literal("[]int32{}"),
          "at least one value is required"));
    } else if (v.size() > MAX_EXIT_CODES) {
      errors.add(FieldError.tooMany(values, v.size(), MAX_EXIT_CODES, profile));
    } else {
      boolean ordered = true;
      Set<Integer> seen = new HashSet<>();
      for (int j = 0; j < v.size(); j++) {
        int code = v.get(j);
        if (codes.operator().equals("In") && code == 0) {
          errors.add(FieldError.invalid(values.index(j), code, "must not be 0 for the In operator"));
        }
        if (!seen.add(code)) {
          errors.add(FieldError.duplicate(values.index(j), code));
        }
        if (j > 0 && v.get(j - 1) > code) {
          ordered = false;
        }
      }
      if (!ordered) {
        String list = v.stream().map(String::valueOf).collect(Collectors.joining(", "));
        errors.add(FieldError.invalid(values, GoStructs.literal("[]int32{" + list + "}"),
            "must be ordered"));
      }
    }
  }

  private void podConditions(List<PodFailurePolicyOnPodConditionsPattern> patterns,
      FieldPath path) {
    if (patterns.size() > MAX_CONDITIONS) {
      errors.add(FieldError.tooMany(path, patterns.size(), MAX_CONDITIONS, profile));
    }
    for (int j = 0; j < patterns.size(); j++) {
      PodFailurePolicyOnPodConditionsPattern p = patterns.get(j);
      FieldPath at = path.index(j);
      errors.invalidAll(at.child("type"), p.type(), Formats.qualifiedName(p.type()));
      String status = p.status().isEmpty() ? "True" : p.status(); // SetDefaults_Job
      if (!STATUSES.contains(status)) {
        errors.add(FieldError.notSupported(
            at.child("status"), status, STATUSES.toArray(new String[0])));
      }
    }
  }

  /** Go's {@code %q} of a string slice: {@code ["In" "NotIn"]}. */
  private static String quotedList(List<String> values) {
    return values.stream().map(GoValues::quote).collect(Collectors.joining(" ", "[", "]"));
  }
}
