package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of validating one object for a {@link Profile}: the errors the API server would
 * return, in its order, and warnings about what it would accept but silently change, such as a
 * field dropped because its feature gate is off.
 */
public final class ValidationReport {
  private final List<FieldError> errors;
  private final List<String> warnings;

  ValidationReport(List<FieldError> errors, List<String> warnings) {
    this.errors = List.copyOf(requireNonNull(errors, "errors == null"));
    this.warnings = List.copyOf(requireNonNull(warnings, "warnings == null"));
  }

  /** Returns the errors, in the server's order; empty if the server would accept the object. */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Returns the warnings, each {@code <field path>: <what happens>}, e.g. a sidecar's
   * {@code restartPolicy} dropped by a 1.28 server whose SidecarContainers gate is off.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Returns whether the server would accept the object (warnings aside). */
  public boolean isValid() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return "ValidationReport{errors=" + errors + ", warnings=" + warnings + "}";
  }
}
