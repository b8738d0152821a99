package dev.podwright.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The format checks of apimachinery's {@code util/validation}: each returns the list of messages
 * the API server would give, empty when the value is valid.
 */
final class Formats {
  private Formats() {}

  static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1123_SUBDOMAIN_FMT =
      DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
  private static final Pattern ONE_LETTER = Pattern.compile(".*[a-z].*", Pattern.DOTALL);

  static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  static String inclusiveRangeError(long lo, long hi) {
    return "must be between " + lo + " and " + hi + ", inclusive";
  }

  /** Mirrors {@code RegexError}, including its two spaces before each "or". */
  static String regexError(String msg, String fmt, String... examples) {
    StringBuilder sb = new StringBuilder(msg);
    if (examples.length > 0) {
      sb.append(" (e.g. ");
      for (int i = 0; i < examples.length; i++) {
        if (i > 0) {
          sb.append(" or ");
        }
        sb.append('\'').append(examples[i]).append("', ");
      }
      sb.append("regex used for validation is '").append(fmt).append("')");
    } else {
      sb.append(" (regex used for validation is '").append(fmt).append("')");
    }
    return sb.toString();
  }

  static List<String> dns1123Label(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add(maxLenError(63));
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
        errs.add("must not contain dots");
      } else {
        errs.add(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character",
            DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return errs;
  }

  static List<String> dns1123Subdomain(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 253) {
      errs.add(maxLenError(253));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errs.add(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
          + "characters, '-' or '.', and must start and end with an alphanumeric character",
          DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errs;
  }

  static List<String> portName(String port) {
    List<String> errs = new ArrayList<>();
    if (port.length() > 15) {
      errs.add(maxLenError(15));
    }
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!ONE_LETTER.matcher(port).matches()) {
      errs.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errs.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.charAt(0) == '-' || port.charAt(port.length() - 1) == '-')) {
      errs.add("must not begin or end with a hyphen");
    }
    return errs;
  }

  static List<String> portNumber(long port) {
    return port >= 1 && port <= 65535 ? List.of() : List.of(inclusiveRangeError(1, 65535));
  }
}
