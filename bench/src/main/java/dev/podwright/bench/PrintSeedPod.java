package dev.podwright.bench;

/**
 * Prints the seed pod with one contender, for {@code coldstart.sh}: a fresh JVM per run measures
 * class loading and first-use costs, which the JMH benchmarks warm away.
 */
public final class PrintSeedPod {
  private PrintSeedPod() {}

  /** {@code PrintSeedPod podwright|fabric8|official|jackson}. */
  public static void main(String[] args) {
    String contender = args.length == 1 ? args[0] : "";
    String yaml = switch (contender) {
      case "podwright" -> PodwrightSeedPod.toYaml();
      case "fabric8" -> Fabric8SeedPod.toYaml();
      case "official" -> OfficialSeedPod.toYaml();
      case "jackson" -> MapsSeedPod.toYaml();
      default -> throw new IllegalArgumentException(
          "usage: PrintSeedPod podwright|fabric8|official|jackson");
    };
    System.out.print(yaml);
  }
}
