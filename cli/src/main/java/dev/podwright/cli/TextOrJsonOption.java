package dev.podwright.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -o text|json}, mixed into explain and resources; junit and sarif are refused there. */
final class TextOrJsonOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.TextOrJson.class,
      description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  /** Returns whether JSON was asked for; a usage error for junit and sarif. */
  boolean json() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new ParameterException(command.commandLine(), "-o " + format.option()
          + " is for validate; " + command.name() + " prints text or json");
    }
    return format == OutputFormat.JSON;
  }
}
