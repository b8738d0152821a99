package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.sidecar.LifecyclePlan.ContainerRef;
import dev.podwright.sidecar.LifecyclePlan.Gate;
import dev.podwright.sidecar.LifecyclePlan.Role;
import dev.podwright.sidecar.LifecyclePlan.StartStep;
import dev.podwright.sidecar.LifecyclePlan.StopAction;
import dev.podwright.sidecar.LifecyclePlan.StopStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link LifecyclePlan} as an SVG timeline: one lane per container, one column per step
 * of the start sequence, a steady-state column, then the stop sequence under a bracket for the
 * one grace period. Time runs left to right in steps, not seconds. The output is plain text,
 * identical for identical plans, with every text XML-escaped; each bar carries a
 * {@code <title>} with the explanation of its step, which browsers show on hover.
 *
 * <pre>{@code
 * Files.writeString(Path.of("web.svg"), TimelineSvg.render(plan));
 * }</pre>
 */
public final class TimelineSvg {
  private static final int LABEL = 190;
  private static final int COLUMN = 110;
  private static final int TOP = 64;
  private static final int LANE = 30;
  private static final int BAR = 16;
  private static final int WRAP = 120;
  private static final String INIT_FILL = "#9e9e9e";
  private static final String SIDECAR_FILL = "#4a7fc1";
  private static final String MAIN_FILL = "#4caf50";
  private static final String PRESTOP_FILL = "#f0a030";
  private static final String STOP_STROKE = "#d32f2f";

  private TimelineSvg() {}

  /** Renders the plan as a standalone SVG document. */
  public static String render(LifecyclePlan plan) {
    requireNonNull(plan, "plan == null");
    return new Drawing(plan).draw();
  }

  /** The columns and lanes of one plan, and the text being written. */
  private static final class Drawing {
    private final LifecyclePlan plan;
    private final StringBuilder out = new StringBuilder();
    private final List<ContainerRef> lanes = new ArrayList<>();
    private final Map<ContainerRef, Integer> startColumn = new HashMap<>();
    private final Map<ContainerRef, Integer> endColumn = new HashMap<>();
    private final Map<ContainerRef, StartStep> startStep = new HashMap<>();
    private final Set<ContainerRef> preStop = new HashSet<>();
    private final List<String> captions = new ArrayList<>();
    private final int steadyColumn;
    private final int firstStopColumn;

    Drawing(LifecyclePlan plan) {
      this.plan = plan;
      for (StartStep step : plan.start()) {
        int column = captions.size();
        boolean mains = step.containers().isEmpty()
            || step.containers().stream().anyMatch(c -> c.role() == Role.MAIN);
        captions.add(mains ? "main start" : "start " + step.containers().get(0).name());
        for (ContainerRef c : step.containers()) {
          lanes.add(c);
          startColumn.put(c, column);
          startStep.put(c, step);
        }
      }
      steadyColumn = captions.size();
      captions.add("steady state");
      firstStopColumn = captions.size();
      for (StopStep step : plan.stop()) {
        if (step.action() == StopAction.PRE_STOP) {
          preStop.addAll(step.containers());
        } else if (step.action() == StopAction.STOP_MAIN
            || step.action() == StopAction.STOP_SIDECAR) {
          int column = captions.size();
          captions.add(step.action() == StopAction.STOP_MAIN
              ? "SIGTERM main" : "SIGTERM " + step.containers().get(0).name());
          step.containers().forEach(c -> endColumn.put(c, column));
        }
      }
    }

    String draw() {
      int columns = captions.size();
      int width = LABEL + columns * COLUMN + 20;
      int lanesBottom = TOP + lanes.size() * LANE;
      List<String> footer = footer();
      int height = lanesBottom + 84 + footer.size() * 16;
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
          .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
          .append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
          .append("  <title>").append(escape("Lifecycle of " + plan.title())).append("</title>\n")
          .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
      text(10, 22, 15, "bold", "Lifecycle of " + plan.title());
      text(10, 40, 11, null, plan.summary());
      for (int i = 0; i < columns; i++) {
        int x = LABEL + i * COLUMN;
        String fill = i == steadyColumn ? "#eef6ee" : i >= firstStopColumn ? "#fbeeee" : "#f2f4f8";
        out.append("  <rect x=\"").append(x).append("\" y=\"").append(TOP - 16)
            .append("\" width=\"").append(COLUMN).append("\" height=\"")
            .append(lanesBottom - TOP + 16).append("\" fill=\"").append(fill)
            .append("\" stroke=\"#ffffff\"/>\n");
        text(x + 4, TOP - 4, 10, null, captions.get(i));
      }
      for (int lane = 0; lane < lanes.size(); lane++) {
        lane(lane, lanes.get(lane));
      }
      int graceY = lanesBottom + 14;
      int graceX1 = LABEL + firstStopColumn * COLUMN + 2;
      int graceX2 = LABEL + columns * COLUMN - 2;
      out.append("  <path d=\"M").append(graceX1).append(' ').append(graceY - 6).append(" V")
          .append(graceY).append(" H").append(graceX2).append(" V").append(graceY - 6)
          .append("\" fill=\"none\" stroke=\"#333333\"/>\n");
      text(graceX1, graceY + 14, 11, null,
          "one grace period: " + plan.gracePeriodSeconds() + "s, then SIGKILL");
      legend(lanesBottom + 52);
      int y = lanesBottom + 84;
      for (int i = 0; i < footer.size(); i++) {
        // Continuation lines of a wrapped warning start with a space; indent them instead.
        boolean continued = footer.get(i).startsWith(" ");
        text(continued ? 26 : 10, y, 11, null, footer.get(i).trim());
        y += 16;
      }
      out.append("</svg>\n");
      return out.toString();
    }

