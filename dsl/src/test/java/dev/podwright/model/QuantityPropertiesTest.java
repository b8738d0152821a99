package dev.podwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Quantity.Format;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Algebraic properties of {@link Quantity} over generated values. */
class QuantityPropertiesTest {

  @Property
  void canonicalFormParsesBackToTheSameQuantity(@ForAll("quantities") Quantity q) {
    Quantity back = Quantity.parse(q.canonical());
    assertThat(back).isEqualTo(q);
    assertThat(back.hashCode()).isEqualTo(q.hashCode());
    // The text may change once, as upstream's does: a binary 2000 prints as "2000", which parses
    // as decimal and prints as "2k". After that it is a fixed point.
    String settled = back.canonical();
    assertThat(Quantity.parse(settled).canonical()).isEqualTo(settled);
    if (q.format() != Format.BINARY_SI) {
      assertThat(settled).isEqualTo(q.canonical());
    }
  }

  @Property
  void spellingDoesNotChangeTheValue(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long n,
      @ForAll @IntRange(min = 0, max = 5) int step) {
    String[] decimal = {"", "k", "M", "G", "T", "P"};
    String[] binary = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
    assertThat(Quantity.parse(n + decimal[step]).value())
        .isEqualByComparingTo(BigDecimal.valueOf(n).scaleByPowerOfTen(3 * step));
    assertThat(Quantity.parse(n + "e" + (3 * step)))
        .isEqualTo(Quantity.parse(n + decimal[step]));
    BigDecimal bytes = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(1024).pow(step));
    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
    BigDecimal capped = bytes.abs().compareTo(max) > 0 ? max.multiply(BigDecimal.valueOf(
        bytes.signum())) : bytes;
    assertThat(Quantity.parse(n + binary[step]).value()).isEqualByComparingTo(capped);
  }

  @Property
  void addIsCommutativeAndAssociative(
      @ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b,
      @ForAll("quantities") Quantity c) {
    assertThat(a.add(b)).isEqualTo(b.add(a));
    assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
  }

  @Property
  void subtractUndoesAdd(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
    assertThat(a.add(b).subtract(b)).isEqualTo(a);
    assertThat(a.subtract(a).isZero()).isTrue();
  }

  @Property
  void compareToAgreesWithEqualsAndIsAntisymmetric(
      @ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(a.max(b).compareTo(a)).isGreaterThanOrEqualTo(0);
    assertThat(a.max(b).compareTo(b)).isGreaterThanOrEqualTo(0);
  }

  @Property
  void parsedValuesAreWholeNanos(@ForAll("quantities") Quantity q) {
    assertThat(q.value().stripTrailingZeros().scale()).isLessThanOrEqualTo(9);
    assertThat(q.milliValue().compareTo(q.value().movePointRight(3).toBigInteger()))
        .isGreaterThanOrEqualTo(0);
  }

  /**
   * Quantities up to about 10^18 in magnitude, so that binary ones stay below the parse cap of
   * 2^63 - 1, down to below a nano, in every format.
   */
  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<Long> unscaled = Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L);
    Arbitrary<Integer> exponent = Arbitraries.integers().between(-12, 6);
    Arbitrary<Format> format = Arbitraries.of(Format.class);
    return Combinators.combine(unscaled, exponent, format).as((u, e, f) ->
        Quantity.fromValue(BigDecimal.valueOf(u).scaleByPowerOfTen(e), f));
  }
}
