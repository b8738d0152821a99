package dev.podwright.validation;

import org.jspecify.annotations.Nullable;

/**
 * Warns about fields the Kubernetes API does not have (typos such as {@code imagePullPolicyy}),
 * at any depth, with their full path ({@code spec.containers[0].livenessProbe.httpGet.pathh}), as
 * kubectl's strict decoding names them. The model types every field of the API, so what it keeps
 * as unknown fields is either such a typo or another vendor's extension, or the {@code status}
 * of an object (the top-level one, or a StatefulSet's claim templates, which {@code kubectl get -o
 * yaml} prints with {@code status: {phase: Pending}}), which stays an untyped tree. The server's
 * default field validation drops an unknown field with a warning, and kubectl's strict
 * validation rejects the whole manifest.
 *
 * <p>{@link FieldChecks} reaches every model object through the generated {@link ModelWalk},
 * which also names the untyped field of the types that have one.
 */
final class UnknownFields {
  private UnknownFields() {}

  /**
   * Whether an unknown field of an object is one the API does not have: not its untyped field
   * ({@code null} if none), nor {@code apiVersion} or {@code kind}.
   */
  static boolean isUnknown(String key, @Nullable String untyped) {
    return !key.equals(untyped) && !key.equals("apiVersion") && !key.equals("kind");
  }

  /** The warning for an unknown field at {@code path}. */
  static String warning(FieldPath path) {
    return path + ": unknown field: the API server drops it with a warning, and kubectl's "
        + "strict field validation rejects the manifest";
  }
}
