package dev.podwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * podwright-dsl is the named module {@code dev.podwright.dsl}: a small module that requires it
 * compiles against its exports and runs from the module path.
 */
class ModulePathIT {
  @Test
  void namedModuleRunsOnTheModulePath() throws Exception {
    List<Path> modulePath = modulePath(true);
    Path check = ChildJvm.compile("modulepath/podwright.check",
        "--module-path", ChildJvm.path(modulePath));
    modulePath.add(0, check);

    ChildJvm.Result result = ChildJvm.run("--module-path", ChildJvm.path(modulePath),
        "--module", "podwright.check/check.Main");

    assertThat(result.output()).as("exit %s", result.exitCode())
        .startsWith("module: dev.podwright.dsl named=true\nvalid: true\napiVersion: v1\nkind: Pod\n")
        .contains("  initContainers:\n    - name: proxy\n", "restartPolicy: Always");
    assertThat(result.exitCode()).isZero();
  }

  /**
   * Jackson's YAML module declares {@code requires com.fasterxml.jackson.databind}, so on the
   * module path (only there) databind must be present although no Podwright code loads it. The
   * README says so; this test notices when Jackson drops the requirement.
   */
  @Test
  void jacksonYamlModuleRequiresDatabindOnTheModulePath() throws Exception {
    ChildJvm.Result result = ChildJvm.run("--module-path", ChildJvm.path(modulePath(false)),
        "--add-modules", "dev.podwright.dsl", "-version");

    assertThat(result.output())
        .contains("Module com.fasterxml.jackson.databind not found, required by com.fasterxml.jackson.dataformat.yaml");
    assertThat(result.exitCode()).isNotZero();
  }

  private static List<Path> modulePath(boolean withDatabind) throws Exception {
    List<Path> path = new ArrayList<>();
    path.add(ChildJvm.dslJar());
    path.addAll(ChildJvm.runtimeJars());
    if (withDatabind) {
      path.addAll(ChildJvm.modulePathExtras());
    }
    return path;
  }
}
