package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code podwright.jar} with {@code java -jar}, as users do; after package. */
class PodwrightJarIT {
  private static final Path JAR = Path.of(System.getProperty("podwright.jar",
      "target/podwright.jar"));

  @TempDir
  Path dir;

  /** The outcome of one process run. */
  record Run(int exit, String out, String err) {}

  static Run java(byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(Map.of(), stdin, command.toArray(String[]::new));
  }

  static Run exec(Map<String, String> env, byte[] stdin, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().write(stdin);
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validatesFilesAndStandardInput() throws Exception {
    assertThat(JAR).isRegularFile();
    Path valid = Files.writeString(dir.resolve("valid.yaml"), ValidateCommandTest.VALID);
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"), ValidateCommandTest.INVALID);

    assertThat(java(new byte[0], "validate", valid.toString()))
        .isEqualTo(new Run(0, "", ""));
    Run run = java(new byte[0], "validate", "--kubernetes-version", "1.29", invalid.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith(invalid + ":7: spec.containers[0].image: Required value");
    Run stdin = java(ValidateCommandTest.INVALID.getBytes(StandardCharsets.UTF_8),
        "validate", "-");
    assertThat(stdin.exit()).isEqualTo(1);
    assertThat(stdin.out()).startsWith("<stdin>:7: spec.containers[0].image: Required value");
  }

  @Test
  void reportsUnusableInputAndUsage() throws Exception {
    Path hostile = Files.writeString(dir.resolve("hostile.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: !!java.net.URL [\"http://x\"]\n");

    Run run = java(new byte[0], "validate", hostile.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(hostile + ": line 4, column 9: metadata.name: tag "
        + "!!java.net.URL is not allowed; only the standard tags !!str, !!int, !!float, !!bool, "
        + "!!null, !!map and !!seq are\n");
    assertThat(java(new byte[0]).exit()).isEqualTo(2);
    Run version = java(new byte[0], "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("podwright 0.");
  }

  private static final Path DIST = Path.of(System.getProperty("podwright.dist",
      "target/podwright/podwright-" + System.getProperty("podwright.version", "")));

  @Test
  void kubectlPluginLauncherRunsTheJarWithItsArguments() throws Exception {
    Path plugin = DIST.resolve("bin/kubectl-podwright");
    assertThat(plugin).isExecutable();
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"), ValidateCommandTest.INVALID);
    String java = Path.of(System.getProperty("java.home")).toString();

    String cache = dir.resolve("cache").toString(); // the launcher's CDS archive goes there
    Run direct = exec(Map.of("JAVA_HOME", java, "XDG_CACHE_HOME", cache), new byte[0],
        plugin.toString(), "validate", "-o", "json", invalid.toString());
    assertThat(direct.exit()).isEqualTo(1);
    assertThat(direct.out()).contains("\"field\": \"spec.containers[0].image\"");

    // kubectl runs kubectl-NAME found on PATH with the remaining arguments; a stand-in kubectl
    // does the same, and the plugin is a symlink, as installing it with ln -s gives.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("kubectl-podwright"), plugin.toAbsolutePath());
    Path kubectl = Files.writeString(bin.resolve("kubectl"),
        "#!/bin/sh\nplugin=kubectl-$1\nshift\nexec \"$plugin\" \"$@\"\n");
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
        "JAVA_HOME", java, "XDG_CACHE_HOME", cache);
    Run viaKubectl = exec(env, new byte[0], "kubectl", "podwright", "validate",
        invalid.toString());
    assertThat(viaKubectl.exit()).isEqualTo(1);
    assertThat(viaKubectl.out()).startsWith(invalid + ":7: spec.containers[0].image: Required");
    Run version = exec(env, new byte[0], "kubectl", "podwright", "--version");
    assertThat(version.out()).contains("Kubernetes 1.");
  }

  /**
   * The launcher records a class-data sharing archive on the first run and maps it on later
   * runs; the output is the same either way, and nothing of the JVM's CDS logging shows.
   */
  @Test
  void launcherRecordsAndReusesAClassDataSharingArchive() throws Exception {
    Path launcher = DIST.resolve("bin/podwright");
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"), ValidateCommandTest.INVALID);
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("JAVA_HOME",
        Path.of(System.getProperty("java.home")).toString(), "XDG_CACHE_HOME", cache.toString());

    Run first = exec(env, new byte[0], launcher.toString(), "validate", invalid.toString());
    List<Path> archives;
    try (var files = Files.list(cache.resolve("podwright"))) {
      archives = files.toList();
    }
    assertThat(archives).hasSize(1);
    assertThat(archives.get(0).getFileName().toString()).endsWith(".jsa");
    Run second = exec(env, new byte[0], launcher.toString(), "validate", invalid.toString());
    Map<String, String> off = new java.util.HashMap<>(env);
    off.put("PODWRIGHT_CDS", "off");
    Run without = exec(off, new byte[0], launcher.toString(), "validate", invalid.toString());

    assertThat(first.exit()).isEqualTo(1);
    assertThat(first.out()).startsWith(invalid + ":7: spec.containers[0].image: Required");
    assertThat(second).isEqualTo(first);
    assertThat(without).isEqualTo(first);
  }

  /** What the launcher trains its archive on is read whole: invalid (1), never unusable (2). */
  @Test
  void trainingManifestIsShippedAndUsable() throws Exception {
    Path training = DIST.resolve("share/podwright/training.yaml");

    Run run = java(new byte[0], "validate", training.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Required value", "Invalid value", "Duplicate value");
    assertThat(run.err()).isEqualTo(training + ": skipping Service \"web\": not a workload "
        + "Podwright validates\n");
  }

  /**
   * On Java 25 and newer the launcher keeps an AOT cache instead (JEP 483), recorded from its
   * own training run; runs only where such a JDK is installed: the podwright.java25 property,
   * else one under /usr/lib/jvm.
   */
  @Test
  void launcherRecordsAndReusesAnAotCacheOnJava25() throws Exception {
    Path java25 = java25();
    Assumptions.assumeTrue(java25 != null, "no JDK 25 or newer here");
    Path launcher = DIST.resolve("bin/podwright");
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"), ValidateCommandTest.INVALID);
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("PODWRIGHT_JAVA", java25.resolve("bin/java").toString(),
        "XDG_CACHE_HOME", cache.toString());

    Run first = exec(env, new byte[0], launcher.toString(), "--version");
    List<Path> archives;
    try (var files = Files.list(cache.resolve("podwright"))) {
      archives = files.toList();
    }
    Run second = exec(env, new byte[0], launcher.toString(), "validate", invalid.toString());
    Map<String, String> off = new java.util.HashMap<>(env);
    off.put("PODWRIGHT_CDS", "off");
    Run without = exec(off, new byte[0], launcher.toString(), "validate", invalid.toString());

    assertThat(archives).hasSize(1);
    assertThat(archives.get(0).getFileName().toString()).endsWith(".aot");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).startsWith("podwright 0.");
    assertThat(first.err()).isEmpty();
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.out()).startsWith(invalid + ":7: spec.containers[0].image: Required");
    assertThat(without).isEqualTo(second);
  }

  private static @Nullable Path java25() throws IOException {
    String property = System.getProperty("podwright.java25");
    if (property != null) {
      return Path.of(property);
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (var homes = Files.list(jvms)) {
      return homes.filter(home -> feature(home) >= 25).sorted().findFirst().orElse(null);
    }
  }

  /** The feature version a JDK's release file gives, 0 if none. */
  private static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String version = line.substring("JAVA_VERSION=\"".length());
          int end = 0;
          while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
          }
          return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  @Test
  void completionScriptIsShippedAndLoadsInBash() throws Exception {
    Path script = DIST.resolve("share/completion/podwright.bash");
    assertThat(Files.readString(script)).contains("migrate", "--kubernetes-version", "sarif");

    Run bash = exec(Map.of(), new byte[0], "bash", "-c",
        "source '" + script + "' && complete -p podwright");
    assertThat(bash.exit()).isZero();
    assertThat(bash.out()).contains("-F _complete_podwright podwright");
  }
}
