package dev.podwright.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The reference output: Jackson's YAMLGenerator over SnakeYAML's emitter through
 * {@link JacksonEmitter}, configured as {@link PodYaml} was before {@link BlockYamlEmitter}
 * ({@link SafeYamlFactory}), which must write the same bytes.
 */
final class SnakeYamlOutput {
  static final YAMLFactory FACTORY = new SafeYamlFactory(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .stringQuotingChecker(new SafeQuotingChecker()));

  /** Writes a document through an emitter. */
  @FunctionalInterface
  interface Content {
    void write(Emitter emitter) throws IOException;
  }

  private SnakeYamlOutput() {}

  /** The document Jackson and SnakeYAML write for {@code content}. */
  static String snakeYaml(Content content) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      content.write(new JacksonEmitter(gen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The document {@link BlockYamlEmitter} writes for {@code content}. */
  static String block(Content content) {
    try {
      BlockYamlEmitter emitter = BlockYamlEmitter.toText();
      content.write(emitter);
      return emitter.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document Jackson and SnakeYAML write for a model object. */
  static String snakeYaml(KubernetesObject object) {
    return snakeYaml(emitter -> new ModelWriter(emitter).object(object));
  }
}
