package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

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
  private final String detail;

  private FieldError(String field, ErrorType type, String value, String detail) {
    this.field = requireNonNull(field, "field == null");
    this.type = requireNonNull(type, "type == null");
    this.value = value;
    this.detail = requireNonNull(detail, "detail == null");
  }

  static FieldError required(FieldPath path, String detail) {
    return new FieldError(path.toString(), ErrorType.REQUIRED, null, detail);
  }

  static FieldError invalid(FieldPath path, Object value, String detail) {
    return new FieldError(path.toString(), ErrorType.INVALID, GoValues.render(value), detail);
  }

  /** {@code field.Invalid} with {@code field.OmitValueType{}}: the message names no value. */
  static FieldError invalidOmittingValue(FieldPath path, String detail) {
    return new FieldError(path.toString(), ErrorType.INVALID, null, detail);
  }

  static FieldError notSupported(FieldPath path, Object value, String... supported) {
    StringBuilder detail = new StringBuilder();
    if (supported.length > 0) {
      detail.append("supported values: ");
      for (int i = 0; i < supported.length; i++) {
        detail.append(i == 0 ? "" : ", ").append(GoValues.quote(supported[i]));
      }
    }
    return new FieldError(
        path.toString(), ErrorType.NOT_SUPPORTED, GoValues.render(value), detail.toString());
  }

  static FieldError duplicate(FieldPath path, Object value) {
    return new FieldError(path.toString(), ErrorType.DUPLICATE, GoValues.render(value), "");
  }

  static FieldError forbidden(FieldPath path, String detail) {
    return new FieldError(path.toString(), ErrorType.FORBIDDEN, null, detail);
  }

  static FieldError notFound(FieldPath path, Object value) {
    return notFound(path, value, "");
  }

  /** {@code field.NotFound} with the detail some callers set on it afterwards. */
  static FieldError notFound(FieldPath path, Object value, String detail) {
    return new FieldError(path.toString(), ErrorType.NOT_FOUND, GoValues.render(value), detail);
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
    return new FieldError(path.toString(), ErrorType.TOO_LONG, null, detail);
  }

  /**
   * {@code field.TooLongMaxLength}: "may not be longer than N" up to apimachinery v0.31 (its
   * errors.go at v0.31.2), from v0.32 (deprecated) the same as {@link #tooLong}. The value is
   * never printed, as for every {@code TooLong} error.
   */
  static FieldError tooLongMaxLength(FieldPath path, long max, Profile profile) {
    return profile.atLeast(32) ? tooLong(path, max, profile)
        : new FieldError(path.toString(), ErrorType.TOO_LONG, null,
            "may not be longer than " + max);
  }

  /**
   * {@code field.TooMany}: "Too many: &lt;actual&gt;: must have at most N items", with the
   * singular "item" when N is 1 from apimachinery v0.34 (Kubernetes 1.34).
   */
  static FieldError tooMany(FieldPath path, long actual, long max, Profile profile) {
    return new FieldError(path.toString(), ErrorType.TOO_MANY, Long.toString(actual),
        "must have at most " + max + " " + plural(max, "item", profile));
  }

  private static String plural(long n, String noun, Profile profile) {
    return n == 1 && profile.atLeast(34) ? noun : noun + "s";
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
    return Optional.ofNullable(value);
  }

  /** Returns the detail, e.g. {@code must be between 1 and 65535, inclusive}; may be empty. */
  public String detail() {
    return detail;
  }

  /** Returns the message without the field path, as in the server's {@code causes[].message}. */
  public String message() {
    StringBuilder sb = new StringBuilder(type.text());
    if (value != null) {
      sb.append(": ").append(value);
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError that = (FieldError) o;
    return field.equals(that.field) && type == that.type && message().equals(that.message());
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 31 + message().hashCode();
  }

  /** Returns {@code <field>: <message>}, as the API server renders a {@code field.Error}. */
  @Override
  public String toString() {
    return field + ": " + message();
  }
}
