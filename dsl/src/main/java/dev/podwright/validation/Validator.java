package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import java.util.List;

/**
 * Checks Kubernetes objects against the API server's validation rules and reports every problem
 * at once, each with the server's field path and wording, in the server's order.
 *
 * <pre>{@code
 * List<FieldError> errors = Validator.defaults().validate(pod);
 * errors.forEach(System.out::println);
 * // spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and
 * //     65535, inclusive
 *
 * ValidationReport report = Validator.forProfile(Profile.of("1.34")).report(pod);
 * // errors as above, plus warnings about fields a 1.34 server would silently drop
 * }</pre>
 *
 * <p>Defaults are applied first, as the server does, so a field the server fills in is never
 * reported missing. {@code metadata.namespace} is optional (kubectl supplies it).
 */
public final class Validator {
  private static final Validator DEFAULTS = new Validator(Profile.defaults());

  private final Profile profile;

  private Validator(Profile profile) {
    this.profile = profile;
  }

  /** Returns a validator for the default profile, Kubernetes 1.33. */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /** Returns a validator for a target Kubernetes version and its feature gates. */
  public static Validator forProfile(Profile profile) {
    return new Validator(requireNonNull(profile, "profile == null"));
  }

  /** Returns the profile this validator checks against. */
  public Profile profile() {
    return profile;
  }

  /** Returns every problem of {@code object}, in the server's order; empty if it is valid. */
  public List<FieldError> validate(KubernetesObject object) {
    return report(object).errors();
  }

  /**
   * Returns the errors of {@code object} together with warnings about what the profile's server
   * would silently change, such as fields dropped because their feature gate is off.
   */
  public ValidationReport report(KubernetesObject object) {
    requireNonNull(object, "object == null");
    return run(object, new Errors(profile));
  }

  private ValidationReport run(KubernetesObject given, Errors errors) {
    FieldChecks checks = new FieldChecks(errors, profile);
    checks.check(given);
    KubernetesObject object = DecoderDrops.apply(given, checks.lacking());
    boolean admitted = true;
    if (object instanceof Pod) {
      admitted = new PodRules(errors).pod((Pod) object);
    } else if (WorkloadRules.handles(object)) {
      new WorkloadRules(errors, profile).validate(object);
    } else {
      throw new IllegalArgumentException("cannot validate kind " + object.kind());
    }
    if (admitted) { // a Pod refused by admission never reaches the registry and its warnings
      new PodWarnings(errors, profile).object(object);
    }
    return new ValidationReport(errors.toList(), errors.warnings());
  }

  /**
   * Checks {@code object} and throws if it has any problem.
   *
   * @throws ValidationException listing every problem
   */
  public void check(KubernetesObject object) {
    List<FieldError> errors = validate(object);
    if (!errors.isEmpty()) {
      throw new ValidationException(object.kind(), object.metadata().name(), errors);
    }
  }
}
