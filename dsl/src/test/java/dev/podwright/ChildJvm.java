package dev.podwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a small program from {@code src/test/probes} and runs it in a fresh JVM with exactly
 * the jars a test names, so that nothing of the test class path (databind, test libraries) leaks
 * in. The jars come from the failsafe configuration in dsl/pom.xml.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The jar that {@code mvn package} built. */
  static Path dslJar() {
    Path jar = Path.of(System.getProperty("podwright.dsl.jar", "missing"));
    assertThat(jar).as("podwright.dsl.jar (run with mvn verify)").isRegularFile();
    return jar;
  }

  /** The runtime dependencies of podwright-dsl, as Maven resolves them for users. */
  static List<Path> runtimeJars() throws IOException {
    Path file = Path.of("target", "classpath.txt");
    return Arrays.stream(Files.readString(file).strip().split(java.io.File.pathSeparator))
        .map(Path::of)
        .collect(Collectors.toList());
  }

  /** Jars copied to target/modulepath-extras: jackson-databind and jackson-annotations. */
  static List<Path> modulePathExtras() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target", "modulepath-extras"))) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  static String path(List<Path> entries) {
    return entries.stream().map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  /** Compiles every .java file under {@code src/test/probes/<probe>} into a fresh directory. */
  static Path compile(String probe, String... options) throws IOException {
    Path sources = Path.of("src", "test", "probes", probe);
    Path out = Files.createTempDirectory(Path.of("target"), "probe-");
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17",
        "-proc:none", "-Xlint:all"));
    args.addAll(List.of(options));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertThat(rc).as("javac %s%n%s", args, diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    return out;
  }

  /** Runs {@code java args...}; returns exit code and output (stdout and stderr merged). */
  static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    return new Result(process.exitValue(), output);
  }

  record Result(int exitCode, String output) {}
}
