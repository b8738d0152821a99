package dev.podwright.validation;

import dev.podwright.model.PodSpec;
import java.util.Map;

/**
 * What the {@code Priority} admission plugin (plugin/pkg/admission/priority/admission.go, on by
 * default) refuses when a Pod is created: it resolves {@code priorityClassName} (none: the
 * global default class, which a default cluster lacks, so priority 0 and
 * {@code PreemptLowerPriority}), then refuses a {@code priority} set by hand that differs from
 * the class's value and, after that, a {@code preemptionPolicy} that differs from the class's
 * policy. Only the two built-in classes are known offline; other classes are cluster objects,
 * and a pod naming one is not checked. Pod templates are not admitted, so never checked.
 *
 * <p>Words from the plugin's {@code admitPod}; a real server returns the first of these alone,
 * before validation runs, and so does the validator ({@code PodRules}).
 */
final class PriorityAdmission {
  private static final String PREEMPT_LOWER = "PreemptLowerPriority";

  /** The built-in classes ({@code SystemPriorityClasses}), both {@code PreemptLowerPriority}. */
  private static final Map<String, Integer> SYSTEM_CLASSES = Map.of(
      "system-node-critical", 2_000_001_000,
      "system-cluster-critical", 2_000_000_000);

  private PriorityAdmission() {}

  /** Adds the plugin's refusal of {@code spec}, if any, to {@code errors}; returns whether it
   * refused. */
  static boolean check(PodSpec spec, FieldPath path, Errors errors) {
    String className = spec.priorityClassName().orElse("");
    Integer priority = className.isEmpty() ? Integer.valueOf(0) : SYSTEM_CLASSES.get(className);
    if (priority == null) {
      return false; // a class of the cluster: its value and policy are not known here
    }
    if (spec.priority().isPresent() && spec.priority().get().intValue() != priority) {
      errors.add(FieldError.forbidden(path.child("priority"), "the integer value of priority ("
          + spec.priority().get() + ") must not be provided in pod spec; priority admission "
          + "controller computed " + priority + " from the given PriorityClass name"));
      return true; // the plugin stops at its first refusal
    }
    String policy = spec.preemptionPolicy().orElse(PREEMPT_LOWER);
    if (!policy.equals(PREEMPT_LOWER)) {
      errors.add(FieldError.forbidden(path.child("preemptionPolicy"), "the string value of "
          + "PreemptionPolicy (" + policy + ") must not be provided in pod "
          + "spec; priority admission controller computed " + PREEMPT_LOWER
          + " from the given PriorityClass name"));
      return true;
    }
    return false;
  }
}
