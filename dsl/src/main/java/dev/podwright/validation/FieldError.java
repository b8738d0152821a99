package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One validation problem, shaped like the API server's {@code field.Error}: a field path such as
 * {@code spec.initContainers[1].name}, an {@link ErrorType}, the offending value and a detail.
 * {@link #toString()} renders it as the server does:
 * {@code spec.containers[0].image: Required value}.
 */
public final class FieldError {
  private final String field;
  private final ErrorType type;
  private final String value;
  /** A value whose form depends on the target, until {@link #renderedFor} picks it. */
  private final ErrorBodyValue unrendered;
  private final String detail;

  private FieldError(String field, ErrorType type, String value, ErrorBodyValue unrendered,
      String detail) {
    this.field = requireNonNull(field, "field == null");
    this.type = requireNonNull(type, "type == null");
    this.value = value;
    this.unrendered = unrendered;
    this.detail = requireNonNull(detail, "detail == null");
  }

  /** An error printing {@code value} as the server does ({@link GoValues#render}). */
  private static FieldError withValue(FieldPath path, ErrorType type, Object value,
      String detail) {
    return value instanceof ErrorBodyValue
        ? new FieldError(path.toString(), type, null, (ErrorBodyValue) value, detail)
        : new FieldError(path.toString(), type, GoValues.render(value), null, detail);
  }

  /** An error of a type that prints no value, or with {@code field.OmitValueType{}}. */
  private static FieldError withoutValue(FieldPath path, ErrorType type, String detail) {
    return new FieldError(path.toString(), type, null, null, detail);
  }

  static FieldError required(FieldPath path, String detail) {
    return withoutValue(path, ErrorType.REQUIRED, detail);
  }

  static FieldError invalid(FieldPath path, Object value, String detail) {
    return withValue(path, ErrorType.INVALID, value, detail);
  }

  /** {@code field.Invalid} with {@code field.OmitValueType{}}: the message names no value. */
  static FieldError invalidOmittingValue(FieldPath path, String detail) {
    return withoutValue(path, ErrorType.INVALID, detail);
  }

  static FieldError notSupported(FieldPath path, Object value, String... supported) {
    StringBuilder detail = new StringBuilder();
    if (supported.length > 0) {
      detail.append("supported values: ");
      for (int i = 0; i < supported.length; i++) {
        detail.append(i == 0 ? "" : ", ").append(GoValues.quote(supported[i]));
      }
    }
    return withValue(path, ErrorType.NOT_SUPPORTED, value, detail.toString());
  }

  static FieldError duplicate(FieldPath path, Object value) {
    return withValue(path, ErrorType.DUPLICATE, value, "");
  }

  static FieldError forbidden(FieldPath path, String detail) {
    return withoutValue(path, ErrorType.FORBIDDEN, detail);
  }

  static FieldError notFound(FieldPath path, Object value) {
    return notFound(path, value, "");
  }

  /** {@code field.NotFound} with the detail some callers set on it afterwards. */
  static FieldError notFound(FieldPath path, Object value, String detail) {
    return withValue(path, ErrorType.NOT_FOUND, value, detail);
  }

  /**
   * {@code field.TooLong}, whose words changed with apimachinery (checked at the release tags of
   * k8s.io/apimachinery {@code pkg/util/validation/field/errors.go}): "must have at most N bytes"
   * up to v0.31, "may not be more than N bytes" from v0.32 (1.32, not 1.33 as an older note
   * said), with the singular "byte" when N is 1 from v0.34. The value is never printed.
   */
  static FieldError tooLong(FieldPath path, long max, Profile profile) {
    String detail = profile.atLeast(32)
        ? "may not be more than " + max + " " + plural(max, "byte", profile)
        : "must have at most " + max + " bytes";
    return withoutValue(path, ErrorType.TOO_LONG, detail);
  }

  /**
   * {@code field.TooLongMaxLength}: "may not be longer than N" up to apimachinery v0.31 (its
   * errors.go at v0.31.2), from v0.32 (deprecated) the same as {@link #tooLong}. The value is
   * never printed, as for every {@code TooLong} error.
   */
  static FieldError tooLongMaxLength(FieldPath path, long max, Profile profile) {
    return profile.atLeast(32) ? tooLong(path, max, profile)
        : withoutValue(path, ErrorType.TOO_LONG, "may not be longer than " + max);
  }

  /**
   * {@code field.TooMany}: "Too many: &lt;actual&gt;: must have at most N items", with the
   * singular "item" when N is 1 from apimachinery v0.34 (Kubernetes 1.34).
   */
  static FieldError tooMany(FieldPath path, long actual, long max, Profile profile) {
    return new FieldError(path.toString(), ErrorType.TOO_MANY, Long.toString(actual), null,
        "must have at most " + max + " " + plural(max, "item", profile));
  }

  private static String plural(long n, String noun, Profile profile) {
    return n == 1 && profile.atLeast(34) ? noun : noun + "s";
  }

  /**
   * This error with its value in the form the target's apimachinery prints
   * ({@link ErrorBodyValue}); itself when the form does not depend on the target.
   */
  FieldError renderedFor(Profile profile) {
    return unrendered == null ? this
        : new FieldError(field, type, unrendered.in(profile), null, detail);
  }

  /** Returns the field path, e.g. {@code spec.initContainers[1].name}. */
  public String field() {
    return field;
  }

  /** Returns the error type. */
  public ErrorType type() {
    return type;
  }

  /**
   * Returns the offending value as the server prints it (strings quoted), if the server prints
   * one for this type.
   */
  public Optional<String> value() {
    checkRendered();
    return Optional.ofNullable(value);
  }

  /** Returns the detail, e.g. {@code must be between 1 and 65535, inclusive}; may be empty. */
  public String detail() {
    return detail;
  }

  /** Returns the message without the field path, as in the server's {@code causes[].message}. */
  public String message() {
    checkRendered();
    StringBuilder sb = new StringBuilder(type.text());
    if (value != null) {
      sb.append(": ").append(value);
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }

  /** Rules build errors; {@link Errors} renders them for the target before anyone reads them. */
  private void checkRendered() {
    if (unrendered != null) {
      throw new IllegalStateException(field + ": value not rendered for a target version");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError that = (FieldError) o;
    if (unrendered != null || that.unrendered != null) {
      return field.equals(that.field) && type == that.type
          && Objects.equals(unrendered, that.unrendered) && detail.equals(that.detail);
    }
    return field.equals(that.field) && type == that.type && message().equals(that.message());
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 31
        + (unrendered != null ? unrendered.hashCode() : message().hashCode());
  }

  /** Returns {@code <field>: <message>}, as the API server renders a {@code field.Error}. */
  @Override
  public String toString() {
    return field + ": " + message();
  }
}
