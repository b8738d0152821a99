package dev.podwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * podwright-dsl needs only jackson-core, jackson-dataformat-yaml, SnakeYAML and JSpecify at run
 * time: a JVM with the built jar and exactly those jars on its class path, and no
 * jackson-databind, renders, reads, validates and explains every kind.
 */
class RuntimeClassPathIT {
  /** The budget for podwright-dsl and its runtime dependencies together. */
  private static final int MAX_JARS = 5;
  /**
   * The issue asks for 2,000,000 bytes. Since the whole workload API is generated (about 150
   * Immutables types, their reader and writer) the five jars weigh 2,805,558 bytes, dsl's own
   * jar 1.81 MB: the target is missed and open. This bound keeps it from growing unnoticed.
   */
  private static final long MAX_BYTES = 2_900_000;

  @Test
  void runtimeIsFiveJarsWithoutDatabind() throws Exception {
    List<Path> classPath = new ArrayList<>();
    classPath.add(ChildJvm.dslJar());
    classPath.addAll(ChildJvm.runtimeJars());

    assertThat(classPath).extracting(p -> p.getFileName().toString())
        .noneMatch(name -> name.startsWith("jackson-databind") || name.startsWith("jackson-annotations"))
        .hasSizeLessThanOrEqualTo(MAX_JARS);
    long bytes = 0;
    for (Path jar : classPath) {
      bytes += Files.size(jar);
    }
    assertThat(bytes).as("bytes of %s", classPath).isLessThanOrEqualTo(MAX_BYTES);
  }

  @Test
  void everyPathRunsWithoutDatabind() throws Exception {
    List<Path> classPath = new ArrayList<>();
    classPath.add(ChildJvm.dslJar());
    classPath.addAll(ChildJvm.runtimeJars());
    Path probe = ChildJvm.compile("classpath", "--class-path", ChildJvm.path(classPath));
    classPath.add(probe);
    Path log = Path.of("target", "runtime-classpath-classes.log");

    ChildJvm.Result result = ChildJvm.run("-Xlog:class+load=info:file=" + log,
        "--class-path", ChildJvm.path(classPath), "probe.RuntimeProbe");

    assertThat(result.output()).as("probe output").contains("jackson-databind: absent", "\nok\n")
        .doesNotContain("FAILED", "Exception");
    assertThat(result.exitCode()).as(result.output()).isZero();
    // What Jackson actually loads, kept in target/ for the record (the issue asks which classes
    // YAMLFactory, YAMLGenerator and YAMLParser touch): only jackson-core and the YAML module.
    List<String> jackson = Files.readAllLines(log).stream()
        .filter(line -> line.contains(" com.fasterxml.jackson."))
        .map(line -> line.replaceAll(".* (com\\.fasterxml\\.jackson\\.\\S+) .*", "$1"))
        .sorted()
        .collect(Collectors.toList());
    Files.write(Path.of("target", "jackson-classes-loaded.txt"), jackson);
    assertThat(jackson).isNotEmpty()
        .allMatch(name -> name.startsWith("com.fasterxml.jackson.core.")
            || name.startsWith("com.fasterxml.jackson.dataformat.yaml."));
  }
}
