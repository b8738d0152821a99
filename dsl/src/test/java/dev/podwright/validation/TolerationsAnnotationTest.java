package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Toleration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deprecated tolerations annotation decodes as Go's {@code json.Unmarshal} into
 * {@code []core.Toleration} does, and fails with {@code encoding/json}'s messages (written from
 * encoding/json's scanner and decoder: {@code SyntaxError} contexts, {@code UnmarshalTypeError}).
 */
class TolerationsAnnotationTest {
  @Test
  void decodesCaseInsensitiveFieldsAndIgnoresUnknownOnes() {
    List<Toleration> t = TolerationsAnnotation.parse(" [{\"Key\":\"dedicated\",\"OPERATOR\":\"Equal\","
        + "\"value\":\"gpu\",\"effect\":\"NoExecute\",\"tolerationSeconds\":30,\"extra\":[1,{}]},"
        + "null] ");
    assertThat(t).containsExactly(
        Toleration.builder().key("dedicated").operator("Equal").value("gpu").effect("NoExecute")
            .tolerationSeconds(30L).build(),
        Toleration.builder().build());
  }

  @Test
  void nullIsNoTolerations() {
    assertThat(TolerationsAnnotation.parse("null")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "[{|unexpected end of JSON input",
      "[{\"key\" \"a\"}]|invalid character '\"' after object key",
      "[{\"key\":\"a\" \"b\"}]|invalid character '\"' after object key:value pair",
      "[{key:1}]|invalid character 'k' looking for beginning of object key string",
      "[1 2]|invalid character '2' after array element",
      "[] x|invalid character 'x' after top-level value",
      "[tru]|invalid character ']' in literal true (expecting 'e')",
      "[-]|invalid character ']' in numeric literal",
      "'[]'|invalid character '\\'' looking for beginning of value",
      "{}|json: cannot unmarshal object into Go value of type []core.Toleration",
      "[\"a\"]|json: cannot unmarshal string into Go value of type core.Toleration",
      "[{\"key\":1}]|json: cannot unmarshal number into Go struct field Toleration.Key of type string",
      "[{\"tolerationSeconds\":1.5}]|json: cannot unmarshal number 1.5 into Go struct field "
          + "Toleration.TolerationSeconds of type int64",
      "[{\"effect\":true},{\"key\":2}]|json: cannot unmarshal bool into Go struct field "
          + "Toleration.Effect of type core.TaintEffect",
  })
  void failsInGoWords(String json, String message) {
    assertThatThrownBy(() -> TolerationsAnnotation.parse(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
