package dev.podwright.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects field errors in the order the rules find them, dropping exact repeats as the server's
 * {@code ErrorList.ToAggregate} does, and warnings about fields the server would silently drop.
 */
final class Errors {
  private final LinkedHashSet<FieldError> errors = new LinkedHashSet<>();
  private final LinkedHashSet<String> warnings = new LinkedHashSet<>();
  /** Made on first use: few objects get a warning once valid. */
  private @Nullable LinkedHashSet<String> onceValid;
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

  void add(FieldError error) {
    errors.add(error);
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

  /**
   * A warning of the strategy's {@code WarningsOnCreate} (pkg/api/pod/warnings.go), which the
   * server sends only once the object is valid: it follows the other warnings.
   */
  void warnOnceValid(String warning) {
    if (onceValid == null) {
      onceValid = new LinkedHashSet<>();
    }
    onceValid.add(warning);
  }

  List<FieldError> toList() {
    return errors.isEmpty() ? List.of() : new ArrayList<>(errors);
  }

  List<String> warnings() {
    if (onceValid == null || !errors.isEmpty()) {
      return warnings.isEmpty() ? List.of() : new ArrayList<>(warnings);
    }
    List<String> all = new ArrayList<>(warnings);
    for (String w : onceValid) {
      if (!warnings.contains(w)) {
        all.add(w);
      }
    }
    return all;
  }
}
