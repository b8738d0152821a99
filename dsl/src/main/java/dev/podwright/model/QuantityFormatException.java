package dev.podwright.model;

/**
 * Thrown when a string is not a Kubernetes quantity. The message is the API server's own, e.g.
 * {@code quantities must match the regular expression '...'}; {@link #input()} is the text.
 */
public final class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String input;

  QuantityFormatException(String input, String message) {
    super(message);
    this.input = input;
  }

  /** Returns the text that did not parse. */
  public String input() {
    return input;
  }
}
