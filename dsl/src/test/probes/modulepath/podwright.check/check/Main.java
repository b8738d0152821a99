package check;

import static dev.podwright.dsl.Pods.*;

import dev.podwright.model.KubernetesObject;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import java.util.List;

/** A named module that uses Podwright as a named module: build, render, read, validate. */
public final class Main {
  public static void main(String[] args) {
    Module dsl = PodYaml.class.getModule();
    System.out.println("module: " + dsl.getName() + " named=" + dsl.isNamed());
    String yaml = pod("jpms")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.31"))
        .main(container("app").image("busybox:1.37"))
        .toYaml();
    List<KubernetesObject> read = ManifestReader.read(yaml);
    System.out.println("valid: " + Validator.defaults().report(read.get(0)).isValid());
    System.out.print(PodYaml.toYaml(read.get(0)));
  }
}
