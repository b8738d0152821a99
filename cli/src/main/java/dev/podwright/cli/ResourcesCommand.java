package dev.podwright.cli;

import dev.podwright.sidecar.EffectiveResources;
import dev.podwright.yaml.ManifestDocument;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podwright resources FILE...}: the effective requests and limits of each pod. */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the effective requests and limits of each pod (or of each pod of a workload) "
            + "with the KEP-753 formula: sidecars count alongside later init containers and the "
            + "main containers, overhead included.",
        "Says per resource which phase dominates, the init peak or the steady state, and what "
            + "a sidecar-unaware calculation would give.",
        "Documents of kinds without pods (Service, ConfigMap, ...) are skipped with a notice on "
            + "stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:unreadable file, malformed YAML or bad usage"})
final class ResourcesCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML files, one or many documents each; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    ManifestInputs inputs = new ManifestInputs(root);
    Console console = new Console(spec.commandLine());
    int exit = PodwrightCommand.VALID;
    for (String file : files) {
      String label = ManifestInputs.label(file);
      List<ManifestDocument> documents;
      try {
        documents = inputs.readWorkloads(file, console, "sizes");
      } catch (ManifestInputs.Unusable e) {
        console.unusable(label, e.getMessage());
        exit = PodwrightCommand.UNUSABLE;
        continue;
      }
      for (ManifestDocument document : documents) {
        try {
          String text = EffectiveResources.of(document.object()).toText();
          console.report(label + ": " + SidecarCommands.title(document) + "\n" + indent(text));
        } catch (IllegalArgumentException e) {
          console.unusable(label, "line " + document.line() + ": " + e.getMessage());
          exit = PodwrightCommand.UNUSABLE;
        }
      }
    }
    console.flush();
    return exit;
  }

  private static String indent(String text) {
    return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
