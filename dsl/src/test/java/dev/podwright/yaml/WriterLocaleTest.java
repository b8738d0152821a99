package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer's bytes do not depend on the JVM's defaults: a child JVM with another default
 * locale (Turkish dotted and dotless i, German and other decimal commas, Thai digits) and an odd
 * time zone writes exactly what this JVM writes.
 */
class WriterLocaleTest {
  @ParameterizedTest
  @ValueSource(strings = {"tr TR Pacific/Kiritimati", "de DE America/St_Johns",
      "th TH Asia/Kathmandu", "ar EG Pacific/Chatham"})
  void childJvmWritesTheSameBytes(String setting) throws Exception {
    String[] parts = setting.split(" ");
    byte[] expected = WriterSnapshot.yaml().getBytes(StandardCharsets.UTF_8);

    byte[] actual = childOutput("-Duser.language=" + parts[0], "-Duser.country=" + parts[1],
        "-Duser.timezone=" + parts[2], "-Dfile.encoding=ISO-8859-1");

    assertThat(actual).as(setting).isEqualTo(expected);
  }

  private static byte[] childOutput(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WriterSnapshot.class.getName());
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return output;
  }
}
