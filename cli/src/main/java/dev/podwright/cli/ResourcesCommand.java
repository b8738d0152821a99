package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.model.Quantity;
import dev.podwright.sidecar.EffectiveResources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podwright resources [-o text|json] FILE...}: the effective requests and limits. */
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
            + "stderr.",
        "-o json prints one JSON object for all inputs instead."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:unreadable file, malformed YAML or bad usage"})
final class ResourcesCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

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
    SidecarCommands.JsonFiles report = new SidecarCommands.JsonFiles();
    int exit = report.each(new ManifestInputs(root, console), files, "sizes", console,
        (loaded, document, entry) -> {
          EffectiveResources resources = EffectiveResources.of(document.object());
          if (json) {
            json(entry.get(), resources);
          } else {
            console.report(loaded.label() + ": " + SidecarCommands.title(document) + "\n"
                + indent(resources.toText()));
          }
        });
    if (json) {
      console.report(report.render());
    }
    console.flush();
    return exit;
  }

  private static void json(ObjectNode d, EffectiveResources resources) {
    entries(d.putObject("requests"), resources.requestEntries());
    entries(d.putObject("limits"), resources.limitEntries());
    quantities(d.putObject("sidecarUnawareRequests"), resources.preSidecarRequests());
  }

  private static void entries(ObjectNode o, List<EffectiveResources.Entry> entries) {
    for (EffectiveResources.Entry e : entries) {
      ObjectNode r = o.putObject(e.resource());
      r.put("value", e.value().toString());
      r.put("steadyState", e.steadyState().toString());
      r.put("initPeak", e.initPeak().toString());
      e.initPeakAt().ifPresent(at -> r.putObject("initPeakAt")
          .put("index", at.index()).put("name", at.name()).put("sidecar", at.sidecar()));
      r.put("overhead", e.overhead().toString());
      r.put("dominant", e.dominant().name());
    }
  }

  private static void quantities(ObjectNode o, Map<String, Quantity> quantities) {
    quantities.forEach((resource, value) -> o.put(resource, value.toString()));
  }

  private static String indent(String text) {
    return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
