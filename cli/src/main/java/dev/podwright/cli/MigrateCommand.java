package dev.podwright.cli;

import dev.podwright.model.KubernetesObject;
import dev.podwright.sidecar.LifecycleWarning;
import dev.podwright.sidecar.MigrationCandidate;
import dev.podwright.sidecar.MigrationException;
import dev.podwright.sidecar.MigrationResult;
import dev.podwright.sidecar.SidecarMigration;
import dev.podwright.validation.Profile;
import dev.podwright.yaml.ManifestDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code podwright migrate FILE... --sidecar NAME... [--auto [--yes]] [--write | --diff]
 * [--rewrite] [--force]}: turns legacy sidecar containers into native sidecars, editing only the
 * lines the migration changes.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
        "Moves legacy sidecars from containers to initContainers with restartPolicy: Always, "
            + "ahead of the existing init containers (or after --place-after INIT), keeping "
            + "every other field. Works on Pods and on every workload kind, in files that also "
            + "hold other kinds.",
        "Edits the text: only the moved container blocks change (re-indented, restartPolicy "
            + "added, initContainers created before containers if absent); other documents, "
            + "comments, quoting and order stay byte for byte. Where that is not safe (JSON, "
            + "flow-style lists, anchors or aliases in the container lists, tabs) it refuses, "
            + "unless --rewrite lets it rewrite the changed documents with Podwright's writer.",
        "Prints the migrated file on standard output, a unified diff with --diff, or rewrites "
            + "the files with --write; one line per change, then the warnings of the result, "
            + "on standard error.",
        "--auto proposes containers whose image is a known proxy or agent (Envoy, istio-proxy, "
            + "Linkerd, Cloud SQL Auth Proxy, Fluent Bit, Vector, OpenTelemetry collector, ...) "
            + "and changes nothing unless --yes is given as well."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:migrated, or proposals printed",
        "2:unreadable file, malformed YAML, unknown container, refused version, unsafe edit "
            + "or bad usage"})
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML or JSON files or directories (recursively); - reads standard input.")
  List<String> files;

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

  @Option(names = "--write", description = "Rewrites the files in place (atomically).")
  boolean write;

  @Option(names = "--diff", description = "Prints a unified diff instead of the migrated file.")
  boolean diff;

  @Option(
      names = "--rewrite",
      description = "Where an in-place edit is unsafe, rewrites the changed documents with "
          + "Podwright's writer (their comments and formatting are lost).")
  boolean rewrite;

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

  /** A file's migrated text, waiting until every input has been checked. */
  private record Output(ManifestInputs.Input input, String before, String after,
      List<String> report) {}

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
    if (write && diff) {
      throw new ParameterException(spec.commandLine(), "--write and --diff exclude each other");
    }
    if (write && files.contains(ManifestInputs.STDIN)) {
      throw new ParameterException(spec.commandLine(), "--write needs a file, not standard "
          + "input");
    }
    Console console = root.console(spec.commandLine());
    try {
      return migrate(console);
    } finally {
      console.flush();
    }
  }

  private int migrate(Console console) {
    ManifestInputs inputs = new ManifestInputs(root, console);
    List<Output> outputs = new ArrayList<>();
    Set<String> matched = new LinkedHashSet<>();
    boolean[] proposed = {false};
    int exit = inputs.each(files, "migrates", loaded -> {
      try {
        outputs.add(migrate(loaded, matched, proposed));
        return PodwrightCommand.VALID;
      } catch (ManifestInputs.Unusable e) {
        console.unusable(loaded.label(), e.getMessage());
        return PodwrightCommand.UNUSABLE;
      }
    });
    if (exit != PodwrightCommand.VALID) {
      return exit; // nothing written: a run changes all its files or none
    }
    for (String name : sidecars) {
      if (!matched.contains(name)) {
        console.unusable(files.size() == 1 ? ManifestInputs.label(files.get(0)) : "migrate",
            "no container named \"" + name + "\" in any document");
        return PodwrightCommand.UNUSABLE;
      }
    }
    if (!write && !diff && outputs.size() > 1
        && outputs.stream().anyMatch(o -> !o.after().equals(o.before()))) {
      throw new ParameterException(spec.commandLine(), "several files: use --diff to see the "
          + "changes or --write to make them");
    }
    for (Output output : outputs) {
      output.report().forEach(line -> console.notice(output.input().label(), line));
    }
    if (proposed[0]) {
      console.notice(files.size() == 1 ? ManifestInputs.label(files.get(0)) : "migrate",
          "nothing changed for the proposals; run again with --auto --yes to migrate them, or "
              + "name them with --sidecar");
    }
    for (Output output : outputs) {
      boolean changed = !output.after().equals(output.before());
      if (write) {
        if (changed) {
          try {
            AtomicFiles.replace(output.input().path(), output.after());
          } catch (java.io.IOException e) {
            console.unusable(output.input().label(), "cannot write: " + e.getMessage());
            return PodwrightCommand.UNUSABLE;
          }
          console.notice(output.input().label(), "rewritten");
        }
      } else if (diff) {
        if (changed) {
          console.print(UnifiedDiff.of(output.input().label(), output.before(), output.after()));
        }
      } else if (changed || !sidecars.isEmpty()) {
        console.print(output.after());
      }
    }
    return PodwrightCommand.VALID;
  }

  private Output migrate(ManifestInputs.Loaded loaded, Set<String> matched, boolean[] proposed)
      throws ManifestInputs.Unusable {
    List<String> report = new ArrayList<>();
    List<InPlaceMigration.Change> changes = new ArrayList<>();
    for (ManifestDocument document : loaded.manifest().documents()) {
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
              proposed[0] = true;
            }
          }
        }
        if (names.isEmpty()) {
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
        r.changes().forEach(line -> report.add(where + ": " + line));
        for (LifecycleWarning w : r.warnings()) {
          report.add(where + ": warning: " + w);
        }
        if (!r.object().equals(object)) {
          changes.add(new InPlaceMigration.Change(document.index(), document.line(), r.object(),
              InPlaceMigration.moved(object, r.object())));
        }
      } catch (MigrationException | IllegalArgumentException e) {
        throw new ManifestInputs.Unusable("line " + document.line() + ": " + e.getMessage(),
            document.line());
      }
    }
    String text = loaded.text();
    if (changes.isEmpty()) {
      return new Output(loaded.input(), text, text, report);
    }
    String after = edit(text, changes, loaded);
    return new Output(loaded.input(), text, after, report);
  }

  private String edit(String text, List<InPlaceMigration.Change> changes,
      ManifestInputs.Loaded loaded) throws ManifestInputs.Unusable {
    String unsafe;
    try {
      if (JsonText.looksLikeJson(text)) {
        throw new InPlaceMigration.Unsafe("JSON input is not edited in place");
      }
      String edited = InPlaceMigration.apply(text, changes);
      String problem = Reread.difference(edited, expectedOf(loaded, changes), loaded.manifest());
      if (problem != null) {
        throw new InPlaceMigration.Unsafe("the edited text " + problem);
      }
      return edited;
    } catch (InPlaceMigration.Unsafe e) {
      unsafe = e.getMessage();
    }
    if (!rewrite) {
      throw new ManifestInputs.Unusable("cannot edit in place: " + unsafe + "; --rewrite "
          + "rewrites the changed documents with Podwright's writer (their comments and "
          + "formatting are lost)", 0);
    }
    String rewritten;
    try {
      rewritten = JsonText.looksLikeJson(text) ? JsonRewrite.of(text, changes)
          : InPlaceMigration.rewrite(text, changes);
    } catch (InPlaceMigration.Unsafe e) {
      throw new ManifestInputs.Unusable("cannot rewrite: " + e.getMessage(), 0);
    }
    String problem = Reread.difference(rewritten, expectedOf(loaded, changes),
        loaded.manifest());
    if (problem != null) {
      throw new ManifestInputs.Unusable("internal error: the rewritten text " + problem
          + "; nothing written", 0);
    }
    return rewritten;
  }

  private static List<KubernetesObject> expectedOf(ManifestInputs.Loaded loaded,
      List<InPlaceMigration.Change> changes) {
    List<KubernetesObject> expected = new ArrayList<>();
    for (ManifestDocument document : loaded.manifest().documents()) {
      KubernetesObject object = document.object();
      for (InPlaceMigration.Change change : changes) {
        if (change.index() == document.index() && change.line() == document.line()) {
          object = change.migrated();
        }
      }
      expected.add(object);
    }
    return expected;
  }
}
