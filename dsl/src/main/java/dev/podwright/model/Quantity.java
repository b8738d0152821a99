package dev.podwright.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes resource quantity such as {@code 100m}, {@code 1Gi}, {@code 1e3} or {@code 0.5},
 * with the exact semantics of apimachinery's {@code resource.Quantity}.
 *
 * <p>Parsing follows {@code resource.ParseQuantity}: the value is held exactly as a
 * {@link BigDecimal}, non-zero values are rounded up to nano precision, and the suffix decides the
 * format ({@linkplain Format#BINARY_SI binary}, {@linkplain Format#DECIMAL_SI decimal} or
 * {@linkplain Format#DECIMAL_EXPONENT exponent}). {@link #toString()} returns the text as written,
 * so manifests keep their spelling; {@link #canonical()} returns the form the API server stores
 * ({@code 1024Mi} becomes {@code 1Gi}, {@code 0.5} becomes {@code 500m}).
 *
 * <p>Quantities are equal when their values are equal, whatever their spelling:
 * {@code Quantity.parse("1Gi").equals(Quantity.parse("1024Mi"))} is true.
 */
public final class Quantity implements Comparable<Quantity> {
  /** The message the API server gives when a quantity does not parse. */
  public static final String FORMAT_ERROR =
      "quantities must match the regular expression "
          + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

  /** The message the API server gives when a quantity has an unknown suffix. */
  public static final String SUFFIX_ERROR = "unable to parse quantity's suffix";

  /** The message the API server gives when a quantity's number does not parse. */
  public static final String NUMERIC_ERROR = "unable to parse numeric part of quantity";

  private static final BigDecimal MAX_INT64 = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal BINARY_STEP = BigDecimal.valueOf(1024);
  private static final int NANO_SCALE = 9;

  /** The zero quantity. */
  public static final Quantity ZERO = new Quantity("0", BigDecimal.ZERO, Format.DECIMAL_SI);

  /** How a quantity is written, which decides its canonical form. */
  public enum Format {
    /** Powers of 1024: {@code Ki}, {@code Mi}, {@code Gi}, {@code Ti}, {@code Pi}, {@code Ei}. */
    BINARY_SI,
    /** Powers of 1000: {@code n}, {@code u}, {@code m}, none, {@code k} ... {@code E}. */
    DECIMAL_SI,
    /** An exponent: {@code 1e3}, {@code 5E-3}. */
    DECIMAL_EXPONENT
  }

  private final String text;
  private final BigDecimal value;
  private final Format format;

  private Quantity(String text, BigDecimal value, Format format) {
    this.text = text;
    this.value = value;
    this.format = format;
  }

  /**
   * Parses a quantity as the API server does.
   *
   * @throws QuantityFormatException with the API server's message if {@code text} is not a
   *     quantity
   */
  public static Quantity parse(String text) {
    requireNonNull(text, "text == null");
    int slot = (text.hashCode() * 0x9E3779B9 >>> 26) & (RECENT.length - 2); // top 6 bits: of 64
    Quantity first = RECENT[slot];
    if (first != null && first.text.equals(text)) {
      return first;
    }
    Quantity second = RECENT[slot + 1];
    if (second != null && second.text.equals(text)) {
      return second;
    }
    Quantity parsed = new Parser(text).parse();
    RECENT[slot + 1] = first;
    RECENT[slot] = parsed;
    return parsed;
  }

  // The quantities parsed last, two per pair of slots chosen by the text's hash (Fibonacci
  // hashing spreads it): a pod names the same few ("100m", "128Mi") in its DSL, defaults and
  // rules, and each parse makes BigDecimals. With one slot each and the plain hash, "128Mi" and
  // "1Gi" shared one and pushed each other out, so both were parsed every time. A Quantity is
  // immutable (final fields), so a slot read racing a write sees either quantity whole; a miss
  // only parses again.
  private static final Quantity[] RECENT = new Quantity[64];

  /** Returns the quantity of a whole number, e.g. {@code of(2)} is {@code 2}. */
  public static Quantity of(long value) {
    return fromValue(BigDecimal.valueOf(value), Format.DECIMAL_SI);
  }

  /** Returns the quantity of {@code value} in the given format, written canonically. */
  public static Quantity fromValue(BigDecimal value, Format format) {
    requireNonNull(value, "value == null");
    requireNonNull(format, "format == null");
    BigDecimal rounded = roundUpToNano(value);
    Format effective = binaryBelowOneIsDecimal(rounded, format);
    return new Quantity(canonical(rounded, effective), rounded, effective);
  }

  /** Returns the exact value. */
  public BigDecimal value() {
    return value;
  }

  /** Returns the format the quantity was written in. */
  public Format format() {
    return format;
  }

  /** Returns true if the value is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** Returns the sign of the value: -1, 0 or 1. */
  public int signum() {
    return value.signum();
  }

  /** Returns the value in thousandths, rounded up, as the API server's {@code MilliValue()}. */
  public BigInteger milliValue() {
    return value.movePointRight(3).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
  }

  /** Returns the sum, in this quantity's format (or the other's if this one is zero). */
  public Quantity add(Quantity other) {
    return fromValue(value.add(other.value), isZero() ? other.format : format);
  }

  /** Returns the difference, in this quantity's format (or the other's if this one is zero). */
  public Quantity subtract(Quantity other) {
    return fromValue(value.subtract(other.value), isZero() ? other.format : format);
  }

  /** Returns the larger of the two; this one if they are equal. */
  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns this quantity rounded up to {@code scale} decimal places (3 for milli), as the API
   * server's defaulting does with resource lists.
   */
  public Quantity roundUp(int scale) {
    if (value.scale() <= scale) {
      return this;
    }
    return fromValue(value.setScale(scale, RoundingMode.UP), format);
  }

  /** Returns true if the value is a whole number. */
  public boolean isInteger() {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Returns the canonical form the API server stores and prints, e.g. {@code 1Gi} for
   * {@code 1024Mi} or {@code 500m} for {@code 0.5}.
   */
  public String canonical() {
    return canonical(value, format);
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity && ((Quantity) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  /** Returns the quantity as written; computed quantities are written canonically. */
  @Override
  public String toString() {
    return text;
  }

  private static BigDecimal roundUpToNano(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.scale() <= NANO_SCALE) {
      return value;
    }
    if (value.precision() - value.scale() < -NANO_SCALE) {
      // Below one nano: the answer is one nano, found without dividing by a power of ten as
      // large as the exponent (1e-2147483647 would take forever).
      return BigDecimal.valueOf(value.signum(), NANO_SCALE);
    }
    return value.setScale(NANO_SCALE, RoundingMode.UP);
  }

  /** Like {@code ParseQuantity}, which checks the absolute value: {@code -0.5Ki} is decimal too. */
  private static Format binaryBelowOneIsDecimal(BigDecimal value, Format format) {
    BigDecimal abs = value.abs();
    if (format == Format.BINARY_SI && abs.signum() > 0 && abs.compareTo(BigDecimal.ONE) < 0) {
      return Format.DECIMAL_SI;
    }
    return format;
  }

  /** Mirrors {@code Quantity.CanonicalizeBytes}. */
  private static String canonical(BigDecimal value, Format format) {
    if (value.signum() == 0) {
      return "0";
    }
    if (format == Format.BINARY_SI) {
      boolean small = value.abs().compareTo(BINARY_STEP) < 0;
      boolean whole = value.stripTrailingZeros().scale() <= 0;
      String binary = !small && whole ? base1024(value.toBigIntegerExact()) : null;
      if (binary != null) {
        return binary;
      }
      format = Format.DECIMAL_SI;
    }
    return base10(value, format);
  }

  /**
   * Returns the value with a binary suffix, or null if it needs one beyond {@code Ei}: upstream
   * then falls back to the exact decimal form ({@code 2^70} is {@code 1180591620717411303424}, not
   * {@code 1024Ei}).
   */
  private static @Nullable String base1024(BigInteger amount) {
    String[] suffixes = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    BigInteger step = BigInteger.valueOf(1024);
    int exponent = 0;
    while (amount.signum() != 0 && amount.mod(step).signum() == 0) {
      if (exponent == suffixes.length - 1) {
        return null;
      }
      amount = amount.divide(step);
      exponent++;
    }
    return amount + suffixes[exponent];
  }

  private static String base10(BigDecimal value, Format format) {
    BigDecimal stripped = value.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    int exponent = -stripped.scale();
    int rest = Math.floorMod(exponent, 3);
    mantissa = mantissa.multiply(BigInteger.TEN.pow(rest));
    exponent -= rest;
    if (format == Format.DECIMAL_EXPONENT) {
      return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
    }
    String suffix = decimalSuffix(exponent);
    return suffix != null ? mantissa + suffix : mantissa + "e" + exponent;
  }

  private static String decimalSuffix(int exponent) {
    switch (exponent) {
      case -9: return "n";
      case -6: return "u";
      case -3: return "m";
      case 0: return "";
      case 3: return "k";
      case 6: return "M";
      case 9: return "G";
      case 12: return "T";
      case 15: return "P";
      case 18: return "E";
      default: return null;
    }
  }

  /** A port of apimachinery's {@code parseQuantityString} and {@code ParseQuantity}. */
  private static final class Parser {
    private static final String SUFFIX_CHARS = "eEinumkKMGTP";
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Quantity parse() {
      if (text.isEmpty()) {
        throw new QuantityFormatException(text, FORMAT_ERROR);
      }
      int end = text.length();
      if (text.charAt(0) == '-' || text.charAt(0) == '+') {
        pos++;
      }
      int numberStart = pos;
      while (pos < end && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos < end && text.charAt(pos) == '.') {
        pos++;
        while (pos < end && isDigit(text.charAt(pos))) {
          pos++;
        }
      }
      String number = text.substring(0, pos);
      boolean hasDigits = pos > numberStart && !text.substring(numberStart, pos).equals(".");
      int suffixStart = pos;
      while (pos < end && SUFFIX_CHARS.indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
        pos++;
      }
      while (pos < end && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos < end) {
        throw new QuantityFormatException(text, FORMAT_ERROR);
      }
      String suffix = text.substring(suffixStart);
      BigDecimal base = hasDigits ? decimal(number) : BigDecimal.ZERO;
      return build(base, suffix);
    }

    private BigDecimal decimal(String number) {
      String digits = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
      if (digits.startsWith("+")) {
        digits = digits.substring(1);
      }
      try {
        return new BigDecimal(digits);
      } catch (NumberFormatException e) {
        throw new QuantityFormatException(text, NUMERIC_ERROR);
      }
    }

    private Quantity build(BigDecimal base, String suffix) {
      Format format;
      BigDecimal value;
      int binary = binaryExponent(suffix);
      Integer decimal = decimalExponent(suffix);
      if (binary >= 0) {
        format = Format.BINARY_SI;
        value = new BigDecimal(new BigDecimal(base.unscaledValue()).multiply(
            new BigDecimal(BigInteger.ONE.shiftLeft(binary))).toBigIntegerExact(), base.scale());
      } else if (decimal != null) {
        format = Format.DECIMAL_SI;
        value = base.scaleByPowerOfTen(decimal);
      } else if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
        int exponent;
        try {
          exponent = Integer.parseInt(suffix.substring(1));
        } catch (NumberFormatException e) {
          throw new QuantityFormatException(text, SUFFIX_ERROR);
        }
        // Upstream keeps the exponent in an int32 scale that it negates, so -2^31 is out of range.
        if (exponent == Integer.MIN_VALUE) {
          throw new QuantityFormatException(text, SUFFIX_ERROR);
        }
        format = Format.DECIMAL_EXPONENT;
        try {
          value = base.scaleByPowerOfTen(exponent);
        } catch (ArithmeticException e) {
          // The exponent fits an int but the value's scale does not, e.g. 1.5e-2147483647.
          throw new QuantityFormatException(text, SUFFIX_ERROR);
        }
      } else {
        throw new QuantityFormatException(text, SUFFIX_ERROR);
      }
      value = roundUpToNano(value);
      // The cap applies to the absolute value: -9Ei becomes -(2^63 - 1), like 9Ei.
      if (format == Format.BINARY_SI && value.abs().compareTo(MAX_INT64) > 0) {
        value = value.signum() < 0 ? MAX_INT64.negate() : MAX_INT64;
      }
      format = binaryBelowOneIsDecimal(value, format);
      return new Quantity(text, value, format);
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

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