    private void lane(int index, ContainerRef c) {
      int y = TOP + index * LANE + (LANE - BAR) / 2;
      String role = c.role() == Role.SIDECAR ? "sidecar" : c.role() == Role.INIT ? "init" : "main";
      text(10, y + 12, 12, null, c.name() + " (" + role + ")");
      int start = startColumn.get(c);
      int end;
      if (c.role() == Role.INIT) {
        end = start;
      } else {
        end = endColumn.getOrDefault(c, steadyColumn);
      }
      int x1 = LABEL + start * COLUMN + 4;
      int x2 = LABEL + (end + 1) * COLUMN - 4;
      String fill = c.role() == Role.INIT ? INIT_FILL : c.role() == Role.SIDECAR ? SIDECAR_FILL
          : MAIN_FILL;
      out.append("  <g>\n    <title>").append(escape(startStep.get(c).text()))
          .append("</title>\n    <rect x=\"").append(x1).append("\" y=\"").append(y)
          .append("\" width=\"").append(x2 - x1).append("\" height=\"").append(BAR)
          .append("\" rx=\"3\" fill=\"").append(fill).append("\"/>\n  </g>\n");
      if (c.role() == Role.SIDECAR) {
        Gate gate = startStep.get(c).gate();
        String label = gate == Gate.STARTUP_PROBE ? "gate: startupProbe"
            : gate == Gate.POST_START ? "gate: postStart"
            : gate == Gate.STARTUP_PROBE_AND_POST_START ? "gate: probe+hook" : "no gate";
        text(x1 + 4, y + 12, 10, null, label, "#ffffff");
        int gx = LABEL + (start + 1) * COLUMN - 4;
        out.append("  <path d=\"M").append(gx).append(' ').append(y - 3).append(" l5 ")
            .append(BAR / 2 + 3).append(" l-5 ").append(BAR / 2 + 3).append(" l-5 -")
            .append(BAR / 2 + 3).append(" z\" fill=\"")
            .append(gate == Gate.NONE ? "#ffffff" : "#333333")
            .append("\" stroke=\"#333333\"/>\n");
      } else if (c.role() == Role.INIT) {
        text(x1 + 4, y + 12, 10, null, "runs to completion", "#ffffff");
      }
      if (preStop.contains(c)) {
        int px = LABEL + firstStopColumn * COLUMN;
        out.append("  <rect x=\"").append(px).append("\" y=\"").append(y).append("\" width=\"")
            .append(COLUMN / 2).append("\" height=\"").append(BAR).append("\" fill=\"")
            .append(PRESTOP_FILL).append("\"/>\n");
        text(px + 4, y + 12, 10, null, "preStop");
      }
      if (c.role() != Role.INIT) {
        out.append("  <line x1=\"").append(x2).append("\" y1=\"").append(y - 3)
            .append("\" x2=\"").append(x2).append("\" y2=\"").append(y + BAR + 3)
            .append("\" stroke=\"").append(STOP_STROKE).append("\" stroke-width=\"3\"/>\n");
      }
    }

    private void legend(int y) {
      int x = 10;
      String[][] items = {
          {INIT_FILL, "init container"}, {SIDECAR_FILL, "sidecar"}, {MAIN_FILL, "main"},
          {PRESTOP_FILL, "preStop hook"}, {STOP_STROKE, "SIGTERM"}};
      for (String[] item : items) {
        out.append("  <rect x=\"").append(x).append("\" y=\"").append(y - 10)
            .append("\" width=\"12\" height=\"12\" fill=\"").append(item[0]).append("\"/>\n");
        text(x + 16, y, 11, null, item[1]);
        x += 30 + item[1].length() * 7;
      }
      out.append("  <path d=\"M").append(x + 6).append(' ').append(y - 12)
          .append(" l5 7 l-5 7 l-5 -7 z\" fill=\"#333333\"/>\n");
      text(x + 16, y, 11, null, "gate before the next step");
    }

    private List<String> footer() {
      List<String> lines = new ArrayList<>();
      for (LifecycleWarning w : plan.warnings()) {
        lines.addAll(wrap("\u26a0 " + w));
      }
      return lines;
    }

    private void text(int x, int y, int size, String weight, String text) {
      text(x, y, size, weight, text, null);
    }

    private void text(int x, int y, int size, String weight, String text, String fill) {
      out.append("  <text x=\"").append(x).append("\" y=\"").append(y).append('"');
      if (size != 12) {
        out.append(" font-size=\"").append(size).append('"');
      }
      if (weight != null) {
        out.append(" font-weight=\"").append(weight).append('"');
      }
      if (fill != null) {
        out.append(" fill=\"").append(fill).append('"');
      }
      out.append('>').append(escape(text)).append("</text>\n");
    }
  }

  /**
   * Splits a long line at spaces so that no line is much wider than the drawing; continuation
   * lines start with one space.
   */
  static List<String> wrap(String line) {
    List<String> lines = new ArrayList<>();
    String rest = line;
    while (rest.length() > WRAP) {
      int cut = rest.lastIndexOf(' ', WRAP);
      if (cut <= 0) {
        cut = WRAP;
      }
      lines.add(rest.substring(0, cut));
      rest = " " + rest.substring(cut).trim();
    }
    lines.add(rest);
    return lines;
  }

  /** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&apos;"); break;
        default:
          boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF
              : c == '\t' || c == '\n' || c == '\r';
          if (allowed) {
            b.append(c);
          }
      }
    }
    return b.toString();
  }
}
