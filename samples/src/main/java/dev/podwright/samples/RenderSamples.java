package dev.podwright.samples;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.PodYaml;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main job: renders every sample and prints them to stdout as one multi-document YAML stream,
 * ready for {@code kubectl apply -f -}.
 */
public final class RenderSamples {
  private RenderSamples() {}

  /** Prints every sample as one YAML stream. */
  public static void main(String[] args) {
    List<KubernetesObject> objects =
        Samples.all().stream().map(Samples.Sample::build).collect(Collectors.toList());
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PodYaml.writeStream(objects, out);
    out.flush();
  }
}
