package dev.podwright.cli;

import dev.podwright.cli.ValidationResults.Problem;
import dev.podwright.cli.ValidationResults.Severity;
import dev.podwright.cli.ValidationResults.Status;
import dev.podwright.model.KubernetesObject;
import dev.podwright.validation.FieldError;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationReport;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.SkippedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code podwright validate [--kubernetes-version X.Y] [--feature-gates GATE=BOOL,...] [-o FORMAT]
 * FILE...}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Validates manifests as the API server would.",
        "Reads Pods, Jobs, CronJobs, Deployments, StatefulSets and DaemonSets, also inside "
            + "kind: List; documents of other kinds (Service, ConfigMap, ...) are skipped with "
            + "a notice on stderr.",
        "Prints one line per problem: FILE:LINE: <field path>: <error type>: <detail>, "
            + "followed by (document N, Kind \"name\") in files of several objects.",
        "Prints what the target version's server would silently change (e.g. a sidecar "
            + "dropped on 1.28) on stderr as FILE:LINE: warning: <field path>: <what happens>, "
            + "without changing the exit code.",
        "Fields podwright does not model are kept, not validated, and noted on stderr.",
        "-o json, junit or sarif print one report for all inputs on stdout instead."},
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

  @Option(
      names = "--feature-gates",
      paramLabel = "GATE=BOOL,...",
      description = "Feature gates of that version to force on or off, as kube-apiserver "
          + "--feature-gates takes them, e.g. TaintTolerationComparisonOperators=true.")
  String featureGates;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.All.class,
      description = "text (default), json, junit or sarif.")
  OutputFormat format = OutputFormat.TEXT;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "YAML or JSON files, one or many documents each, or directories "
          + "(their *.yaml, *.yml and *.json files, recursively); - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    Profile target = profile;
    if (featureGates != null) {
      try {
        target = profile.withFeatureGates(featureGates);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--feature-gates=" + featureGates + ": " + e.getMessage());
      }
    }
    Validator validator = Validator.forProfile(target);
    Console console = root.console(spec.commandLine());
    ValidationResults results = new ValidationResults(target);
    boolean text = format == OutputFormat.TEXT;
    // Files are read and validated on every processor; output and results keep file order.
    int exit = new ManifestInputs(root, console).eachInParallel(files, "validates",
        new ManifestInputs.ParallelHandler<ValidationResults.File>() {
          @Override
          public ValidationResults.File read(ManifestInputs.Loaded loaded, Console console) {
            return validate(loaded, validator, console, text);
          }

          @Override
          public ValidationResults.File unusable(ManifestInputs.Input input,
              ManifestInputs.Unusable problem, Console console) {
            console.unusable(input.label(), problem.getMessage());
            ValidationResults.File file = new ValidationResults.File(input.label());
            file.status = Status.UNUSABLE;
            file.problems.add(new Problem(Severity.ERROR, null, problem.line(), "", "", "",
                "Unusable input", problem.getMessage()));
            return file;
          }

          @Override
          public int take(ValidationResults.File file) {
            results.files.add(file);
            return exitCode(file.status);
          }
        });
    switch (format) {
      case JSON:
        console.report(ValidateJson.render(results));
        break;
      case JUNIT:
        console.report(JunitReport.render(results));
        break;
      case SARIF:
        console.report(SarifReport.render(results, PodwrightCommand.version()));
        break;
      default:
        break;
    }
    console.flush();
    return exit;
  }

  private static int exitCode(Status status) {
    switch (status) {
      case INVALID:
        return PodwrightCommand.INVALID;
      case UNUSABLE:
        return PodwrightCommand.UNUSABLE;
      default:
        return PodwrightCommand.VALID;
    }
  }

  /**
   * Why a field kept verbatim is not validated: {@code status} is written by the cluster and
   * ignored by the API server on create (the strategies' {@code PrepareForCreate} reset it), so it
   * is not a mistake; anything else is a field outside the API, usually a typo.
   */
  static String notValidated(String field) {
    return field.equals("status") || field.startsWith("status.")
        ? "not validated (status is set by the cluster; the API server ignores it on create)"
        : "not validated (a field podwright does not model)";
  }

  private static ValidationResults.File validate(ManifestInputs.Loaded loaded,
      Validator validator, Console console, boolean text) {
    String label = loaded.label();
    ValidationResults.File file = new ValidationResults.File(label);
    for (SkippedDocument skipped : loaded.manifest().skipped()) {
      file.skipped.add(new ValidationResults.Skipped(skipped.line(), skipped.kind(),
          skipped.name()));
    }
    List<ManifestDocument> documents = loaded.manifest().documents();
    for (ManifestDocument document : documents) {
      KubernetesObject object = document.object();
      int number = document.index() + 1;
      String kind = object.kind();
      String name = object.metadata().name();
      String which = documents.size() > 1
          ? " (document " + number + ", " + kind + " \"" + name + "\")" : "";
      for (String field : document.unknownFields()) {
        console.notice(label + ":" + document.line(field), field + ": " + notValidated(field));
      }
      List<Problem> problems = new ArrayList<>();
      ValidationReport report;
      try {
        report = validator.report(object);
      } catch (IllegalArgumentException e) {
        // A value the validator cannot even judge (it says which): the file is unusable.
        console.unusable(label, "line " + document.line() + ": " + e.getMessage());
        problems.add(new Problem(Severity.ERROR, number, document.line(), kind, name, "",
            "Unusable input", e.getMessage()));
        file.documents.add(new ValidationResults.Document(number, document.line(), kind, name,
            document.unknownFields(), problems));
        file.status = Status.UNUSABLE;
        continue;
      }
      for (FieldError error : report.errors()) {
        int line = document.line(error.field());
        problems.add(new Problem(Severity.ERROR, number, line, kind, name, error.field(),
            error.type().text(), error.toString()));
        if (text) {
          console.problem(label + ":" + line, error + which);
        }
      }
      for (String warning : report.warnings()) {
        String field = fieldOf(warning);
        int line = field.isEmpty() ? document.line() : document.line(field);
        problems.add(new Problem(Severity.WARNING, number, line, kind, name, field, "Warning",
            warning));
        console.warning(label + ":" + line, warning + which);
      }
      ValidationResults.Document result = new ValidationResults.Document(number,
          document.line(), kind, name, document.unknownFields(), problems);
      file.documents.add(result);
      if (!result.valid() && file.status == Status.VALID) {
        file.status = Status.INVALID;
      }
    }
    return file;
  }

  /** Returns the field path a warning starts with ({@code <field path>: ...}), or empty. */
  private static String fieldOf(String warning) {
    int colon = warning.indexOf(": ");
    String head = colon < 0 ? "" : warning.substring(0, colon);
    return head.isEmpty() || head.contains(" ") ? "" : head;
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
