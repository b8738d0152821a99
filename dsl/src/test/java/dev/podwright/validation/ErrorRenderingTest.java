package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of {@code field.TooLong} and {@code field.TooMany} per apimachinery release (read at
 * the tags v0.27.0 to v0.37.0-beta.0 of {@code pkg/util/validation/field/errors.go}) and the
 * aggregate message of {@code apierrors.NewInvalid}.
 */
class ErrorRenderingTest {
  private static final FieldPath PATH = FieldPath.root("metadata").child("annotations");

  @ParameterizedTest(name = "{0}: TooLong({1})")
  @CsvSource(delimiter = '|', value = {
      "1.27 | 20 | Too long: must have at most 20 bytes",
      "1.31 | 20 | Too long: must have at most 20 bytes",
      "1.31 | 1  | Too long: must have at most 1 bytes",
      "1.32 | 20 | Too long: may not be more than 20 bytes",
      "1.33 | 1  | Too long: may not be more than 1 bytes",
      "1.34 | 1  | Too long: may not be more than 1 byte",
      "1.34 | 20 | Too long: may not be more than 20 bytes",
      "1.36 | 1  | Too long: may not be more than 1 byte",
      "1.37 | 262144 | Too long: may not be more than 262144 bytes"})
  void tooLongPerVersion(String version, long max, String message) {
    FieldError e = FieldError.tooLong(PATH, max, Profile.of(version));
    assertThat(e.message()).isEqualTo(message);
    assertThat(e.value()).isEmpty();
    assertThat(e.type()).isEqualTo(ErrorType.TOO_LONG);
  }

  @ParameterizedTest(name = "{0}: TooMany({1}, {2})")
  @CsvSource(delimiter = '|', value = {
      "1.27 | 21 | 20 | Too many: 21: must have at most 20 items",
      "1.33 | 2  | 1  | Too many: 2: must have at most 1 items",
      "1.34 | 2  | 1  | Too many: 2: must have at most 1 item",
      "1.37 | 256 | 255 | Too many: 256: must have at most 255 items"})
  void tooManyPerVersion(String version, long actual, long max, String message) {
    assertThat(FieldError.tooMany(PATH, actual, max, Profile.of(version)).message())
        .isEqualTo(message);
  }

  @Test
  void oneErrorIsTheWholeAggregate() {
    FieldError e = FieldError.required(FieldPath.root("spec").child("containers"), "");
    assertThat(ValidationException.serverMessage("Pod", "web", List.of(e)))
        .isEqualTo("Pod \"web\" is invalid: spec.containers: Required value");
  }

  @Test
  void severalErrorsAreBracketedWithoutRepeatsAndNamedByGroupKind() {
    FieldPath c = FieldPath.root("spec").child("template").child("spec").child("containers");
    FieldError image = FieldError.required(c.index(0).child("image"), "");
    FieldError port = FieldError.invalid(c.index(0).child("ports").index(0)
        .child("containerPort"), 70000, "must be between 1 and 65535, inclusive");
    assertThat(ValidationException.serverMessage("Deployment", "web",
        List.of(image, port, image))).isEqualTo("Deployment.apps \"web\" is invalid: ["
            + "spec.template.spec.containers[0].image: Required value, "
            + "spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: "
            + "must be between 1 and 65535, inclusive]");
    assertThat(new ValidationException("Job", "report", List.of(image)).serverMessage())
        .startsWith("Job.batch \"report\" is invalid: spec.template");
    assertThat(new ValidationException("CronJob", "nightly", List.of(image)).getMessage())
        .isEqualTo("CronJob \"nightly\" is invalid:\n  " + image);
  }
  @Test
  void errorBodyValueIsPrintedInTheTargetsForm() {
    ErrorBodyValue labels = GoStructs.labelsValue(java.util.Map.of("app", "web"));
    FieldError e = FieldError.invalid(PATH, labels, "`selector` does not match template");
    assertThatThrownBy(e::message).isInstanceOf(IllegalStateException.class)
        .hasMessage("metadata.annotations: value not rendered for a target version");
    assertThat(e.renderedFor(Profile.of("1.33")).toString()).isEqualTo("metadata.annotations: "
        + "Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match "
        + "template");
    assertThat(e.renderedFor(Profile.of("1.34")).value()).hasValue("{\"app\":\"web\"}");
    Errors errors = new Errors(Profile.of("1.35"));
    errors.add(e);
    errors.add(FieldError.invalid(PATH, GoStructs.labelsValue(java.util.Map.of("app", "web")),
        "`selector` does not match template"));
    assertThat(errors.toList()).extracting(FieldError::toString).containsExactly(
        "metadata.annotations: Invalid value: {\"app\":\"web\"}: `selector` does not match "
            + "template");
  }
}
