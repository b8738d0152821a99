package dev.podwright.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects field errors in the order the rules find them, dropping exact repeats as the server's
 * {@code ErrorList.ToAggregate} does, and warnings about fields the server would silently drop.
 */
final class Errors {
  private final LinkedHashSet<FieldError> errors = new LinkedHashSet<>();
  private final LinkedHashSet<String> warnings = new LinkedHashSet<>();
  private final Profile profile;

  Errors() {
    this(Profile.defaults());
  }

  Errors(Profile profile) {
    this.profile = profile;
  }

  /** Returns the target server the rules should follow. */
  Profile profile() {
    return profile;
  }

  /** Adds {@code error}, its value printed as the target's apimachinery prints it. */
  void add(FieldError error) {
    errors.add(error.renderedFor(profile));
  }

  void invalidAll(FieldPath path, Object value, List<String> messages) {
    if (messages.isEmpty()) {
      return; // the usual case; iterating List.of() makes an iterator
    }
    for (String message : messages) {
      add(FieldError.invalid(path, value, message));
    }
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<FieldError> toList() {
    return errors.isEmpty() ? List.of() : new ArrayList<>(errors);
  }

  List<String> warnings() {
    return warnings.isEmpty() ? List.of() : new ArrayList<>(warnings);
  }
}
