package dev.podwright.cli;

import dev.podwright.model.KubernetesObject;
import dev.podwright.validation.FieldError;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationReport;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.ManifestDocument;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code podwright validate [--kubernetes-version X.Y] FILE...}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Validates manifests as the API server would.",
        "Reads Pods, Jobs, CronJobs, Deployments, StatefulSets and DaemonSets; documents of "
            + "other kinds (Service, ConfigMap, ...) are skipped with a notice on stderr.",
        "Prints one line per problem: FILE: <field path>: <error type>: <detail>",
        "Prints what the target version's server would silently change (e.g. a sidecar "
            + "dropped on 1.28) on stderr as FILE: warning: <field path>: <what happens>, "
            + "without changing the exit code.",
        "Fields podwright does not model are kept, not validated, and noted on stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file is valid",
        "1:a file is invalid",
        "2:unreadable file, malformed YAML or bad usage"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  PodwrightCommand root;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--kubernetes-version",
      paramLabel = "X.Y",
      converter = ProfileConverter.class,
      description = "Target Kubernetes version, " + Profile.SUPPORTED_VERSIONS + " (default: "
          + Profile.DEFAULT_VERSION + ").")
  Profile profile = Profile.defaults();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML files, one or many documents each; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    Validator validator = Validator.forProfile(profile);
    ManifestInputs inputs = new ManifestInputs(root);
    Console console = new Console(spec.commandLine());
    int exit = PodwrightCommand.VALID;
    for (String file : files) {
      exit = Math.max(exit, validate(file, inputs, validator, console));
    }
    console.flush();
    return exit;
  }

  private static int validate(String file, ManifestInputs inputs, Validator validator,
      Console console) {
    String label = ManifestInputs.label(file);
    List<ManifestDocument> documents;
    try {
      documents = inputs.readWorkloads(file, console, "validates");
    } catch (ManifestInputs.Unusable e) {
      console.unusable(label, e.getMessage());
      return PodwrightCommand.UNUSABLE;
    }
    int exit = PodwrightCommand.VALID;
    for (ManifestDocument document : documents) {
      KubernetesObject object = document.object();
      for (String field : document.unknownFields()) {
        console.notice(label, field + ": not validated (a field podwright does not model)");
      }
      ValidationReport report;
      try {
        report = validator.report(object);
      } catch (IllegalArgumentException e) {
        console.unusable(label, "line " + document.line() + ": " + e.getMessage());
        exit = PodwrightCommand.UNUSABLE;
        continue;
      }
      List<FieldError> errors = report.errors();
      for (FieldError error : errors) {
        console.problem(label, error);
      }
      for (String warning : report.warnings()) {
        console.notice(label, "warning: " + warning);
      }
      if (!errors.isEmpty()) {
        if (documents.size() > 1) {
          // Several documents share the file name: say which one the lines above belong to.
          console.notice(label, "line " + document.line() + ": " + object.kind() + " \""
              + object.metadata().name() + "\" has " + errors.size()
              + (errors.size() == 1 ? " error" : " errors"));
        }
        exit = Math.max(exit, PodwrightCommand.INVALID);
      }
    }
    return exit;
  }

  /** Turns {@code --kubernetes-version} into a profile, reporting bad versions as usage errors. */
  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      try {
        return Profile.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
