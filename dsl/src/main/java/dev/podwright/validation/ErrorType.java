package dev.podwright.validation;

/** The kind of a validation error, named as the API server names it in its messages. */
public enum ErrorType {
  /** A required field is missing: {@code Required value}. */
  REQUIRED("Required value"),
  /** A value breaks a format or range rule: {@code Invalid value}. */
  INVALID("Invalid value"),
  /** A value is not one of a fixed set: {@code Unsupported value}. */
  NOT_SUPPORTED("Unsupported value"),
  /** A value must be unique but is not: {@code Duplicate value}. */
  DUPLICATE("Duplicate value"),
  /** A field may not be set here: {@code Forbidden}. */
  FORBIDDEN("Forbidden"),
  /** A reference names something that does not exist: {@code Not found}. */
  NOT_FOUND("Not found"),
  /** A value is longer than allowed: {@code Too long}. */
  TOO_LONG("Too long"),
  /** A list has more items than allowed: {@code Too many}. */
  TOO_MANY("Too many");

  private final String text;

  ErrorType(String text) {
    this.text = text;
  }

  /** Returns the API server's words for this type, e.g. {@code Required value}. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
