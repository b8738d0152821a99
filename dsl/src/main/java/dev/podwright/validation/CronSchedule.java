package dev.podwright.validation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schedule check of a cron job: robfig/cron v3's {@code ParseStandard}, which the API server
 * calls, reduced to its accept-or-reject decision and its error texts. Five fields (minute, hour,
 * day of month, month, day of week) of {@code *}, {@code ?}, numbers, month and weekday names,
 * ranges, steps and lists; or a descriptor such as {@code @daily} or {@code @every 1h30m}.
 */
final class CronSchedule {
  private CronSchedule() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> DAYS = Map.of(
      "sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6);
  private static final List<String> DESCRIPTORS = List.of(
      "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  /** Zones Go's tz database loads that the JDK does not list (see {@link #knownZone}). */
  private static final Set<String> GO_ONLY_ZONES = Set.of(
      "EST", "MST", "HST", "GMT+0", "GMT-0", "ROC", "Factory", "America/Coyhaique");

  /**
   * Go's {@code time.ParseDuration} syntax: numbers with an optional fraction ({@code 1.5h},
   * {@code .5h}, {@code 1.h}), each with a unit, or a lone 0. Go's 64-bit overflow check (about
   * 2562047h) and its "unknown unit" wording are not reproduced.
   */
  private static final Pattern DURATION = Pattern.compile(
      "[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  /** Returns the parser's error for {@code schedule}, empty when it parses. */
  static Optional<String> error(String schedule) {
    String spec = schedule;
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      String zone = spec.substring(spec.indexOf('=') + 1, space < 0 ? spec.length() : space);
      if (!knownZone(zone)) {
        return Optional.of("provided bad location " + zone + ": unknown time zone " + zone);
      }
      spec = space < 0 ? "" : GoStrings.trimSpace(spec.substring(space));
    }
    if (spec.startsWith("@")) {
      return descriptor(spec);
    }
    String[] fields = GoStrings.fields(spec).toArray(String[]::new);
    if (fields.length != 5) {
      return Optional.of("expected exactly 5 fields, found " + fields.length + ": "
          + "[" + String.join(" ", fields) + "]");
    }
    int[][] bounds = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
    List<Map<String, Integer>> names = new ArrayList<>(List.of(Map.of(), Map.of(), Map.of()));
    names.add(MONTHS);
    names.add(DAYS);
    for (int i = 0; i < 5; i++) {
      for (String expr : fields[i].split(",")) {
        if (expr.isEmpty()) {
          continue; // Go's FieldsFunc drops empty list items
        }
        Optional<String> error = range(expr, bounds[i][0], bounds[i][1], names.get(i));
        if (error.isPresent()) {
          return error;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether Go's {@code time.LoadLocation} finds the zone in the server's tz database (the API
   * server embeds Go's {@code time/tzdata}). The JDK's region IDs stand for that database, with
   * two corrections: the JDK also lists the {@code SystemV/*} zones, which the tz database
   * dropped long ago and Go refuses, and it leaves out the database's old abbreviation and alias
   * entries ({@code EST}, {@code MST}, {@code HST}, {@code GMT+0}, {@code ROC} ...), which Go
   * loads. {@code America/Coyhaique} (tzdata 2025b) is newer than some JDKs.
   */
  static boolean knownZone(String zone) {
    return zone.equals("UTC") || GO_ONLY_ZONES.contains(zone)
        || ZoneId.getAvailableZoneIds().contains(zone) && !zone.startsWith("SystemV/");
  }

  private static Optional<String> descriptor(String spec) {
    if (DESCRIPTORS.contains(spec)) {
      return Optional.empty();
    }
    if (spec.startsWith("@every ")) {
      String duration = spec.substring("@every ".length());
      if (DURATION.matcher(duration).matches()) {
        return Optional.empty();
      }
      String error = NUMBER.matcher(duration).matches() ? "missing unit in" : "invalid";
      return Optional.of("failed to parse duration " + spec + ": time: " + error + " duration "
          + GoValues.quote(duration));
    }
    return Optional.of("unrecognized descriptor: " + spec);
  }

  /** Mirrors robfig/cron's {@code getRange}; each error names the expression. */
  private static Optional<String> range(String expr, int min, int max, Map<String, Integer> names) {
    try {
      checkRange(expr, min, max, names);
      return Optional.empty();
    } catch (BadField e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void checkRange(String expr, int min, int max, Map<String, Integer> names)
      throws BadField {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    long start;
    long end;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = min;
      end = max;
    } else {
      start = number(lowAndHigh[0], names);
      if (lowAndHigh.length == 1) {
        end = start;
      } else if (lowAndHigh.length == 2) {
        end = number(lowAndHigh[1], names);
      } else {
        throw new BadField("too many hyphens: " + expr);
      }
    }
    long step = 1;
    if (rangeAndStep.length == 2) {
      step = number(rangeAndStep[1], Map.of());
      if (lowAndHigh.length == 1) {
        end = max; // "N/step" means "N-max/step"
      }
    } else if (rangeAndStep.length > 2) {
      throw new BadField("too many slashes: " + expr);
    }
    if (start < min) {
      throw new BadField("beginning of range (" + start + ") below minimum (" + min + "): " + expr);
    }
    if (end > max) {
      throw new BadField("end of range (" + end + ") above maximum (" + max + "): " + expr);
    }
    if (start > end) {
      throw new BadField(
          "beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
    }
    if (step == 0) {
      throw new BadField("step of range should be a positive number: " + expr);
    }
  }

  /** Parses a number or a name as {@code parseIntOrName} does. */
  private static long number(String expr, Map<String, Integer> names) throws BadField {
    Integer named = names.get(expr.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    String atoi = "failed to parse int from " + expr + ": strconv.Atoi: parsing "
        + GoValues.quote(expr) + ": ";
    if (!expr.matches("[-+]?[0-9]+")) {
      throw new BadField(atoi + "invalid syntax");
    }
    long value;
    try {
      value = Long.parseLong(expr.startsWith("+") ? expr.substring(1) : expr);
    } catch (NumberFormatException e) {
      throw new BadField(atoi + "value out of range");
    }
    if (value < 0) {
      throw new BadField("negative number (" + value + ") not allowed: " + expr);
    }
    return value;
  }

  /** A field that does not parse; cheap, as it carries no stack trace. */
  private static final class BadField extends Exception {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message, null, false, false);
    }
  }
}
