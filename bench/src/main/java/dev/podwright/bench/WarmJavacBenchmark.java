package dev.podwright.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac on the 200 annotated pod interfaces of {@code bench/javac-processor.sh}, in a JVM that
 * has compiled them before: the warm compiler of Gradle's daemon and of {@code mvnd}, where
 * {@code bench/javac-processor.sh} times a fresh {@code javac} process (issue 12).
 *
 * <p>{@code processor=none} is {@code javac -proc:none}. {@code processor=podwright} loads the
 * Podwright processor (with JavaPoet and the DSL) in a new class loader for every compilation, as
 * a build tool does for each compile task, so javac is warm and the processor's classes are new
 * each time. The loader's parent is the platform class loader, not this JVM's class path, which
 * holds the DSL too (with {@code -processorpath} javac would make the application class loader
 * the parent). Run from the repository root after {@code bench/javac-processor.sh}
 * (which writes the sources and builds what this needs): {@code bench/javac-warm.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class WarmJavacBenchmark {
  private static final Path WORK = Path.of("bench/target/javac-200");

  /**
   * {@code none}: {@code -proc:none}; {@code nothing} and {@code outputs}: {@link FloorProcessor}
   * writing nothing, or an empty class and a resource per type; {@code podwright}: the Podwright
   * processor in a new class loader per compilation; {@code podwright-reused}: in one loader.
   */
  @Param({"none", "nothing", "outputs", "podwright", "podwright-reused"})
  public String processor;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private List<File> sources;
  private List<String> options;
  private URL[] processorPath;
  private URLClassLoader reusedLoader;
  private Path out;

  /** Finds the sources and class paths {@code bench/javac-processor.sh} left. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path pods = WORK.resolve("src/bench/pods");
    if (!Files.isDirectory(pods)) {
      throw new IllegalStateException(pods + " is missing: run bench/javac-processor.sh first,"
          + " from the repository root");
    }
    try (Stream<Path> files = Files.list(pods)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted()
          .map(Path::toFile).toList();
    }
    String classPath = "annotations/target/classes" + File.pathSeparator + "dsl/target/classes"
        + File.pathSeparator + Files.readString(Path.of("dsl/target/classpath.txt")).trim();
    out = Files.createTempDirectory(WORK, "warm-");
    options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
        "-cp", classPath));
    String path;
    switch (processor) {
      case "none" -> path = null;
      case "nothing", "outputs" -> {
        path = "bench/target/classes";
        options.add("-Afloor.mode=" + processor);
      }
      case "podwright", "podwright-reused" -> path = "codegen/target/classes" + File.pathSeparator + javaPoet()
          + File.pathSeparator + classPath;
      default -> throw new IllegalArgumentException("processor=" + processor);
    }
    if (path == null) {
      options.add("-proc:none");
    } else {
      List<URL> urls = new ArrayList<>();
      for (String entry : path.split(File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      processorPath = urls.toArray(URL[]::new);
    }
    if (processor.equals("podwright-reused")) {
      reusedLoader = new URLClassLoader(processorPath, ClassLoader.getPlatformClassLoader());
    }
  }

  /** Deletes this trial's output. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (reusedLoader != null) {
      reusedLoader.close();
    }
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** One compilation of the 200 sources; fails the run if javac reports an error. */
  @Benchmark
  public boolean compile() throws IOException {
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        URLClassLoader fresh = processorPath == null || reusedLoader != null ? null
            : new URLClassLoader(processorPath, ClassLoader.getPlatformClassLoader())) {
      ClassLoader loader = reusedLoader != null ? reusedLoader : fresh;
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
      CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
      if (loader != null) {
        List<Processor> processors = new ArrayList<>();
        if (processor.startsWith("podwright")) {
          ServiceLoader.load(Processor.class, loader).forEach(processors::add);
        } else {
          processors.add(newFloorProcessor(loader));
        }
        if (processors.isEmpty()) {
          throw new IllegalStateException("no processor service in " + List.of(processorPath));
        }
        task.setProcessors(processors);
      }
      if (!task.call()) {
        throw new IllegalStateException("javac failed:\n" + diagnostics);
      }
    }
    return true;
  }

  private static Processor newFloorProcessor(ClassLoader loader) {
    try {
      return (Processor) loader.loadClass(FloorProcessor.class.getName())
          .getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + FloorProcessor.class.getName(), e);
    }
  }

  private static String javaPoet() throws IOException {
    String dependencies = Files.readString(Path.of("bench/target/classpath.txt"));
    for (String jar : dependencies.trim().split(File.pathSeparator)) {
      if (jar.contains("javapoet")) {
        return jar;
      }
    }
    Path repository = Path.of(System.getProperty("user.home"), ".m2/repository/com/palantir/"
        + "javapoet/javapoet");
    try (Stream<Path> jars = Files.walk(repository)) {
      return jars.filter(p -> p.getFileName().toString().matches("javapoet-[0-9.]+\\.jar"))
          .findFirst().map(Path::toString)
          .orElseThrow(() -> new UncheckedIOException(new IOException("no JavaPoet jar under "
              + repository)));
    }
  }
}
