package dev.podwright.model;

import static dev.podwright.model.Quantity.Format.BINARY_SI;
import static dev.podwright.model.Quantity.Format.DECIMAL_EXPONENT;
import static dev.podwright.model.Quantity.Format.DECIMAL_SI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quantity against apimachinery's own tables ({@code resource/quantity_test.go}: TestQuantityParse,
 * TestQuantityString, TestQuantityParseEmit, TestQuantityCmp, TestQuantityRoundUp and the invalid
 * inputs), ported case by case with the exact expected values and canonical strings.
 */
class QuantityTest {

  /** TestQuantityParse: input, exact value, format; every case also parsed with - and +. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "0, 0, DECIMAL_SI", "0n, 0, DECIMAL_SI", "0u, 0, DECIMAL_SI", "0m, 0, DECIMAL_SI",
      "0Ki, 0, BINARY_SI", "0k, 0, DECIMAL_SI", "0Mi, 0, BINARY_SI", "0M, 0, DECIMAL_SI",
      "0Gi, 0, BINARY_SI", "0G, 0, DECIMAL_SI", "0Ti, 0, BINARY_SI", "0T, 0, DECIMAL_SI",
      // Quantity-less numbers are allowed
      "1, 1, DECIMAL_SI",
      // Binary suffixes
      "1Ki, 1024, BINARY_SI", "8Ki, 8192, BINARY_SI", "7Mi, 7340032, BINARY_SI",
      "6Gi, 6442450944, BINARY_SI", "5Ti, 5497558138880, BINARY_SI",
      "4Pi, 4503599627370496, BINARY_SI", "3Ei, 3458764513820540928, BINARY_SI",
      "10Ti, 10995116277760, BINARY_SI", "100Ti, 109951162777600, BINARY_SI",
      // Decimal suffixes
      "5n, 5e-9, DECIMAL_SI", "4u, 4e-6, DECIMAL_SI", "3m, 3e-3, DECIMAL_SI", "9, 9, DECIMAL_SI",
      "8k, 8e3, DECIMAL_SI", "50k, 5e4, DECIMAL_SI", "7M, 7e6, DECIMAL_SI", "6G, 6e9, DECIMAL_SI",
      "5T, 5e12, DECIMAL_SI", "40T, 4e13, DECIMAL_SI", "300T, 3e14, DECIMAL_SI",
      "2P, 2e15, DECIMAL_SI", "1E, 1e18, DECIMAL_SI",
      // Decimal exponents
      "1E-3, 1e-3, DECIMAL_EXPONENT", "1e3, 1e3, DECIMAL_EXPONENT", "1E6, 1e6, DECIMAL_EXPONENT",
      "1e9, 1e9, DECIMAL_EXPONENT", "1E12, 1e12, DECIMAL_EXPONENT",
      "1e15, 1e15, DECIMAL_EXPONENT", "1E18, 1e18, DECIMAL_EXPONENT",
      // Nonstandard but still parsable
      "1e14, 1e14, DECIMAL_EXPONENT", "1e13, 1e13, DECIMAL_EXPONENT",
      "100.035k, 100035, DECIMAL_SI",
      // Things that look like floating point
      "0.001, 1e-3, DECIMAL_SI", "0.0005k, 5e-1, DECIMAL_SI", "0.005, 5e-3, DECIMAL_SI",
      "0.05, 5e-2, DECIMAL_SI", "0.5, 5e-1, DECIMAL_SI", "0.00050k, 5e-1, DECIMAL_SI",
      "0.00500, 5e-3, DECIMAL_SI", "0.05000, 5e-2, DECIMAL_SI", "0.50000, 5e-1, DECIMAL_SI",
      "0.5e0, 5e-1, DECIMAL_EXPONENT", "0.5e-1, 5e-2, DECIMAL_EXPONENT",
      "0.5e-2, 5e-3, DECIMAL_EXPONENT", "10.035M, 10035e3, DECIMAL_SI",
      "1.2e3, 12e2, DECIMAL_EXPONENT", "1.3E+6, 13e5, DECIMAL_EXPONENT",
      "1.40e9, 14e8, DECIMAL_EXPONENT", "1.53E12, 153e10, DECIMAL_EXPONENT",
      "1.6e15, 16e14, DECIMAL_EXPONENT", "1.7E18, 17e17, DECIMAL_EXPONENT",
      "9.01, 901e-2, DECIMAL_SI", "8.1k, 81e2, DECIMAL_SI", "7.123456M, 7123456, DECIMAL_SI",
      "6.987654321G, 6987654321, DECIMAL_SI", "5.444T, 5444e9, DECIMAL_SI",
      "40.1T, 401e11, DECIMAL_SI", "300.2T, 3002e11, DECIMAL_SI", "2.5P, 25e14, DECIMAL_SI",
      "1.01E, 101e16, DECIMAL_SI",
      // Things that saturate or round (up, to nano)
      "3.001n, 4e-9, DECIMAL_SI", "1.1E-9, 2e-9, DECIMAL_EXPONENT",
      "0.0000000001, 1e-9, DECIMAL_SI", "0.0000000005, 1e-9, DECIMAL_SI",
      "0.00000000050, 1e-9, DECIMAL_SI", "0.5e-9, 1e-9, DECIMAL_EXPONENT",
      "0.9n, 1e-9, DECIMAL_SI", "0.00000012345, 124e-9, DECIMAL_SI",
      "0.00000012354, 124e-9, DECIMAL_SI", "9Ei, 9223372036854775807, BINARY_SI",
      "9223372036854775807Ki, 9223372036854775807, BINARY_SI", "12E, 12e18, DECIMAL_SI",
      // Fractional binary quantities
      "100.035Ki, 10243584e-2, BINARY_SI", "0.5Mi, 524288, BINARY_SI",
      "0.05Gi, 536870912e-1, BINARY_SI", "0.025Ti, 274877906944e-1, BINARY_SI",
      // Things written by trolls
      "0.000000000001Ki, 2e-9, DECIMAL_SI", ".001, 1e-3, DECIMAL_SI", ".0001k, 100e-3, DECIMAL_SI",
      "1., 1, DECIMAL_SI", "1.G, 1e9, DECIMAL_SI",
      // Beyond the upstream table: exponents at the edge of the int32 scale
      "1e-2147483647, 1e-9, DECIMAL_EXPONENT"})
  void parsesLikeApimachinery(String input, BigDecimal value, Format format) {
    Quantity q = Quantity.parse(input);
    assertThat(q.value()).isEqualByComparingTo(value);
    assertThat(q.format()).isEqualTo(format);
    assertThat(q.toString()).isEqualTo(input);

    Quantity negative = Quantity.parse("-" + input);
    assertThat(negative.value()).isEqualByComparingTo(value.negate());
    assertThat(negative.format()).isEqualTo(format);

    Quantity positive = Quantity.parse("+" + input);
    assertThat(positive.value()).isEqualByComparingTo(value);
    assertThat(positive.format()).isEqualTo(format);
  }

  /**
   * TestQuantityString: a value (unscaled, exponent, format), its canonical form, and another
   * spelling that parses to the same canonical form; negative values print with a leading minus.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource({
      "1073741824, 0, BINARY_SI, 1Gi, 1024Mi",
      "314572800, 0, BINARY_SI, 300Mi, 307200Ki",
      "6144, 0, BINARY_SI, 6Ki, ''",
      "1074815565824, 0, BINARY_SI, 1001Gi, 1025024Mi",
      "1099511627776, 0, BINARY_SI, 1Ti, 1024Gi",
      "5, 0, BINARY_SI, 5, 5000m",
      "500, -3, BINARY_SI, 500m, 0.5",
      "1, 9, DECIMAL_SI, 1G, 1000M",
      "1000, 6, DECIMAL_SI, 1G, 0.001T",
      "1000000, 3, DECIMAL_SI, 1G, ''",
      "1000000000, 0, DECIMAL_SI, 1G, ''",
      "1, -3, DECIMAL_SI, 1m, 1000u",
      "80, -3, DECIMAL_SI, 80m, ''",
      "1080, -3, DECIMAL_SI, 1080m, 1.08",
      "108, -2, DECIMAL_SI, 1080m, 1080000000n",
      "10800, -4, DECIMAL_SI, 1080m, ''",
      "300, 6, DECIMAL_SI, 300M, ''",
      "1, 12, DECIMAL_SI, 1T, ''",
      // No decimal suffix beyond E: exponent notation, never a dropped magnitude
      "1, 18, DECIMAL_SI, 1E, ''",
      "1, 21, DECIMAL_SI, 1e21, 1000E",
      "5, 21, DECIMAL_SI, 5e21, 5000E",
      "1, 24, DECIMAL_SI, 1e24, 1000000E",
      // No binary suffix beyond Ei: the exact decimal form
      "1, 70, BINARY_SI, 10e69, ''",
      "2, 70, BINARY_SI, 20e69, ''",
      "1, 72, BINARY_SI, 1e72, ''",
      "1234567, 6, DECIMAL_SI, 1234567M, ''",
      "1234567, -3, BINARY_SI, 1234567m, ''",
      "3, 3, DECIMAL_SI, 3k, ''",
      "1025, 0, BINARY_SI, 1025, ''",
      "0, 0, DECIMAL_SI, 0, ''",
      "0, 0, BINARY_SI, 0, ''",
      "1, 9, DECIMAL_EXPONENT, 1e9, .001e12",
      "1, -3, DECIMAL_EXPONENT, 1e-3, 0.001e0",
      "1, -9, DECIMAL_EXPONENT, 1e-9, 1000e-12",
      "80, -3, DECIMAL_EXPONENT, 80e-3, ''",
      "300, 6, DECIMAL_EXPONENT, 300e6, ''",
      "1, 12, DECIMAL_EXPONENT, 1e12, ''",
      "1, 3, DECIMAL_EXPONENT, 1e3, ''",
      "3, 3, DECIMAL_EXPONENT, 3e3, ''",
      "3, 3, DECIMAL_SI, 3k, ''",
      "0, 0, DECIMAL_EXPONENT, 0, 00",
      "1, -9, DECIMAL_SI, 1n, ''",
      "80, -9, DECIMAL_SI, 80n, ''",
      "1080, -9, DECIMAL_SI, 1080n, ''",
      "108, -8, DECIMAL_SI, 1080n, ''",
      "10800, -10, DECIMAL_SI, 1080n, ''",
      "1, -6, DECIMAL_SI, 1u, ''",
      "80, -6, DECIMAL_SI, 80u, ''",
      "1080, -6, DECIMAL_SI, 1080u, ''"})
  void canonicalFormMatchesApimachinery(
      long unscaled, int exponent, Format format, String canonical, String alternate) {
    BigDecimal value = BigDecimal.valueOf(unscaled).scaleByPowerOfTen(exponent);
    Quantity q = Quantity.fromValue(value, format);
    assertThat(q.canonical()).isEqualTo(canonical);
    assertThat(q.toString()).isEqualTo(canonical);

    Quantity reparsed = Quantity.parse(canonical);
    assertThat(reparsed).isEqualTo(q);
    assertThat(reparsed.canonical()).isEqualTo(canonical);
    if (!alternate.isEmpty()) {
      Quantity other = Quantity.parse(alternate);
      assertThat(other.canonical()).isEqualTo(canonical);
      assertThat(other.toString()).isEqualTo(alternate);
    }
    if (unscaled != 0) {
      assertThat(Quantity.fromValue(value.negate(), format).canonical())
          .isEqualTo("-" + canonical);
    }
  }

  /** TestQuantityParseEmit, with the negated inputs. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1Ki, 1Ki", "1Mi, 1Mi", "1Gi, 1Gi", "1024Mi, 1Gi", "1000M, 1G", ".001Ki, 1024m",
      ".000001Ki, 1024u", ".000000001Ki, 1024n", ".000000000001Ki, 2n",
      // Kubernetes' everyday spellings
      "100m, 100m", "0.5, 500m", "1e3, 1e3", "1000, 1k", "1500Mi, 1500Mi", "2048Ki, 2Mi",
      "0.1, 100m", "1.5Gi, 1536Mi", "128974848, 128974848", "129e6, 129e6", "123Mi, 123Mi"})
  void parseThenCanonicalize(String input, String canonical) {
    assertThat(Quantity.parse(input).canonical()).isEqualTo(canonical);
    assertThat(Quantity.parse("-" + input).canonical()).isEqualTo("-" + canonical);
  }

  @Test
  void binaryValueGrownPastExbiByArithmeticKeepsItsMagnitude() {
    Quantity q = Quantity.parse("4Ei"); // 2^62, below the parse cap
    for (int i = 0; i < 8; i++) {
      q = q.add(q); // arithmetic is not capped
    }
    assertThat(q.value()).isEqualByComparingTo(new BigDecimal(BigInteger.TWO.pow(70)));
    assertThat(q.canonical()).isEqualTo("1180591620717411303424");
    assertThat(Quantity.parse(q.canonical())).isEqualTo(q);
  }

  @Test
  void binaryBelowOneBecomesDecimalWhateverTheSign() {
    assertThat(Quantity.parse("0.000000000001Ki").format()).isEqualTo(DECIMAL_SI);
    assertThat(Quantity.parse("-0.000000000001Ki").format()).isEqualTo(DECIMAL_SI);
    assertThat(Quantity.parse("-0.0005Ki").format()).isEqualTo(DECIMAL_SI);
    assertThat(Quantity.parse("-0.0005Ki").canonical()).isEqualTo("-512m");
    assertThat(Quantity.parse("-0.5Ki").format()).isEqualTo(BINARY_SI);
    assertThat(Quantity.parse("-0.5Ki").canonical()).isEqualTo("-512");
  }

  @Test
  void binaryQuantitiesAreCappedAtTheLargestInt64BothWays() {
    assertThat(Quantity.parse("9Ei").value()).isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE));
    assertThat(Quantity.parse("-9Ei").value()).isEqualTo(BigDecimal.valueOf(-Long.MAX_VALUE));
    assertThat(Quantity.parse("9Ei").canonical()).isEqualTo("9223372036854775807");
  }

  @Test
  void hugeExponentsStayExactAndFast() {
    assertThat(Quantity.parse("1e2147483647").canonical()).isEqualTo("10e2147483646");
    assertThat(Quantity.parse("1e-2147483647").canonical()).isEqualTo("1e-9");
    assertThat(Quantity.parse("-1e-2147483647").canonical()).isEqualTo("-1e-9");
    assertThat(Quantity.parse("1n").add(Quantity.parse("1e-2147483647")).canonical())
        .isEqualTo("2n");
  }

  /** TestQuantityParse's invalid inputs that do not match the quantity syntax at all. */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "", "1.1.M", "1+1.0M", "0.1am", "aoeu", " 1", "1 ", "1Gb", "1KI", "1_000"})
  void rejectsMalformedQuantitiesWithTheServersMessage(String input) {
    assertThatThrownBy(() -> Quantity.parse(input))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
        .satisfies(e -> assertThat(((QuantityFormatException) e).input()).isEqualTo(input));
  }

  /** TestQuantityParse's invalid suffixes and TestInterpretExponentInt32Bounds' exponents. */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0.1mi", ".5i", "1i", "-3.01i", "-3.01e-", "1e4294967297",
      "1E2147483648", "1E-2147483648", "1E9223372036854775807", "1.5e-2147483647", "1e", "1mm",
      "1Kii"})
  void rejectsUnknownSuffixesWithTheServersMessage(String input) {
    assertThatThrownBy(() -> Quantity.parse(input))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("unable to parse quantity's suffix")
        .satisfies(e -> assertThat(((QuantityFormatException) e).input()).isEqualTo(input));
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Quantity.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text == null");
  }

  /** TestQuantityCmp, and equality across spellings. */
  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
      "0, 0, 0", "100m, 50m, 1", "50m, 100m, -1", "10000T, 100Gi, 1", "1Gi, 1024Mi, 0",
      "0.5, 500m, 0", "1e3, 1k, 0", "1000m, 1, 0", "1Ki, 1k, 1", "-1, 0, -1", "0Mi, 0m, 0"})
  void comparesByValueWhateverTheSpelling(String x, String y, int expected) {
    Quantity a = Quantity.parse(x);
    Quantity b = Quantity.parse(y);
    assertThat(a.compareTo(b)).isEqualTo(expected);
    assertThat(b.compareTo(a)).isEqualTo(-expected);
    assertThat(a.equals(b)).isEqualTo(expected == 0);
    if (expected == 0) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  /** TestQuantityRoundUp: upstream's scale -3 is three decimal places here. */
  @ParameterizedTest(name = "{0} to {1} places")
  @CsvSource({
      "9.01, 3, 9.01", "9.01, 2, 9.01", "9.01, 1, 9.1", "9.01, 0, 10", "9.01, -1, 10",
      "9.01, -2, 100", "-9.01, 3, -9.01", "-9.01, 2, -9.01", "-9.01, 1, -9.1", "-9.01, 0, -10",
      "-9.01, -1, -10", "-9.01, -2, -100", "1.0001m, 3, 2m"})
  void roundsUpAwayFromZero(String input, int places, String expected) {
    assertThat(Quantity.parse(input).roundUp(places)).isEqualTo(Quantity.parse(expected));
  }

  /** TestQuantityAddZeroPreservesSuffix and TestQuantitySubZeroPreservesSuffix. */
  @ParameterizedTest
  @CsvSource({"100m", "1Gi"})
  void addingOrSubtractingZeroKeepsTheFormat(String input) {
    Quantity value = Quantity.parse(input);
    Quantity zero = Quantity.parse("0");
    assertThat(value.add(zero).canonical()).isEqualTo(input);
    assertThat(zero.add(value).canonical()).isEqualTo(input);
    assertThat(value.subtract(zero).canonical()).isEqualTo(input);
    assertThat(zero.subtract(value).canonical()).isEqualTo("-" + input);
  }

  @Test
  void arithmeticIsExact() {
    assertThat(Quantity.parse("100m").add(Quantity.parse("900m")).canonical()).isEqualTo("1");
    assertThat(Quantity.parse("1Gi").add(Quantity.parse("512Mi")).canonical())
        .isEqualTo("1536Mi");
    assertThat(Quantity.parse("1").subtract(Quantity.parse("250m")).canonical())
        .isEqualTo("750m");
    assertThat(Quantity.parse("0.1").add(Quantity.parse("0.2")))
        .isEqualTo(Quantity.parse("300m"));
    assertThat(Quantity.parse("1Gi").max(Quantity.parse("1G"))).hasToString("1Gi");
    assertThat(Quantity.parse("1k").max(Quantity.parse("1e3"))).hasToString("1k");
    assertThat(Quantity.of(2).canonical()).isEqualTo("2");
    assertThat(Quantity.ZERO.isZero()).isTrue();
  }

  @Test
  void milliValueRoundsUp() {
    assertThat(Quantity.parse("100m").milliValue()).isEqualTo(BigInteger.valueOf(100));
    assertThat(Quantity.parse("0.5").milliValue()).isEqualTo(BigInteger.valueOf(500));
    assertThat(Quantity.parse("1.0001m").milliValue()).isEqualTo(BigInteger.valueOf(2));
    assertThat(Quantity.parse("1Ki").milliValue()).isEqualTo(BigInteger.valueOf(1024000));
  }

  @Test
  void keepsTheSpellingButComparesByValue() {
    Quantity q = Quantity.parse("1024Mi");
    assertThat(q.toString()).isEqualTo("1024Mi");
    assertThat(q.canonical()).isEqualTo("1Gi");
    assertThat(q).isEqualTo(Quantity.parse("1Gi"));
    assertThat(q.isInteger()).isTrue();
    assertThat(Quantity.parse("1500m").isInteger()).isFalse();
    assertThat(Quantity.parse("-3").signum()).isEqualTo(-1);
    assertThat(Quantity.fromValue(new BigDecimal("0.5"), BINARY_SI).format())
        .isEqualTo(DECIMAL_SI);
    assertThat(Quantity.fromValue(new BigDecimal("1e3"), DECIMAL_EXPONENT).canonical())
        .isEqualTo("1e3");
  }
}
