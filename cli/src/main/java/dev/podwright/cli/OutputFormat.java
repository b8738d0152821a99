package dev.podwright.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code -o} asks for; {@code validate} takes every format, other commands text and json. */
enum OutputFormat {
  /** For people: one line per problem. */
  TEXT,
  /** One JSON document; each command ships its JSON Schema. */
  JSON,
  /** JUnit XML, as CI systems read test reports. */
  JUNIT,
  /** SARIF 2.1.0, as code-scanning tools read static analysis results. */
  SARIF;

  /** Returns e.g. {@code json}, as written on the command line. */
  String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code -o json}; the message lists the formats. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.option().equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException("unknown format \"" + value + "\"; use text, json, "
          + "junit or sarif");
    }
  }

  /** The formats of {@code validate}, for help and completion. */
  static final class All implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("text", "json", "junit", "sarif").iterator();
    }
  }

  /** The formats of {@code explain} and {@code resources}, for help and completion. */
  static final class TextOrJson implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("text", "json").iterator();
    }
  }
}
