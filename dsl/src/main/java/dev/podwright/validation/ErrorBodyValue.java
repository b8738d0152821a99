package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

/**
 * An error value that is not a string, number or boolean, in the two forms apimachinery's
 * {@code field.Error.ErrorBody} has printed such values: {@link #formatted} up to v0.33
 * (Kubernetes 1.33), Go's {@code %#v}, or {@code String()} for a {@code fmt.Stringer};
 * {@link #marshalled} from v0.34, which {@code json.Marshal}s the value first (field/errors.go at
 * v0.33.3 and v0.34.1). A {@link FieldError} holds it unrendered; {@link Errors}, which knows the
 * target, picks the form ({@link FieldError#renderedFor}), so no rule has to.
 *
 * <p>Where Go would print a pointer's address, which no offline tool knows, the formatted form
 * stands in for it with "…" or {@code ...}; the rule's javadoc says which.
 */
record ErrorBodyValue(String formatted, String marshalled) {
  ErrorBodyValue {
    requireNonNull(formatted, "formatted == null");
    requireNonNull(marshalled, "marshalled == null");
  }

  /** The form the target's apimachinery prints. */
  String in(Profile profile) {
    return profile.atLeast(34) ? marshalled : formatted;
  }
}
