package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's {@code net.ParseIP} (sloppy) and {@code netip.ParseAddr} (strict) verdicts. */
class IpAddressesTest {
  @ParameterizedTest
  @CsvSource({
      "10.0.0.1, 10.0.0.1",
      "0.0.0.0, 0.0.0.0",
      "255.255.255.255, 255.255.255.255",
      "010.001.002.003, 10.1.2.3",
      "::, ::",
      "::1, ::1",
      "2001:db8::1, 2001:db8::1",
      "2001:0DB8:0:0:0:0:0:1, 2001:db8::1",
      "1:0:0:1:0:0:0:1, 1:0:0:1::1",
      "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
      "::ffff:1.2.3.4, 1.2.3.4",
      "::ffff:0102:0304, 1.2.3.4",
      "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
      "fe80::, fe80::"
  })
  void parsesWhatGoParses(String text, String canonical) {
    assertThat(IpAddresses.parseSloppy(text)).map(IpAddresses.Parsed::canonical)
        .contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1.2.3.-4", " 1.2.3.4",
      "1.2.3.4 ", "a.b.c.d", "fe80::1%eth0", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
      ":1::", "1:", "12345::", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "db.example.com", "১.2.3.4"})
  void refusesWhatGoRefuses(String text) {
    assertThat(IpAddresses.parseSloppy(text)).isEmpty();
    assertThat(IpAddresses.legacyFieldErrors(text, false)).containsExactly(IpAddresses.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "2001:db8::1", "2001:0db8::1", "::1.2.3.4"})
  void strictAcceptsCanonicalAndNonCanonicalForms(String text) {
    assertThat(IpAddresses.legacyFieldErrors(text, true)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "010.0.0.1|must not have leading 0s",
      "::ffff:1.2.3.4|must not be an IPv4-mapped IPv6 address",
      "00001::|must not have leading 0s"
  })
  void strictRefusesAmbiguousForms(String text, String message) {
    assertThat(IpAddresses.legacyFieldErrors(text, false)).isEmpty();
    assertThat(IpAddresses.legacyFieldErrors(text, true)).isEqualTo(List.of(message));
  }
}
