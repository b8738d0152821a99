package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders model objects as Kubernetes YAML: keys in the API's order ({@code apiVersion},
 * {@code kind}, {@code metadata}, {@code spec}; {@code name} first in containers), no null or empty
 * fields, block style, and strings quoted wherever a YAML 1.1 or 1.2 reader would take them for
 * something else ({@code "yes"}, {@code "0123"}, {@code "15001"}). The same input gives the same
 * bytes, run after run.
 *
 * <p>The writer streams the model straight into Jackson's YAML generator: no intermediate tree or
 * map, and one shared, thread-safe factory.
 */
public final class PodYaml {
  private static final YAMLFactory FACTORY = new SafeYamlFactory(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .stringQuotingChecker(new SafeQuoting()));

  private PodYaml() {}

  /** Renders one object as a YAML document. */
  public static String toYaml(KubernetesObject object) {
    StringWriter out = new StringWriter();
    write(object, out);
    return out.toString();
  }

  /** Renders several objects as one YAML stream, documents separated by {@code ---}. */
  public static String toYamlStream(List<? extends KubernetesObject> objects) {
    StringWriter out = new StringWriter();
    writeStream(objects, out);
    return out.toString();
  }

  /** Writes one object as a YAML document to {@code out}; does not close it. */
  public static void write(KubernetesObject object, Writer out) {
    requireNonNull(object, "object == null");
    requireNonNull(out, "out == null");
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      new ModelWriter(new JacksonEmitter(gen)).object(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one object as Jackson tokens to {@code gen}, the same keys and values in the same
   * order as its YAML. This hands the model to another Jackson-based library without printing
   * text, e.g. into a {@code TokenBuffer} that its object mapper then reads. Does not close or
   * flush {@code gen}.
   *
   * @throws UncheckedIOException if {@code gen} fails
   */
  public static void writeTokens(KubernetesObject object, JsonGenerator gen) {
    requireNonNull(object, "object == null");
    requireNonNull(gen, "gen == null");
    try {
      new ModelWriter(new JacksonEmitter(gen)).object(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes several objects as one YAML stream to {@code out}; does not close it. */
  public static void writeStream(List<? extends KubernetesObject> objects, Writer out) {
    requireNonNull(objects, "objects == null");
    requireNonNull(out, "out == null");
    try {
      for (int i = 0; i < objects.size(); i++) {
        if (i > 0) {
          out.write("---\n");
        }
        write(objects.get(i), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
