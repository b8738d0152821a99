package dev.podwright.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects field errors in the order the rules find them, dropping exact repeats. */
final class Errors {
  private final LinkedHashSet<FieldError> errors = new LinkedHashSet<>();

  void add(FieldError error) {
    errors.add(error);
  }

  void invalidAll(FieldPath path, Object value, List<String> messages) {
    for (String message : messages) {
      add(FieldError.invalid(path, value, message));
    }
  }

  List<FieldError> toList() {
    return new ArrayList<>(errors);
  }
}
