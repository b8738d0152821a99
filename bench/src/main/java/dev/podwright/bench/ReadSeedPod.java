package dev.podwright.bench;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import java.nio.file.Path;

/**
 * Reads a manifest (the seed pod: {@code samples/src/test/resources/samples/istio-sleep.yaml})
 * into the model in a fresh JVM and prints each object's kind and name, for counting the classes
 * that reading alone loads ({@code -Xlog:class+load}); no DSL, validator or writer is involved.
 */
public final class ReadSeedPod {
  private ReadSeedPod() {}

  /** {@code ReadSeedPod <file.yaml>}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ReadSeedPod <file.yaml>");
    }
    for (KubernetesObject object : ManifestReader.read(Path.of(args[0]))) {
      // no +: a string concatenation's first run spins classes of its own
      System.out.print(object.kind());
      System.out.print(' ');
      System.out.println(object.metadata().name());
    }
  }
}
