package dev.podwright.cli;

import static java.util.Objects.requireNonNull;

import dev.podwright.validation.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code podwright} command. Each subcommand is a small class of its own; shared reading of
 * FILE arguments and printing live in {@link ManifestInputs} and {@link Console}.
 *
 * <p>Exit codes: {@value #VALID} when every input is valid, {@value #INVALID} when any is
 * invalid, {@value #UNUSABLE} for unreadable input, malformed YAML or bad usage.
 */
@Command(
    name = PodwrightCommand.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = PodwrightCommand.Version.class,
    description = "Checks Kubernetes manifests of pods and workloads (Job, CronJob, Deployment, "
        + "StatefulSet, DaemonSet) offline, with the API server's rules and "
        + "messages, native sidecars included.",
    subcommands = {
        ValidateCommand.class, ResourcesCommand.class, ExplainCommand.class,
        MigrateCommand.class, HelpCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input is valid",
        "1:an input is invalid",
        "2:unreadable input, malformed YAML or bad usage"})
public final class PodwrightCommand implements Runnable {
  /** The command's name, as usage lines print it. */
  static final String NAME = "podwright";
  /** Every input is valid. */
  static final int VALID = 0;
  /** Some input is invalid. */
  static final int INVALID = 1;
  /** Some input is unreadable or malformed, or the command line is wrong. */
  static final int UNUSABLE = 2;

  private final InputStream stdin;
  private final Terminal terminal;

  @Spec
  CommandSpec spec;

  /** For picocli's AutoComplete, which builds the completion script from the classes. */
  PodwrightCommand() {
    this(System.in, Terminal.PLAIN);
  }

  PodwrightCommand(InputStream stdin, Terminal terminal) {
    this.stdin = requireNonNull(stdin, "stdin == null");
    this.terminal = requireNonNull(terminal, "terminal == null");
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(System.in, Terminal.detect(), args).execute(args));
  }

  /** Returns the command line for pipes and tests: no colour, no progress. */
  static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, Terminal.PLAIN);
  }

  /** Returns the command line with every subcommand, reading {@code -} from {@code stdin}. */
  static CommandLine commandLine(InputStream stdin, Terminal terminal) {
    return configure(new CommandLine(new PodwrightCommand(stdin, terminal)), terminal);
  }

  /**
   * Returns the command line that runs {@code args}: when {@code args[0]} names a subcommand,
   * with that subcommand alone under a bare {@code podwright}, otherwise with all of them. It
   * prints and exits exactly as {@link #commandLine(InputStream, Terminal)} does for these
   * arguments, since picocli hands everything after the subcommand's name to the subcommand;
   * it only saves building, by reflection over their annotations, the subcommands the run does
   * not use (25 to 35 ms of CPU, BENCHMARKS.md).
   */
  static CommandLine commandLine(InputStream stdin, Terminal terminal, String... args) {
    Object subcommand = args.length == 0 ? null : subcommand(args[0]);
    if (subcommand == null) {
      return commandLine(stdin, terminal);
    }
    PodwrightCommand root = new PodwrightCommand(stdin, terminal);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name(NAME);
    root.spec = spec;
    CommandLine commandLine = new CommandLine(spec);
    commandLine.addSubcommand(subcommand);
    return configure(commandLine, terminal);
  }

  /**
   * Returns a new instance of the subcommand called {@code name}, null if there is none; a
   * subcommand missing here still runs, from the whole command line.
   */
  private static @Nullable Object subcommand(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand();
      case "resources":
        return new ResourcesCommand();
      case "explain":
        return new ExplainCommand();
      case "migrate":
        return new MigrateCommand();
      default:
        return null; // help, generate-completion, options, mistakes: the whole command line
    }
  }

  private static CommandLine configure(CommandLine commandLine, Terminal terminal) {
    // Help follows the same decision as the output, so NO_COLOR and pipes mean plain text.
    commandLine.setColorScheme(Help.defaultColorScheme(terminal.colour() ? Ansi.ON : Ansi.OFF));
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      // A bug, not a verdict on the input: say so in one line rather than exit 1 ("invalid").
      PrintWriter err = cl.getErr();
      err.println("podwright: internal error: " + e);
      err.flush();
      return UNUSABLE;
    });
    return commandLine;
  }

  /** Returns the stream that {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /** Returns where a subcommand prints. */
  Console console(CommandLine commandLine) {
    return new Console(commandLine, terminal);
  }

  /** Returns this build's version, e.g. {@code 0.1.0}, as Maven wrote it. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = PodwrightCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command, e.g. podwright validate "
        + "pod.yaml");
  }

  /** The version and the Kubernetes versions the validator knows, from its profile. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          "podwright " + version(),
          "Kubernetes " + Profile.SUPPORTED_VERSIONS + " (--kubernetes-version; default "
              + Profile.DEFAULT_VERSION
              + ")"};
    }
  }
}
