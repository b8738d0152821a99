package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when an object is invalid. It lists every problem at once, each with its field path and
 * the API server's wording, e.g.
 *
 * <pre>
 * Pod "sleep" is invalid:
 *   spec.initContainers[1].name: Invalid value: "Istio_Proxy": a lowercase RFC 1123 label ...
 * </pre>
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  /** Creates an exception for {@code kind} {@code name} with at least one error. */
  public ValidationException(String kind, String name, List<FieldError> errors) {
    super(message(kind, name, errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(String kind, String name, List<FieldError> errors) {
    requireNonNull(errors, "errors == null");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors is empty");
    }
    StringBuilder sb = new StringBuilder()
        .append(kind).append(' ').append(GoValues.quote(name)).append(" is invalid:");
    for (FieldError error : errors) {
      sb.append("\n  ").append(error);
    }
    return sb.toString();
  }

  /** Returns every problem, in the order the API server reports them. */
  public List<FieldError> errors() {
    return errors;
  }
}
