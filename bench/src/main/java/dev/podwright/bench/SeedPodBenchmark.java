package dev.podwright.bench;

import dev.podwright.model.Pod;
import dev.podwright.yaml.PodYaml;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed pod (Istio's sleep pod with its native sidecar) through each contender, in pods per
 * second. Run with {@code -prof gc} for bytes allocated per pod ({@code gc.alloc.rate.norm}).
 * The setup checks first that every contender writes the same pod.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SeedPodBenchmark {
  private Pod pod;
  private Map<String, Object> maps;

  /** Checks the contenders agree, and builds the inputs of the emit-only benchmarks. */
  @Setup(Level.Trial)
  public void setUp() {
    SamePod.check();
    pod = PodwrightSeedPod.build();
    maps = MapsSeedPod.build();
  }

  /** Podwright: staged DSL, validation at {@code build()}, YAML. */
  @Benchmark
  public String podwrightBuildValidateEmit() {
    return PodwrightSeedPod.toYaml();
  }

  /** Podwright: YAML of a pod built once. */
  @Benchmark
  public String podwrightEmit() {
    return PodYaml.toYaml(pod);
  }

  /** Podwright: staged DSL and validation, no YAML. */
  @Benchmark
  public Pod podwrightBuildValidate() {
    return PodwrightSeedPod.build();
  }

  /** fabric8: {@code PodBuilder} and {@code Serialization.asYaml}. */
  @Benchmark
  public String fabric8BuildEmit() {
    return Fabric8SeedPod.toYaml();
  }

  /** The official client: {@code V1Pod} and {@code Yaml.dump}. */
  @Benchmark
  public String officialBuildEmit() {
    return OfficialSeedPod.toYaml();
  }

  /** Bare Jackson: nested maps built, then written by jackson-dataformat-yaml. */
  @Benchmark
  public String jacksonMapsBuildEmit() {
    return MapsSeedPod.toYaml();
  }

  /** Bare Jackson: nested maps built once, written by jackson-dataformat-yaml. */
  @Benchmark
  public String jacksonMapsEmit() {
    return MapsSeedPod.write(maps);
  }
}
