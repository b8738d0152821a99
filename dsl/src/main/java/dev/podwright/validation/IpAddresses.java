package dev.podwright.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IP address syntax as the API server reads it: Go's {@code net.ParseIP} before Go 1.17
 * ({@code netutils.ParseIPSloppy}, which allows leading zeros in IPv4 octets), and the strict
 * rules of {@code netip.ParseAddr} that apimachinery's {@code IsValidIPForLegacyField} adds when
 * {@code StrictIPCIDRValidation} is on. No name is ever resolved.
 */
final class IpAddresses {
  static final String INVALID = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

  private IpAddresses() {}

  /** One parsed address: its 4 or 16 bytes and whether the text had a non-strict form. */
  record Parsed(byte[] bytes, boolean leadingZeros) {
    /** {@code netip.Addr.Is4In6}: an IPv6 text holding an IPv4-mapped address. */
    boolean isIpv4Mapped() {
      if (bytes.length != 16) {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        if (bytes[i] != 0) {
          return false;
        }
      }
      return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** Go's {@code net.IP.String()}: dotted for IPv4 and IPv4-mapped, RFC 5952 otherwise. */
    String canonical() {
      if (bytes.length == 4 || isIpv4Mapped()) {
        int o = bytes.length - 4;
        return (bytes[o] & 0xff) + "." + (bytes[o + 1] & 0xff) + "." + (bytes[o + 2] & 0xff)
            + "." + (bytes[o + 3] & 0xff);
      }
      int[] groups = new int[8];
      for (int i = 0; i < 8; i++) {
        groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
      }
      int bestStart = -1;
      int bestLength = 1;
      for (int i = 0; i < 8; i++) {
        int j = i;
        while (j < 8 && groups[j] == 0) {
          j++;
        }
        if (j - i > bestLength) {
          bestStart = i;
          bestLength = j - i;
        }
        i = Math.max(i, j);
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        if (i == bestStart) {
          out.append("::");
          i += bestLength - 1;
          continue;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
          out.append(':');
        }
        out.append(Integer.toHexString(groups[i]));
      }
      return out.toString();
    }
  }

  /** Parses like {@code netutils.ParseIPSloppy}; empty if Go would return nil. */
  static Optional<Parsed> parseSloppy(String value) {
    if (value.indexOf(':') < 0) {
      return ipv4(value, 0, value.length()).map(b -> new Parsed(b.bytes, b.leadingZeros));
    }
    return ipv6(value);
  }

  /**
   * {@code IsValidIPForLegacyField} (apimachinery 0.33+) and, with {@code strict} false, the
   * older {@code IsValidIP}: the messages the server gives for {@code value}.
   */
  static List<String> legacyFieldErrors(String value, boolean strict) {
    List<String> messages = new ArrayList<>();
    Optional<Parsed> parsed = parseSloppy(value);
    if (parsed.isEmpty()) {
      messages.add(INVALID);
      return messages;
    }
    if (strict) {
      // netip.ParseAddr refuses a leading zero; its zero Addr is then not Is4In6, so an
      // IPv4-mapped address with one ("::ffff:01.2.3.4") gets the first message only.
      if (parsed.get().leadingZeros()) {
        messages.add("must not have leading 0s");
      } else if (parsed.get().isIpv4Mapped()) {
        messages.add("must not be an IPv4-mapped IPv6 address");
      }
    }
    return messages;
  }

  /**
   * {@code GetWarningsForIP} (k8s.io/apimachinery pkg/util/validation/ip.go, v0.33.0 on) for an
   * address the rules accepted: a leading zero or an IPv4-mapped address is "non-standard" (the
   * words of v0.33.0 to v0.35.7, "is invalid" from v0.36.0, apimachinery 15d10018); an IPv6
   * address netip reads but prints otherwise "should be in RFC 5952 canonical format".
   */
  static Optional<String> warning(FieldPath path, String value, Profile profile) {
    Optional<Parsed> parsed = parseSloppy(value);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Parsed p = parsed.get();
    if (p.leadingZeros() || p.isIpv4Mapped()) {
      return Optional.of(path + ": non-standard IP address " + GoValues.quote(value)
          + (profile.atLeast(36) ? " is invalid: use "
              : " will be considered invalid in a future Kubernetes release: use ")
          + GoValues.quote(p.canonical()));
    }
    if (p.bytes().length == 16 && !p.canonical().equals(value)) {
      return Optional.of(path + ": IPv6 address " + GoValues.quote(value)
          + " should be in RFC 5952 canonical format (" + GoValues.quote(p.canonical()) + ")");
    }
    return Optional.empty();
  }

  private static Optional<Parsed> ipv4(String s, int from, int to) {
    byte[] out = new byte[4];
    boolean leadingZeros = false;
    int i = from;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (i >= to || s.charAt(i) != '.') {
          return Optional.empty();
        }
        i++;
      }
      int start = i;
      long n = 0;
      while (i < to && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
        n = n * 10 + (s.charAt(i) - '0');
        if (n > 0xFFFFFF) {
          return Optional.empty();
        }
        i++;
      }
      if (i == start || n > 0xFF) {
        return Optional.empty();
      }
      leadingZeros |= i - start > 1 && s.charAt(start) == '0';
      out[octet] = (byte) n;
    }
    return i == to ? Optional.of(new Parsed(out, leadingZeros)) : Optional.empty();
  }

  /** Go's {@code parseIPv6}: hex groups, one {@code ::}, an optional IPv4 tail, no zone. */
  private static Optional<Parsed> ipv6(String s) {
    byte[] ip = new byte[16];
    int ellipsis = -1;
    int i = 0;
    int n = s.length();
    boolean leadingZeros = false;
    if (n >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      i = 2;
      if (i == n) {
        return Optional.of(new Parsed(ip, false));
      }
    }
    int k = 0;
    while (k < 16) {
      int start = i;
      int value = 0;
      while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80) {
        value = value * 16 + Character.digit(s.charAt(i), 16);
        if (value > 0xFFFF) {
          return Optional.empty();
        }
        i++;
      }
      if (i == start) {
        return Optional.empty();
      }
      leadingZeros |= i - start > 4;
      if (i < n && s.charAt(i) == '.') {
        if (ellipsis < 0 && k != 12 || k + 4 > 16) {
          return Optional.empty();
        }
        Optional<Parsed> v4 = ipv4(s, start, n);
        if (v4.isEmpty()) {
          return Optional.empty();
        }
        System.arraycopy(v4.get().bytes(), 0, ip, k, 4);
        leadingZeros |= v4.get().leadingZeros();
        k += 4;
        i = n;
        break;
      }
      ip[k] = (byte) (value >> 8);
      ip[k + 1] = (byte) value;
      k += 2;
      if (i == n) {
        break;
      }
      if (s.charAt(i) != ':' || i + 1 == n) {
        return Optional.empty();
      }
      i++;
      if (s.charAt(i) == ':') {
        if (ellipsis >= 0) {
          return Optional.empty();
        }
        ellipsis = k;
        i++;
        if (i == n) {
          break;
        }
      }
    }
    if (i != n) {
      return Optional.empty();
    }
    if (k < 16) {
      if (ellipsis < 0) {
        return Optional.empty();
      }
      int shift = 16 - k;
      for (int j = k - 1; j >= ellipsis; j--) {
        ip[j + shift] = ip[j];
      }
      for (int j = ellipsis + shift - 1; j >= ellipsis; j--) {
        ip[j] = 0;
      }
    } else if (ellipsis >= 0) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(ip, leadingZeros));
  }
}
