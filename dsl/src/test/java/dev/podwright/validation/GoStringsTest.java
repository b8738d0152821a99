package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoStringsTest {
  @Test
  void trimSpaceTrimsWhatGoTrims() {
    assertThat(GoStrings.trimSpace(" \t\nnginx\r\f\u000B")).isEqualTo("nginx");
    // A no-break space, NEL and U+2007 are space to Go; strip() keeps the first and last.
    assertThat(GoStrings.trimSpace("\u00A0nginx\u0085")).isEqualTo("nginx");
    assertThat(GoStrings.trimSpace("nginx\u2007\u3000")).isEqualTo("nginx");
    assertThat(GoStrings.trimSpace("\u00A0")).isEmpty();
  }

  @Test
  void trimSpaceKeepsWhatGoKeeps() {
    // U+001C to U+001F are white space to Java's strip(), not to Go; trim() drops NUL too.
    assertThat(GoStrings.trimSpace("\u001Fnginx\u001C")).isEqualTo("\u001Fnginx\u001C");
    assertThat(GoStrings.trimSpace("\u0000nginx")).isEqualTo("\u0000nginx");
    assertThat(GoStrings.trimSpace("")).isEmpty();
  }

  @Test
  void fieldsSplitOnRunsOfGoSpace() {
    assertThat(GoStrings.fields("  */5 *\t* \u00A0* *  ")).containsExactly("*/5", "*", "*", "*",
        "*");
    assertThat(GoStrings.fields("a\u001Fb")).containsExactly("a\u001Fb");
    assertThat(GoStrings.fields(" \t ")).isEmpty();
  }

  @Test
  void imagesArePaddedOnlyWithGoSpace() {
    // ValidatePodCreate: len(strings.TrimSpace(image)) != len(image).
    assertThat(imageErrors("nginx\u00A0")).containsExactly("spec.containers[0].image: Invalid "
        + "value: \"nginx\u00A0\": must not have leading or trailing whitespace");
    assertThat(imageErrors("nginx\u001F")).isEmpty();
  }

  @Test
  void cronFieldsAreSplitOnGoSpace() {
    // robfig/cron's Parse splits with strings.Fields: a no-break space separates fields.
    assertThat(CronSchedule.error("*/5\u00A0* * * *")).isEmpty();
  }

  private static List<String> imageErrors(String image) {
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(PodSpec.builder().addContainer(Container.builder().name("app").image(image)
            .build()).build()).build();
    return Validator.defaults().validate(pod).stream().map(FieldError::toString).toList();
  }
}
