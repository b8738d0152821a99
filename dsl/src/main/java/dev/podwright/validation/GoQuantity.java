package dev.podwright.validation;

/**
 * Go's {@code %#v} of the {@code resource.Quantity} that apimachinery's {@code ParseQuantity}
 * returns for a quantity's text: how a {@code field.Invalid} whose value is a Quantity struct
 * (not a pointer, so not a {@code fmt.Stringer}) prints up to apimachinery v0.33, e.g.
 * {@code resource.Quantity{i:resource.int64Amount{value:500, scale:-3},
 * d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}}.
 *
 * <p>A port of {@code parseQuantityString} and the int64 fast path of {@code ParseQuantity}
 * (api/resource/quantity.go, the same in apimachinery v0.27.4 and v0.30.3 as vendored by
 * ceph/ceph-csi, b2fdc269 and fb9403e8): {@code s} caches the text only when it is already
 * canonical. Decoding, defaulting (limits copied to requests by {@code DeepCopy}) and
 * conversion keep the struct as parsed: the v1.27.4 and v1.30.3 validation code, run on those
 * trees, prints it so. Values that take the {@code inf.Dec} path hold a pointer, whose address
 * is unknowable: {@link #goSyntax} returns null for them.
 */
final class GoQuantity {
  private static final int MAX_INT64_FACTORS = 18;
  private static final int NANO = -9;

  private GoQuantity() {
  }

  /** The {@code %#v} of {@code ParseQuantity(text)}, or null if unknowable or not parsed. */
  static String goSyntax(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals("0")) {
      return render(0, 0, text, "DecimalSI");
    }
    boolean positive = true;
    int pos = 0;
    int end = text.length();
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      positive = text.charAt(0) != '-';
      pos++;
    }
    while (pos < end && text.charAt(pos) == '0') {
      pos++;
    }
    int numStart = pos;
    while (pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    String num = pos == numStart ? "0" : text.substring(numStart, pos);
    String denom = "";
    if (pos < end && text.charAt(pos) == '.') {
      int denomStart = ++pos;
      while (pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      denom = text.substring(denomStart, pos);
    }
    return fastPath(text, positive, num, denom, text.substring(pos));
  }

  /** {@code ParseQuantity} after {@code parseQuantityString}: the int64 case, or null. */
  private static String fastPath(String text, boolean positive, String num, String denom,
      String suffix) {
    String format;
    int exponent;
    int precision;
    long mantissa = 1;
    int binary = binaryExponent(suffix);
    Integer decimal = decimalExponent(suffix);
    if (binary >= 0) {
      format = "BinarySI";
      exponent = binary;
      if (denom.isEmpty()) {
        mantissa = 1L << exponent;
        precision = 15 - num.length() - (int) ((float) exponent * 3 / 10) - 1;
      } else {
        precision = -1;
      }
    } else if (decimal != null) {
      format = "DecimalSI";
      exponent = decimal;
      precision = MAX_INT64_FACTORS - (num.length() + denom.length());
    } else if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      try {
        exponent = Integer.parseInt(suffix.substring(1));
      } catch (NumberFormatException e) {
        return null;
      }
      format = "DecimalExponent";
      precision = MAX_INT64_FACTORS - (num.length() + denom.length());
    } else {
      return null;
    }
    int scale = format.equals("BinarySI") ? 0 : exponent;
    if (precision < 0) {
      return null;
    }
    scale -= denom.length();
    if (scale < NANO) {
      return null;
    }
    String shifted = num + denom;
    long result;
    try {
      result = Math.multiplyExact(Long.parseLong(shifted), mantissa);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    long value = Long.parseLong(shifted);
    boolean canonical = format.equals("BinarySI")
        ? exponent % 10 == 0 && (value & 0x07) != 0
        : scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
    return render(positive ? result : -result, scale, canonical ? text : "", format);
  }

  private static String render(long value, int scale, String cached, String format) {
    return "resource.Quantity{i:resource.int64Amount{value:" + value + ", scale:" + scale
        + "}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:" + GoValues.quote(cached)
        + ", Format:\"" + format + "\"}";
  }

  private static int binaryExponent(String suffix) {
    switch (suffix) {
      case "Ki": return 10;
      case "Mi": return 20;
      case "Gi": return 30;
      case "Ti": return 40;
      case "Pi": return 50;
      case "Ei": return 60;
      default: return -1;
    }
  }

  private static Integer decimalExponent(String suffix) {
    switch (suffix) {
      case "n": return -9;
      case "u": return -6;
      case "m": return -3;
      case "": return 0;
      case "k": return 3;
      case "M": return 6;
      case "G": return 9;
      case "T": return 12;
      case "P": return 15;
      case "E": return 18;
      default: return null;
    }
  }
}
