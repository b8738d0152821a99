package dev.podwright.cli;

import dev.podwright.cli.ValidationResults.Problem;
import dev.podwright.cli.ValidationResults.Severity;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code validate -o junit}: the JUnit XML report CI systems (Jenkins, GitLab, GitHub Actions
 * reporters, Azure Pipelines) read. One {@code testsuite} per file, one {@code testcase} per
 * object ({@code Deployment/web (document 2, line 14)}) that fails with every error of the
 * object, each as {@code FILE:LINE: <error>}; an unusable file is one {@code testcase} with an
 * {@code error}; skipped kinds are {@code skipped} test cases; warnings go to the test case's
 * {@code system-err}.
 */
final class JunitReport {
  private JunitReport() {}

  static String render(ValidationResults results) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "podwright validate (Kubernetes " + results.profile.version()
          + ")");
      xml.writeAttribute("tests", Long.toString(results.files.stream()
          .mapToLong(JunitReport::tests).sum()));
      xml.writeAttribute("failures", Long.toString(results.files.stream()
          .mapToLong(JunitReport::failures).sum()));
      xml.writeAttribute("errors", Long.toString(results.files.stream()
          .mapToLong(JunitReport::errors).sum()));
      for (ValidationResults.File file : results.files) {
        suite(xml, file);
      }
      newline(xml, 0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return text.toString();
  }

  private static long tests(ValidationResults.File file) {
    return file.documents.size() + file.skipped.size() + (file.problems.isEmpty() ? 0 : 1);
  }

  private static long failures(ValidationResults.File file) {
    return file.documents.stream()
        .filter(d -> !d.valid() && !unusable(d.problems())).count();
  }

  private static long errors(ValidationResults.File file) {
    return (file.problems.isEmpty() ? 0 : 1)
        + file.documents.stream().filter(d -> unusable(d.problems())).count();
  }

  private static boolean unusable(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.type().equals("Unusable input"));
  }

  private static void suite(XMLStreamWriter xml, ValidationResults.File file)
      throws XMLStreamException {
    newline(xml, 1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", safe(file.file));
    xml.writeAttribute("tests", Long.toString(tests(file)));
    xml.writeAttribute("failures", Long.toString(failures(file)));
    xml.writeAttribute("errors", Long.toString(errors(file)));
    xml.writeAttribute("skipped", Integer.toString(file.skipped.size()));
    if (!file.problems.isEmpty()) {
      newline(xml, 2);
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", safe(file.file));
      xml.writeAttribute("name", safe(file.file));
      problems(xml, "error", file.file, file.problems);
      newline(xml, 2);
      xml.writeEndElement();
    }
    for (ValidationResults.Document d : file.documents) {
      newline(xml, 2);
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", safe(file.file));
      xml.writeAttribute("name", safe(d.kind() + "/" + d.name() + " (document "
          + d.document() + ", line " + d.line() + ")"));
      List<Problem> errors = d.problems().stream()
          .filter(p -> p.severity() == Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        problems(xml, unusable(errors) ? "error" : "failure", file.file, errors);
      }
      List<Problem> warnings = d.problems().stream()
          .filter(p -> p.severity() == Severity.WARNING).toList();
      if (!warnings.isEmpty()) {
        newline(xml, 3);
        xml.writeStartElement("system-err");
        xml.writeCharacters(lines(file.file, warnings));
        xml.writeEndElement();
      }
      newline(xml, 2);
      xml.writeEndElement();
    }
    for (ValidationResults.Skipped s : file.skipped) {
      newline(xml, 2);
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", safe(file.file));
      xml.writeAttribute("name", safe(s.kind() + "/" + s.name() + " (line " + s.line() + ")"));
      newline(xml, 3);
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", "not a workload podwright validates");
      newline(xml, 2);
      xml.writeEndElement();
    }
    newline(xml, 1);
    xml.writeEndElement();
  }

  /** Writes one failure or error element holding every problem, the first as its message. */
  private static void problems(XMLStreamWriter xml, String element, String file,
      List<Problem> problems) throws XMLStreamException {
    newline(xml, 3);
    xml.writeStartElement(element);
    Problem first = problems.get(0);
    xml.writeAttribute("message", safe(problems.size() == 1 ? first.message()
        : first.message() + " (and " + (problems.size() - 1) + " more)"));
    xml.writeAttribute("type", first.type());
    xml.writeCharacters(lines(file, problems));
    xml.writeEndElement();
  }

  private static String lines(String file, List<Problem> problems) {
    return safe(problems.stream()
        .map(p -> file + ":" + p.line() + ": " + p.message())
        .collect(Collectors.joining("\n", "\n", "\n")));
  }

  /**
   * Replaces what XML 1.0 cannot hold at all (control characters a YAML value may carry, lone
   * surrogates) by U+FFFD, so the report always parses; the writer escapes everything else.
   */
  static String safe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
          || c >= 0xE000 && c < 0xFFFE) {
        sb.append(c);
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
