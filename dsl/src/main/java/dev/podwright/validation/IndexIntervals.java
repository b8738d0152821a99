package dev.podwright.validation;

/**
 * The compressed index lists of Indexed Jobs ({@code "1,3-5,7"}), parsed as
 * {@code validateIndexesFormat} and {@code parseIndexInterval} of
 * {@code pkg/apis/batch/validation} parse them, with their error words.
 */
final class IndexIntervals {
  private IndexIntervals() {}

  /**
   * Returns how many indexes {@code indexes} names, each below {@code completions}, in strictly
   * increasing intervals.
   *
   * @throws IllegalArgumentException with the server's message when the list does not parse
   */
  static long count(String indexes, int completions) {
    if (indexes.isEmpty()) {
      return 0;
    }
    Long last = null;
    long total = 0;
    for (String interval : indexes.split(",", -1)) {
      long[] xy = interval(interval, completions);
      if (last != null && last >= xy[0]) {
        throw new IllegalArgumentException(
            "non-increasing order, previous: " + last + ", current: " + xy[0]);
      }
      total += xy[1] - xy[0] + 1;
      last = xy[1];
    }
    return total;
  }

  private static long[] interval(String interval, int completions) {
    String[] limits = interval.split("-", -1);
    if (limits.length > 2) {
      throw new IllegalArgumentException("the fragment " + GoValues.quote(interval)
          + " violates the requirement that an index interval can have at most two parts"
          + " separated by '-'");
    }
    long x = atoi(limits[0]);
    if (x >= completions) {
      throw new IllegalArgumentException("too large index: " + GoValues.quote(limits[0]));
    }
    if (limits.length == 1) {
      return new long[] {x, x};
    }
    long y = atoi(limits[1]);
    if (y >= completions) {
      throw new IllegalArgumentException("too large index: " + GoValues.quote(limits[1]));
    }
    if (x >= y) {
      throw new IllegalArgumentException("non-increasing order, previous: " + x + ", current: " + y);
    }
    return new long[] {x, y};
  }

  /** Go's {@code strconv.Atoi}: an optional sign, then decimal digits, within 64 bits. */
  private static long atoi(String s) {
    if (!s.matches("[+-]?[0-9]+")) {
      throw new IllegalArgumentException(
          "cannot convert string to integer for index: " + GoValues.quote(s));
    }
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "cannot convert string to integer for index: " + GoValues.quote(s), e);
    }
  }
}
