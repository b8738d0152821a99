package dev.podwright.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job restart policy is enforced by the types: these programs must not compile. */
class WorkloadRestartPolicyTypesTest {
  private static Compilation compile(String body) {
    String source = """
        import static dev.podwright.dsl.Pods.*;
        import dev.podwright.dsl.*;

        class Use {
          Object use() {
            %s
          }
        }
        """.formatted(body);
    return javac()
        .withClasspath(List.of(dslClasses()))
        .compile(JavaFileObjects.forSourceString("Use", source));
  }

  private static File dslClasses() {
    try {
      return new File(Pods.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void jobWithChosenPolicyCompiles() {
    assertThat(compile("return job(\"pi\", JobRestartPolicy.ON_FAILURE, "
        + "template().main(container(\"pi\").image(\"perl\"))).backoffLimit(1);"))
        .succeeded();
  }

  @Test
  void jobWithoutRestartPolicyDoesNotCompile() {
    Compilation c =
        compile("return job(\"pi\", template().main(container(\"pi\").image(\"perl\")));");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("JobRestartPolicy");
  }

  @Test
  void alwaysIsNotAJobRestartPolicy() {
    Compilation c = compile("return job(\"pi\", JobRestartPolicy.ALWAYS, "
        + "template().main(container(\"pi\").image(\"perl\")));");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("ALWAYS");
  }

  @Test
  void podRestartPolicyIsNotAJobRestartPolicy() {
    Compilation c = compile("return job(\"pi\", RestartPolicy.ALWAYS, "
        + "template().main(container(\"pi\").image(\"perl\")));");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("RestartPolicy");
  }

  @Test
  void cronJobWithoutRestartPolicyDoesNotCompile() {
    Compilation c = compile("return cronJob(\"nightly\", \"0 3 * * *\", "
        + "template().main(container(\"pi\").image(\"perl\")));");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("JobRestartPolicy");
  }

  @Test
  void templateWithoutMainContainerDoesNotCompile() {
    Compilation c = compile("return deployment(\"web\", template().label(\"app\", \"web\"));");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("TemplateInitStep");
  }

  @Test
  void jobHasNoSelectorMethod() {
    Compilation c = compile("return job(\"pi\", JobRestartPolicy.NEVER, "
        + "template().main(container(\"pi\").image(\"perl\"))).selector(\"app\", \"pi\");");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("JobStep");
  }
}
