package dev.podwright.cli;

import dev.podwright.sidecar.LifecycleExplainer;
import dev.podwright.sidecar.LifecyclePlan;
import dev.podwright.sidecar.TimelineSvg;
import dev.podwright.validation.Profile;
import dev.podwright.yaml.ManifestDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podwright explain FILE [--svg OUT]}: how each pod starts, runs and stops. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
        "Explains how each pod (or each pod of a workload) starts, runs and stops with native "
            + "sidecars: which step gates the next, the steady state, the stop order inside the "
            + "one grace period, and warnings where sidecar semantics will bite.",
        "--svg also draws the plan as an SVG timeline; a file with several documents gives "
            + "OUT-1.svg, OUT-2.svg, ...",
        "Documents of kinds without pods (Service, ConfigMap, ...) are skipped with a notice on "
            + "stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:explained (with --strict: and no warnings)",
        "1:with --strict, a pod has warnings",
        "2:unreadable file, malformed YAML or bad usage"})
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--kubernetes-version",
      paramLabel = "X.Y",
      converter = ValidateCommand.ProfileConverter.class,
      description = "Target Kubernetes version, " + Profile.SUPPORTED_VERSIONS + " (default: "
          + Profile.DEFAULT_VERSION + ").")
  Profile profile = Profile.defaults();

  @Option(names = "--svg", paramLabel = "OUT", description = "Writes an SVG timeline to OUT.")
  Path svg;

  @Option(names = "--strict", description = "Exits 1 if any pod has warnings.")
  boolean strict;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A YAML file, one or many documents; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine());
    String label = ManifestInputs.label(file);
    List<ManifestDocument> documents;
    try {
      documents = new ManifestInputs(root).readWorkloads(file, console, "explains");
    } catch (ManifestInputs.Unusable e) {
      console.unusable(label, e.getMessage());
      console.flush();
      return PodwrightCommand.UNUSABLE;
    }
    LifecycleExplainer explainer = LifecycleExplainer.forProfile(profile);
    List<LifecyclePlan> plans = new ArrayList<>();
    for (ManifestDocument document : documents) {
      try {
        plans.add(explainer.explain(document.object()));
      } catch (IllegalArgumentException e) {
        console.unusable(label, "line " + document.line() + ": " + e.getMessage());
        console.flush();
        return PodwrightCommand.UNUSABLE;
      }
    }
    boolean warnings = false;
    for (int i = 0; i < plans.size(); i++) {
      console.report((i > 0 ? "\n" : "") + plans.get(i).toText().stripTrailing());
      warnings |= !plans.get(i).warnings().isEmpty();
    }
    if (svg != null) {
      for (int i = 0; i < plans.size(); i++) {
        Path out = plans.size() == 1 ? svg : numbered(svg, i + 1);
        try {
          Files.writeString(out, TimelineSvg.render(plans.get(i)));
        } catch (IOException e) {
          console.unusable(out.toString(), "cannot write: " + e.getMessage());
          console.flush();
          return PodwrightCommand.UNUSABLE;
        }
        console.notice(label, "wrote " + out);
      }
    }
    console.flush();
    return strict && warnings ? PodwrightCommand.INVALID : PodwrightCommand.VALID;
  }

  /** Returns {@code web.svg} as {@code web-2.svg}. */
  static Path numbered(Path svg, int n) {
    String name = svg.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot)
        : name + "-" + n;
    return svg.resolveSibling(numbered);
  }
}
