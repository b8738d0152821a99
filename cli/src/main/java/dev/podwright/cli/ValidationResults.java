package dev.podwright.cli;

import dev.podwright.validation.Profile;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code validate} found over all its inputs, kept for the machine-readable formats:
 * per file its documents, the documents it skipped and its problems, each problem with the
 * file, the 1-based document number and the 1-based line.
 */
final class ValidationResults {
  /** How a file came out. */
  enum Status {
    VALID, INVALID, UNUSABLE;

    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether a problem fails the run. */
  enum Severity {
    ERROR, WARNING;

    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One problem.
   *
   * @param severity an error fails the file; a warning (what the server would silently change)
   *     does not
   * @param document the 1-based position of the YAML document in the file, null if unknown
   * @param line the 1-based line, 0 if unknown
   * @param kind the object's kind, empty for an unusable file
   * @param name the object's name, possibly empty
   * @param field the field path, empty if the problem is not about a field
   * @param type the error type, e.g. {@code Required value}; {@code Warning} or
   *     {@code Unusable input} for the other problems
   * @param message the whole message, e.g. {@code spec.containers[0].image: Required value}
   */
  record Problem(Severity severity, @Nullable Integer document, int line, String kind,
      String name, String field, String type, String message) {
    /** The rule id of SARIF and the JUnit failure type, e.g. {@code required-value}. */
    String ruleId() {
      return type.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
  }

  /**
   * An object read and validated, with its problems; the objects of a {@code kind: List} share
   * their document number.
   */
  record Document(int document, int line, String kind, String name, List<String> notValidated,
      List<Problem> problems) {
    boolean valid() {
      return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
  }

  /** A document left out for its kind. */
  record Skipped(int line, String kind, String name) {}

  /** One input and what became of it. */
  static final class File {
    final String file;
    final List<Document> documents = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    /** Problems of the file as a whole: it cannot be read. */
    final List<Problem> problems = new ArrayList<>();
    Status status = Status.VALID;

    File(String file) {
      this.file = file;
    }

    /** Returns every problem of the file, its documents' and its own, in document order. */
    List<Problem> allProblems() {
      List<Problem> all = new ArrayList<>(problems);
      documents.forEach(d -> all.addAll(d.problems()));
      return all;
    }
  }

  final Profile profile;
  final List<File> files = new ArrayList<>();

  ValidationResults(Profile profile) {
    this.profile = profile;
  }

  long count(Severity severity) {
    return files.stream().flatMap(f -> f.allProblems().stream())
        .filter(p -> p.severity() == severity).count();
  }

  long count(Status status) {
    return files.stream().filter(f -> f.status == status).count();
  }

  long documents() {
    return files.stream().mapToLong(f -> f.documents.size()).sum();
  }
}
