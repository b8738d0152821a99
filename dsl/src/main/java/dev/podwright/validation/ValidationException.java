package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Thrown when an object is invalid. It lists every problem at once, each with its field path and
 * the API server's wording, one per line (the server's own one-line form is
 * {@link #serverMessage()}), e.g.
 *
 * <pre>
 * Pod "sleep" is invalid:
 *   spec.initContainers[1].name: Invalid value: "Istio_Proxy": a lowercase RFC 1123 label ...
 * </pre>
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;
  private final String kind;
  private final String name;

  /** Creates an exception for {@code kind} {@code name} with at least one error. */
  public ValidationException(String kind, String name, List<FieldError> errors) {
    super(message(kind, name, errors));
    this.errors = List.copyOf(errors);
    this.kind = kind;
    this.name = name;
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

  /**
   * Returns the message of the API server's 422 {@code Status} for these errors, as
   * {@code apierrors.NewInvalid} builds it (k8s.io/apimachinery {@code pkg/api/errors/errors.go}
   * and {@code pkg/util/errors/errors.go}, unchanged from v0.27.0 to v0.37.0-beta.0): the group
   * and kind ({@code Pod}, {@code Deployment.apps}, {@code Job.batch}), the quoted name, then one
   * error alone or several as {@code [e1, e2]}, repeats left out.
   *
   * <pre>
   * Pod "web" is invalid: [spec.containers[0].image: Required value, spec.restartPolicy: ...]
   * </pre>
   */
  public String serverMessage() {
    return serverMessage(kind, name, errors);
  }

  static String serverMessage(String kind, String name, List<FieldError> errors) {
    Set<String> unique = new LinkedHashSet<>();
    errors.forEach(e -> unique.add(e.toString()));
    String aggregate = unique.size() == 1 ? unique.iterator().next()
        : "[" + String.join(", ", unique) + "]";
    return groupKind(kind) + " " + GoValues.quote(name) + " is invalid: " + aggregate;
  }

  /** {@code schema.GroupKind.String()}: the kind, then {@code .group} for a named API group. */
  private static String groupKind(String kind) {
    switch (kind) {
      case "Job":
      case "CronJob":
        return kind + ".batch";
      case "Deployment":
      case "StatefulSet":
      case "DaemonSet":
      case "ReplicaSet":
        return kind + ".apps";
      default:
        return kind;
    }
  }
}
