package dev.podwright.validation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The units of Go's {@code time.ParseDuration}, in nanoseconds. */
  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
  private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

  /** Returns the parser's error for {@code schedule}, empty when it parses. */
  static Optional<String> error(String schedule) {
    String spec = schedule;
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      // robfig/cron v3.0.1 Parser.Parse: the zone runs from the first '=' to the first space,
      // and time.LoadLocation must load it. Without a space v3.0.1 slices out of range and the
      // server's handler panics (an internal error, not a field error); the remaining spec is
      // then taken as empty here, which refuses the schedule as well.
      int space = spec.indexOf(' ');
      String zone = spec.substring(spec.indexOf('=') + 1, space < 0 ? spec.length() : space);
      Optional<String> bad = loadLocation(zone);
      if (bad.isPresent()) {
        return Optional.of("provided bad location " + zone + ": " + bad.get());
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
   * Go's {@code time.LoadLocation}, reduced to its error: {@code ""} and {@code "UTC"} are UTC and
   * {@code "Local"} the server's zone, all without error; a name holding {@code ".."} or starting
   * with a slash or a backslash is refused before any look-up ("time: invalid location name");
   * any other name must be in the tz database ({@link #knownZone}), or it is an "unknown time
   * zone".
   */
  static Optional<String> loadLocation(String name) {
    if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
      return Optional.empty();
    }
    if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) {
      return Optional.of("time: invalid location name");
    }
    return knownZone(name) ? Optional.empty() : Optional.of("unknown time zone " + name);
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
      return durationError(spec.substring("@every ".length()))
          .map(error -> "failed to parse duration " + spec + ": " + error);
    }
    return Optional.of("unrecognized descriptor: " + spec);
  }

  /**
   * Go's {@code time.ParseDuration} (time/format.go), reduced to its error: an optional sign,
   * then a lone {@code 0} or numbers (digits, an optional fraction) each followed by a unit
   * ({@code ns us \u00b5s \u03bcs ms s m h}), at most 2^63-1 nanoseconds in all (2^63 when
   * negative). Its words: "time: invalid duration", "time: missing unit in duration" and
   * "time: unknown unit \"x\" in duration", each naming the text as Go's {@code time.quote}
   * does.
   */
  static Optional<String> durationError(String orig) {
    String invalid = "time: invalid duration " + timeQuote(orig);
    String s = orig;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.empty();
    }
    if (s.isEmpty()) {
      return Optional.of(invalid);
    }
    BigInteger total = BigInteger.ZERO;
    while (!s.isEmpty()) {
      char first = s.charAt(0);
      if (first != '.' && !isDigit(first)) {
        return Optional.of(invalid);
      }
      // leadingInt: digits, refused past 2^63
      int i = 0;
      BigInteger whole = BigInteger.ZERO;
      for (; i < s.length() && isDigit(s.charAt(i)); i++) {
        whole = whole.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
        if (whole.compareTo(TWO_63) > 0) {
          return Optional.of(invalid);
        }
      }
      boolean pre = i > 0;
      s = s.substring(i);
      // leadingFraction: digits after the point, those that would take it past 2^63 ignored.
      // Go's uint64 keeps a value of exactly 2^63, which this long stops one digit short of;
      // only a fraction starting 9223372036854775808 gets there, and the two agree to 18
      // digits, so the nanoseconds and the verdict are the same.
      long fraction = 0;
      double scale = 1;
      boolean post = false;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int j = 0;
        boolean overflow = false;
        for (; j < s.length() && isDigit(s.charAt(j)); j++) {
          if (overflow) {
            continue;
          }
          if (fraction > (Long.MAX_VALUE) / 10) {
            overflow = true;
            continue;
          }
          long next = fraction * 10 + (s.charAt(j) - '0');
          if (next < 0) {
            overflow = true;
            continue;
          }
          fraction = next;
          scale *= 10;
        }
        post = j > 0;
        s = s.substring(j);
      }
      if (!pre && !post) {
        return Optional.of(invalid);
      }
      int k = 0;
      while (k < s.length() && s.charAt(k) != '.' && !isDigit(s.charAt(k))) {
        k++;
      }
      if (k == 0) {
        return Optional.of("time: missing unit in duration " + timeQuote(orig));
      }
      String unitName = s.substring(0, k);
      s = s.substring(k);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        return Optional.of("time: unknown unit " + timeQuote(unitName) + " in duration "
            + timeQuote(orig));
      }
      BigInteger u = BigInteger.valueOf(unit);
      if (whole.compareTo(TWO_63.divide(u)) > 0) {
        return Optional.of(invalid);
      }
      BigInteger v = whole.multiply(u);
      if (fraction > 0) {
        v = v.add(BigInteger.valueOf((long) ((double) fraction * ((double) unit / scale))));
        if (v.compareTo(TWO_63) > 0) {
          return Optional.of(invalid);
        }
      }
      total = total.add(v);
      if (total.compareTo(TWO_63) > 0) {
        return Optional.of(invalid);
      }
    }
    if (!negative && total.compareTo(TWO_63) >= 0) {
      return Optional.of(invalid);
    }
    return Optional.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The {@code quote} of Go's time package: in double quotes, {@code "} and {@code \\} escaped,
   * every byte of a control or non-ASCII character's UTF-8 form as {@code \xNN}.
   */
  static String timeQuote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x80 || c < ' ') {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          sb.append(String.format("\\x%02x", b & 0xff));
        }
      } else {
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append((char) c);
      }
    }
    return sb.append('"').toString();
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
