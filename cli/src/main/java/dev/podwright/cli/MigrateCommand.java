package dev.podwright.cli;

import dev.podwright.model.KubernetesObject;
import dev.podwright.sidecar.LifecycleWarning;
import dev.podwright.sidecar.MigrationCandidate;
import dev.podwright.sidecar.MigrationException;
import dev.podwright.sidecar.MigrationResult;
import dev.podwright.sidecar.SidecarMigration;
import dev.podwright.validation.Profile;
import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code podwright migrate FILE --sidecar NAME... [--auto [--yes]] [--write] [--force]}: turns
 * legacy sidecar containers into native sidecars.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
        "Moves legacy sidecars from containers to initContainers with restartPolicy: Always, "
            + "ahead of the existing init containers (or after --place-after INIT), keeping "
            + "every other field. Works on Pods and on every workload kind.",
        "Prints the migrated YAML on standard output (or rewrites FILE with --write) and one "
            + "line per change, then the warnings of the result, on standard error. Comments "
            + "and formatting of FILE are not kept.",
        "--auto proposes containers whose image is a known proxy or agent (Envoy, istio-proxy, "
            + "Linkerd, Cloud SQL Auth Proxy, Fluent Bit, Vector, OpenTelemetry collector, ...) "
            + "and changes nothing unless --yes is given as well."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:migrated, or proposals printed",
        "2:unreadable file, malformed YAML, unknown container, refused version or bad usage"})
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A YAML file, one or many documents; - reads standard input.")
  String file;

  @Option(
      names = "--sidecar",
      paramLabel = "NAME",
      split = ",",
      description = "A container to make a native sidecar; repeat or separate with commas, in "
          + "the start order wanted.")
  List<String> sidecars = new ArrayList<>();

  @Option(names = "--auto", description = "Proposes candidates by image.")
  boolean auto;

  @Option(names = {"--yes", "-y"}, description = "With --auto: migrates the proposed candidates.")
  boolean yes;

  @Option(names = "--write", description = "Rewrites FILE in place instead of printing it.")
  boolean write;

  @Option(names = "--force", description = "Migrates even for a version without native sidecars.")
  boolean force;

  @Option(
      names = "--place-after",
      paramLabel = "INIT",
      description = "Places the sidecars right after this init container, e.g. istio-init.")
  String placeAfter;

  @Option(
      names = "--kubernetes-version",
      paramLabel = "X.Y",
      converter = ValidateCommand.ProfileConverter.class,
      description = "Target Kubernetes version, " + Profile.SUPPORTED_VERSIONS + " (default: "
          + Profile.DEFAULT_VERSION + "); refused below "
          + "1.28 unless --force, warned about on 1.28.")
  Profile profile = Profile.defaults();

  @Override
  public Integer call() {
    if (sidecars.isEmpty() && !auto) {
      throw new ParameterException(spec.commandLine(),
          "name a container with --sidecar NAME, or let --auto propose candidates");
    }
    if (yes && !auto) {
      throw new ParameterException(spec.commandLine(), "--yes confirms --auto proposals; "
          + "use it with --auto");
    }
    if (write && file.equals(ManifestInputs.STDIN)) {
      throw new ParameterException(spec.commandLine(), "--write needs a file, not standard "
          + "input");
    }
    Console console = new Console(spec.commandLine());
    try {
      return migrate(console);
    } finally {
      console.flush();
    }
  }

  private int migrate(Console console) {
    String label = ManifestInputs.label(file);
    List<ManifestDocument> documents;
    try {
      // Unknown kinds stay an error here: the output is the whole file rewritten from the model,
      // and a skipped Service would silently vanish from it.
      documents = new ManifestInputs(root).read(file);
    } catch (ManifestInputs.Unusable e) {
      console.unusable(label, e.getMessage());
      return PodwrightCommand.UNUSABLE;
    }
    List<KubernetesObject> out = new ArrayList<>();
    List<String> report = new ArrayList<>();
    Set<String> matched = new LinkedHashSet<>();
    boolean changed = false;
    boolean proposed = false;
    for (ManifestDocument document : documents) {
      String where = SidecarCommands.title(document);
      KubernetesObject object = document.object();
      Set<String> names = new LinkedHashSet<>(sidecars);
      try {
        if (auto) {
          for (MigrationCandidate c : SidecarMigration.candidates(object)) {
            if (yes) {
              names.add(c.name());
            } else if (!sidecars.contains(c.name())) {
              report.add(where + ": proposal: " + c);
              proposed = true;
            }
          }
        }
        if (names.isEmpty()) {
          out.add(object);
          continue;
        }
        SidecarMigration.Builder b = SidecarMigration.builder()
            .sidecar(names.toArray(String[]::new))
            .profile(profile)
            .force(force)
            .skipMissing(true);
        if (placeAfter != null) {
          b.placeAfter(placeAfter);
        }
        MigrationResult r = b.build().migrate(object);
        matched.addAll(r.matched());
        changed |= !r.object().equals(object);
        r.changes().forEach(line -> report.add(where + ": " + line));
        for (LifecycleWarning w : r.warnings()) {
          report.add(where + ": warning: " + w);
        }
        out.add(r.object());
      } catch (MigrationException | IllegalArgumentException e) {
        console.unusable(label, "line " + document.line() + ": " + e.getMessage());
        return PodwrightCommand.UNUSABLE;
      }
    }
    for (String name : sidecars) {
      if (!matched.contains(name)) {
        console.unusable(label, "no container named \"" + name + "\" in any document");
        return PodwrightCommand.UNUSABLE;
      }
    }
    report.forEach(line -> console.notice(label, line));
    if (proposed) {
      console.notice(label, "nothing changed for the proposals; run again with --auto --yes to "
          + "migrate them, or name them with --sidecar");
    }
    if (!changed && sidecars.isEmpty()) {
      return PodwrightCommand.VALID; // proposals only: no YAML to print
    }
    String yaml = PodYaml.toYamlStream(out);
    if (write) {
      if (changed) {
        try {
          Files.writeString(Path.of(file), yaml);
        } catch (IOException e) {
          console.unusable(label, "cannot write: " + e.getMessage());
          return PodwrightCommand.UNUSABLE;
        }
        console.notice(label, "rewritten");
      }
    } else {
      console.report(yaml.stripTrailing());
    }
    return PodwrightCommand.VALID;
  }
}
