package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Formats} tells valid names without a regex; on random strings (fixed seed) of the
 * characters that matter, each check must accept exactly what the upstream regexes accept.
 */
class FormatsFastPathTest {
  private static final Pattern LABEL = Pattern.compile(Formats.DNS1123_LABEL_FMT);
  private static final Pattern SUBDOMAIN = Pattern.compile(Formats.DNS1123_SUBDOMAIN_FMT);
  private static final Pattern LABEL_KEY = Pattern.compile(Formats.LABEL_KEY_FMT);
  private static final Pattern LABEL_VALUE = Pattern.compile(Formats.LABEL_VALUE_FMT);
  private static final String CHARS = "ab9-._/Z-.a0";

  @Test
  void fastChecksAcceptWhatTheRegexesAccept() {
    Random random = new Random(12);
    for (int n = 0; n < 200_000; n++) {
      String value = randomValue(random);
      assertThat(Formats.dns1123Label(value).isEmpty()).as("label %s", value)
          .isEqualTo(value.length() <= 63 && LABEL.matcher(value).matches());
      assertThat(Formats.dns1123Subdomain(value).isEmpty()).as("subdomain %s", value)
          .isEqualTo(isSubdomain(value));
      assertThat(Formats.labelValue(value).isEmpty()).as("label value %s", value)
          .isEqualTo(value.length() <= 63 && LABEL_VALUE.matcher(value).matches());
      assertThat(Formats.qualifiedName(value).isEmpty()).as("qualified name %s", value)
          .isEqualTo(isQualifiedName(value));
    }
  }

  @Test
  void portAndEnvVarNamesAcceptWhatTheRegexesAccept() {
    Pattern portChars = Pattern.compile("[-a-z0-9]+");
    Pattern envVarName = Pattern.compile(Formats.ENV_VAR_NAME_FMT);
    Random random = new Random(13);
    String chars = "az09-._Z-";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(18); i > 0; i--) {
        b.append(chars.charAt(random.nextInt(chars.length())));
      }
      String value = b.toString();
      assertThat(Formats.portName(value).isEmpty()).as("port name %s", value)
          .isEqualTo(value.length() <= 15 && portChars.matcher(value).matches()
              && value.matches("(?s).*[a-z].*") && !value.contains("--")
              && !value.startsWith("-") && !value.endsWith("-"));
      assertThat(Formats.envVarName(value).isEmpty()).as("env var name %s", value)
          .isEqualTo(envVarName.matcher(value).matches() && !value.equals(".")
              && !value.startsWith(".."));
    }
  }

  @Test
  void lengthLimitsHoldOnTheFastPath() {
    String label63 = "a".repeat(63);
    assertThat(Formats.dns1123Label(label63)).isEmpty();
    assertThat(Formats.dns1123Label(label63 + "a")).containsExactly(Formats.maxLenError(63));
    assertThat(Formats.qualifiedName("x/" + label63)).isEmpty();
    assertThat(Formats.qualifiedName("x/" + label63 + "a")).isNotEmpty();
    String subdomain253 = (label63 + ".").repeat(3) + "a".repeat(61);
    assertThat(subdomain253).hasSize(253);
    assertThat(Formats.dns1123Subdomain(subdomain253)).isEmpty();
    assertThat(Formats.dns1123Subdomain(subdomain253 + "a")).isNotEmpty();
    assertThat(Formats.qualifiedName(subdomain253 + "/a")).isEmpty();
    assertThat(Formats.qualifiedName(subdomain253 + "a/a")).isNotEmpty();
  }

  private static String randomValue(Random random) {
    int length = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(8);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(random.nextInt(3) == 0 ? CHARS.charAt(random.nextInt(CHARS.length())) : 'a');
    }
    return b.toString();
  }

  private static boolean isSubdomain(String value) {
    return value.length() <= 253 && SUBDOMAIN.matcher(value).matches();
  }

  /** {@code IsQualifiedName} as upstream writes it, with {@code strings.Split}. */
  private static boolean isQualifiedName(String value) {
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      if (parts[0].isEmpty() || !isSubdomain(parts[0])) {
        return false;
      }
      name = parts[1];
    } else {
      return false;
    }
    return !name.isEmpty() && name.length() <= 63 && LABEL_KEY.matcher(name).matches();
  }
}
