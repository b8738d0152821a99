package dev.podwright.cli;

import static dev.podwright.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.cli.ValidateCommandTest.Run;
import dev.podwright.model.Container;
import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.UnknownKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate} on the project's own manifests (the validation corpus, taken from real
 * projects and the API server's tests, and the samples' goldens): every pod with two or more
 * containers has its last container migrated, and the edit either succeeds or is refused with
 * the reason, never with a wrong result; {@code --rewrite} then always succeeds.
 */
class MigrateCorpusTest {
  @Test
  void everyMultiContainerPodMigratesOrIsRefusedWithAReason() throws IOException {
    List<Path> files;
    try (Stream<Path> dsl = Files.walk(Path.of("../dsl/src/test/resources"));
        Stream<Path> samples = Files.walk(Path.of("../samples/src/test/resources"))) {
      files = Stream.concat(dsl, samples).filter(p -> p.toString().endsWith(".yaml")).sorted()
          .toList();
    }
    int migrated = 0;
    for (Path file : files) {
      List<ManifestDocument> documents;
      try {
        documents = ManifestReader.readManifest(Files.readString(file), UnknownKinds.SKIP)
            .documents();
      } catch (RuntimeException e) {
        continue; // the corpus of unreadable input
      }
      for (ManifestDocument document : documents) {
        List<Container> containers = InPlaceMigration.podSpecOf(document.object()).containers();
        if (containers.size() < 2) {
          continue;
        }
        String name = containers.get(containers.size() - 1).name();
        Run run = run("migrate", file.toString(), "--sidecar", name, "--force");
        if (run.exit() == 0) {
          migrated++;
          continue;
        }
        assertThat(run.err()).as(file.toString()).contains("cannot edit in place: ")
            .doesNotContain("internal error", "reads back differently", "does not read");
        Run rewritten = run("migrate", file.toString(), "--sidecar", name, "--force",
            "--rewrite");
        assertThat(rewritten.exit()).as(file + rewritten.err()).isZero();
      }
    }
    assertThat(migrated).isGreaterThanOrEqualTo(4);
  }
}
