package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * <p>The writer streams the model straight into an emitter that writes block YAML itself
 * ({@code BlockYamlEmitter}): no intermediate tree or map, no SnakeYAML events, and the bytes
 * that Jackson's YAML generator over SnakeYAML wrote before it.
 */
public final class PodYaml {
  private PodYaml() {}

  /** Renders one object as a YAML document. */
  public static String toYaml(KubernetesObject object) {
    requireNonNull(object, "object == null");
    try {
      BlockYamlEmitter yaml = BlockYamlEmitter.toText();
      new ModelWriter(yaml).object(object);
      return yaml.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try (BlockYamlEmitter yaml = BlockYamlEmitter.to(out)) {
      new ModelWriter(yaml).object(object);
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
