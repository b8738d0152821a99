package dev.podwright.bench;

import dev.podwright.model.Pod;
import dev.podwright.yaml.PodYaml;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A rough companion to the JMH benchmarks for a busy machine: CPU time of this thread per pod,
 * after a warm-up, which other processes disturb far less than wall-clock throughput. It is not
 * a substitute for a JMH run on a quiet machine (BENCHMARKS.md).
 *
 * <p>{@code CpuTimePerPod [warm-up seconds] [measured seconds]}
 */
public final class CpuTimePerPod {
  private CpuTimePerPod() {}

  /** Prints microseconds of CPU per pod for each contender. */
  public static void main(String[] args) {
    double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    double measured = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    SamePod.check();
    Pod pod = PodwrightSeedPod.build();
    Map<String, Object> maps = MapsSeedPod.build();
    run("podwrightBuildValidateEmit", PodwrightSeedPod::toYaml, warmup, measured);
    run("podwrightEmit", () -> PodYaml.toYaml(pod), warmup, measured);
    run("podwrightBuildValidate", PodwrightSeedPod::build, warmup, measured);
    run("fabric8BuildEmit", Fabric8SeedPod::toYaml, warmup, measured);
    run("officialBuildEmit", OfficialSeedPod::toYaml, warmup, measured);
    run("jacksonMapsBuildEmit", MapsSeedPod::toYaml, warmup, measured);
    run("jacksonMapsEmit", () -> MapsSeedPod.write(maps), warmup, measured);
  }

  private static void run(String name, Supplier<?> work, double warmup, double measured) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long end = threads.getCurrentThreadCpuTime() + (long) (warmup * 1e9);
    while (threads.getCurrentThreadCpuTime() < end) {
      sink += work.get().hashCode();
    }
    long start = threads.getCurrentThreadCpuTime();
    end = start + (long) (measured * 1e9);
    long ops = 0;
    long now;
    do {
      for (int i = 0; i < 100; i++) {
        sink += work.get().hashCode();
      }
      ops += 100;
      now = threads.getCurrentThreadCpuTime();
    } while (now < end);
    double micros = (now - start) / 1e3 / ops;
    System.out.printf(Locale.ROOT, "%-28s %10.1f us CPU/pod %12.0f pods per CPU-second%s%n",
        name, micros, 1e6 / micros, sink == 42 ? " " : "");
  }
}
