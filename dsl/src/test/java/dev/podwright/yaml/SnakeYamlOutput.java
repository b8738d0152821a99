package dev.podwright.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The reference output: Jackson's YAMLGenerator over SnakeYAML's emitter, configured as
 * {@link PodYaml} was before {@link BlockYamlGenerator}, which must write the same bytes.
 */
final class SnakeYamlOutput {
  static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .stringQuotingChecker(new SafeQuoting())
      .build();

  /** Writes through a generator. */
  @FunctionalInterface
  interface Content {
    void write(JsonGenerator gen) throws IOException;
  }

  private SnakeYamlOutput() {}

  /** The document SnakeYAML writes for {@code content}. */
  static String snakeYaml(Content content) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      content.write(gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The document {@link BlockYamlGenerator} writes for {@code content}. */
  static String block(Content content) {
    try {
      BlockYamlGenerator gen = BlockYamlGenerator.toText(new SafeQuoting());
      content.write(gen);
      return gen.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document SnakeYAML writes for a model object. */
  static String snakeYaml(KubernetesObject object) {
    return snakeYaml(gen -> new ModelWriter(gen).object(object));
  }
}
