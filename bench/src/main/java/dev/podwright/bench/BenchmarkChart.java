package dev.podwright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws BENCHMARKS.md's chart from the results files: JMH's JSON ({@code -rf json}) for
 * throughput and bytes allocated per pod, and hyperfine's JSON from {@code coldstart.sh} for the
 * median cold start. No figure is typed in by hand.
 *
 * <p>{@code BenchmarkChart jmh.json coldstart.json out.svg "caption"}
 */
public final class BenchmarkChart {
  private static final int WIDTH = 760;
  private static final int LABEL = 250;
  private static final int BAR = 16;
  private static final int GAP = 6;

  private BenchmarkChart() {}

  /** Reads the two results files and writes the SVG. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: BenchmarkChart jmh.json coldstart.json out.svg caption");
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode jmh = json.readTree(Path.of(args[0]).toFile());
    JsonNode cold = json.readTree(Path.of(args[1]).toFile());
    List<Bar> throughput = new ArrayList<>();
    List<Bar> allocation = new ArrayList<>();
    for (JsonNode run : jmh) {
      String name = run.get("benchmark").asText().replaceAll(".*\\.", "");
      throughput.add(new Bar(name, run.at("/primaryMetric/score").asDouble()));
      JsonNode norm = run.at("/secondaryMetrics/gc.alloc.rate.norm/score");
      if (!norm.isMissingNode()) {
        allocation.add(new Bar(name, norm.asDouble() / 1024));
      }
    }
    List<Bar> coldStart = new ArrayList<>();
    for (JsonNode result : cold.get("results")) {
      coldStart.add(new Bar(result.get("command").asText(), result.get("median").asDouble() * 1000));
    }
    StringBuilder svg = new StringBuilder();
    int y = 30;
    StringBuilder body = new StringBuilder();
    y = panel(body, y, "Throughput, pods/s (more is better)", throughput, "%,.0f");
    y = panel(body, y, "Allocated per pod, KB (less is better)", allocation, "%,.1f");
    y = panel(body, y, "Cold start, median ms (less is better)", coldStart, "%,.0f");
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, y + 20));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(text(10, 18, escape(args[3]), "font-size=\"11\" fill=\"#555\""));
    svg.append(body).append("</svg>\n");
    Files.writeString(Path.of(args[2]), svg);
  }

  private static int panel(StringBuilder svg, int y, String title, List<Bar> bars, String format) {
    svg.append(text(10, y + 14, title, "font-weight=\"bold\""));
    y += 24;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    int room = WIDTH - LABEL - 90;
    for (Bar bar : bars) {
      int length = (int) Math.max(1, Math.round(bar.value() / max * room));
      String color = bar.name().startsWith("podwright") ? "#2b6cb0" : "#a0aec0";
      svg.append(text(LABEL - 8, y + 12, escape(bar.name()), "text-anchor=\"end\""));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
          LABEL, y, length, BAR, color));
      svg.append(text(LABEL + length + 6, y + 12,
          String.format(Locale.ROOT, format, bar.value()), ""));
      y += BAR + GAP;
    }
    return y + 14;
  }

  private static String text(int x, int y, String content, String attributes) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s>%s</text>%n",
        x, y, attributes, content);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private record Bar(String name, double value) {}
}
