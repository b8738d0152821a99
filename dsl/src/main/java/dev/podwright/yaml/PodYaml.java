package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

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
 * <p>The writer streams the model straight into a Jackson generator that writes block YAML
 * itself ({@code BlockYamlGenerator}): no intermediate tree or map, no SnakeYAML events, and the
 * bytes Jackson's YAML generator over SnakeYAML would write.
 */
public final class PodYaml {
  private static final SafeQuoting QUOTING = new SafeQuoting();

  private PodYaml() {}

  /** Renders one object as a YAML document. */
  public static String toYaml(KubernetesObject object) {
    requireNonNull(object, "object == null");
    try {
      BlockYamlGenerator gen = BlockYamlGenerator.toText(QUOTING);
      new ModelWriter(gen).object(object);
      return gen.finish();
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
    try (BlockYamlGenerator gen = BlockYamlGenerator.to(out, QUOTING)) {
      new ModelWriter(gen).object(object);
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
