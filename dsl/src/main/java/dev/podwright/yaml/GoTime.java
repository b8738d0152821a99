package dev.podwright.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Go's {@code time.Parse(time.RFC3339, s)}, which {@code metav1.Time}'s JSON decoding calls for
 * {@code metadata.creationTimestamp} and the other {@code Time} fields: whether the server's
 * decoder takes a string, and if not the error it prints, e.g. {@code parsing time "a/b/c" as
 * "2006-01-02T15:04:05Z07:00": cannot parse "a/b/c" as "2006"}.
 *
 * <p>A port of the layout walk of Go's {@code time.parse} (src/time/format.go) for the one
 * layout, on the string's UTF-8 bytes as Go sees them: a four-digit year, a two-digit month and
 * day, a one- or two-digit hour, two-digit minutes and seconds, an optional fraction after a
 * period or comma, then {@code Z} or a {@code ±hh:mm} offset; ranges are checked as Go checks
 * them (the day against its month after the whole walk, an offset hour up to 24). The messages
 * were compared with Go 1.23's for the cases of {@code GoTimeTest}.
 */
final class GoTime {
  static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

  private final byte[] value;
  private int pos;

  private GoTime(byte[] value) {
    this.value = value;
  }

  /** The error {@code time.Parse(time.RFC3339, s)} returns, or empty when it parses. */
  static Optional<String> parseError(String s) {
    return new GoTime(s.getBytes(StandardCharsets.UTF_8)).walk();
  }

  private Optional<String> walk() {
    int year = number(4, "2006");
    if (year < 0) {
      return cannotParse("2006");
    }
    if (!literal('-')) {
      return cannotParse("-");
    }
    int month = number(2, "01");
    if (month < 0) {
      return cannotParse("01");
    }
    if (month == 0 || month > 12) {
      return outOfRange("month");
    }
    if (!literal('-')) {
      return cannotParse("-");
    }
    int day = number(2, "02");
    if (day < 0) {
      return cannotParse("02");
    }
    if (!literal('T')) {
      return cannotParse("T");
    }
    int hour = number(1, "15");
    if (hour < 0) {
      return cannotParse("15");
    }
    if (hour >= 24) {
      return outOfRange("hour");
    }
    if (!literal(':')) {
      return cannotParse(":");
    }
    int minute = number(2, "04");
    if (minute < 0) {
      return cannotParse("04");
    }
    if (minute >= 60) {
      return outOfRange("minute");
    }
    if (!literal(':')) {
      return cannotParse(":");
    }
    int second = number(2, "05");
    if (second < 0) {
      return cannotParse("05");
    }
    if (second >= 60) {
      return outOfRange("second");
    }
    if (value.length - pos >= 2 && (value[pos] == '.' || value[pos] == ',')
        && isDigit(pos + 1)) {
      pos += 2;
      while (pos < value.length && isDigit(pos)) {
        pos++;
      }
    }
    Optional<String> zone = zone();
    if (zone.isPresent()) {
      return zone;
    }
    if (pos < value.length) {
      return Optional.of("parsing time " + quote(value, 0) + ": extra text: " + quote(value, pos));
    }
    if (day < 1 || day > daysIn(month, year)) {
      return outOfRange("day");
    }
    return Optional.empty();
  }

  /** {@code Z07:00}: {@code Z}, or a sign, two digits, a colon and two digits. */
  private Optional<String> zone() {
    if (pos < value.length && value[pos] == 'Z') {
      pos++;
      return Optional.empty();
    }
    if (value.length - pos < 6 || value[pos + 3] != ':') {
      return cannotParse("Z07:00");
    }
    int hours = twoDigits(pos + 1);
    int minutes = hours < 0 ? -1 : twoDigits(pos + 4);
    // Go tests the ranges before the sign and the digits, with > rather than >=; the minute's
    // verdict, set last, wins.
    if (minutes > 60) {
      return outOfRange("time zone offset minute");
    }
    if (hours > 24) {
      return outOfRange("time zone offset hour");
    }
    if (minutes < 0 || (value[pos] != '+' && value[pos] != '-')) {
      return cannotParse("Z07:00");
    }
    pos += 6;
    return Optional.empty();
  }

  /**
   * Go's {@code getnum} (two digits, or one where {@code minDigits} is 1) or, for the year, four
   * digits; -1 when the text there is not such a number, leaving the position where it was.
   */
  private int number(int minDigits, String element) {
    if (element.equals("2006")) {
      if (value.length - pos < 4) {
        return -1;
      }
      int year = 0;
      for (int i = pos; i < pos + 4; i++) {
        if (!isDigit(i)) {
          return -1;
        }
        year = year * 10 + (value[i] - '0');
      }
      pos += 4;
      return year;
    }
    if (!isDigit(pos)) {
      return -1;
    }
    if (!isDigit(pos + 1)) {
      if (minDigits == 2) {
        return -1;
      }
      return value[pos++] - '0';
    }
    int n = (value[pos] - '0') * 10 + (value[pos + 1] - '0');
    pos += 2;
    return n;
  }

  private int twoDigits(int at) {
    return isDigit(at) && isDigit(at + 1) ? (value[at] - '0') * 10 + (value[at + 1] - '0') : -1;
  }

  private boolean literal(char c) {
    if (pos < value.length && value[pos] == c) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean isDigit(int at) {
    return at < value.length && value[at] >= '0' && value[at] <= '9';
  }

  private Optional<String> cannotParse(String element) {
    return Optional.of("parsing time " + quote(value, 0) + " as \"" + RFC3339
        + "\": cannot parse " + quote(value, pos) + " as \"" + element + "\"");
  }

  private Optional<String> outOfRange(String what) {
    return Optional.of("parsing time " + quote(value, 0) + ": " + what + " out of range");
  }

  private static int daysIn(int month, int year) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * The time package's own {@code quote}: printable ASCII as is ({@code "} and {@code \}
   * escaped), every other byte as {@code \xNN}.
   */
  private static String quote(byte[] bytes, int from) {
    StringBuilder sb = new StringBuilder(bytes.length - from + 2).append('"');
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0x80 || b < ' ') {
        sb.append(String.format("\\x%02x", b));
      } else {
        if (b == '"' || b == '\\') {
          sb.append('\\');
        }
        sb.append((char) b);
      }
    }
    return sb.append('"').toString();
  }
}
