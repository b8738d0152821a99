package dev.podwright.cli;

import dev.podwright.sidecar.LifecycleExplainer;
import dev.podwright.sidecar.LifecyclePlan;
import dev.podwright.sidecar.TimelineSvg;
import dev.podwright.validation.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podwright explain [-o text|json] FILE... [--svg OUT]}: how each pod starts and stops. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
        "Explains how each pod (or each pod of a workload) starts, runs and stops with native "
            + "sidecars: which step gates the next, the steady state, the stop order inside the "
            + "one grace period, and warnings where sidecar semantics will bite.",
        "--svg also draws the plan as an SVG timeline; several pods give OUT-1.svg, OUT-2.svg, "
            + "... in input order.",
        "-o json prints one JSON object for all inputs instead of the text.",
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

  @Mixin
  TextOrJsonOption output = new TextOrJsonOption();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML or JSON files or directories (recursively); - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    boolean json = output.json();
    Console console = root.console(spec.commandLine());
    LifecycleExplainer explainer = LifecycleExplainer.forProfile(profile);
    List<LifecyclePlan> plans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    SidecarCommands.JsonFiles report = new SidecarCommands.JsonFiles();
    int exit = report.each(new ManifestInputs(root, console), files, "explains", console,
        (loaded, document, entry) -> {
          LifecyclePlan plan = explainer.explain(document.object());
          if (json) {
            ExplainJson.plan(entry.get(), plan, document);
          } else {
            console.report((plans.isEmpty() ? "" : "\n") + plan.toText().stripTrailing());
          }
          plans.add(plan);
          labels.add(loaded.label());
        });
    if (json) {
      console.report(report.render());
    }
    if (svg != null && exit < PodwrightCommand.UNUSABLE) {
      for (int i = 0; i < plans.size(); i++) {
        Path out = plans.size() == 1 ? svg : numbered(svg, i + 1);
        try {
          Files.writeString(out, TimelineSvg.render(plans.get(i)));
        } catch (IOException e) {
          console.unusable(out.toString(), "cannot write: " + e.getMessage());
          console.flush();
          return PodwrightCommand.UNUSABLE;
        }
        console.notice(labels.get(i), "wrote " + out);
      }
    }
    console.flush();
    if (exit != PodwrightCommand.VALID) {
      return exit;
    }
    boolean warnings = plans.stream().anyMatch(p -> !p.warnings().isEmpty());
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
