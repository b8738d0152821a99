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
  private static final String DNS1123_LABEL_UNDERSCORE_FMT = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN_UNDERSCORE_FMT =
      DNS1123_LABEL_UNDERSCORE_FMT + "(\\." + DNS1123_LABEL_UNDERSCORE_FMT + ")*";
  static final String LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String LABEL_KEY_MSG = "must consist of alphanumeric characters, '-', '_' "
      + "or '.', and must start and end with an alphanumeric character";
  static final String LABEL_VALUE_FMT = "(" + LABEL_KEY_FMT + ")?";
  static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
  static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
  static final String HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
  /** {@code maxUserID} and {@code maxGroupID} of apimachinery's util/validation: math.MaxInt32. */
  static final long MAX_USER_ID = Integer.MAX_VALUE;

  /**
   * The upstream regexes, compiled on first use: only an invalid value needs them (valid ones are
   * told by the plain checks at the end), and compiling them all cost a fresh JVM milliseconds
   * before its first pod.
   */
  private static final class Regexes {
    static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);
    static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
    static final Pattern DNS1123_SUBDOMAIN_UNDERSCORE =
        Pattern.compile(DNS1123_SUBDOMAIN_UNDERSCORE_FMT);
    static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
    static final Pattern ONE_LETTER = Pattern.compile(".*[a-z].*", Pattern.DOTALL);
    static final Pattern LABEL_KEY = Pattern.compile(LABEL_KEY_FMT);
    static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);
    static final Pattern ENV_VAR_NAME = Pattern.compile(ENV_VAR_NAME_FMT);
    static final Pattern CONFIG_MAP_KEY = Pattern.compile(CONFIG_MAP_KEY_FMT);
    static final Pattern HTTP_HEADER_NAME = Pattern.compile(HTTP_HEADER_NAME_FMT);
  }

  static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  /**
   * {@code content.MaxLenError} (k8s.io/apimachinery api/validate/content/errors.go, from
   * v0.35.0), which the {@code content} checks use: "bytes" where {@link #maxLenError} says
   * "characters".
   */
  static String contentMaxLenError(int length) {
    return "must be no more than " + length + " bytes";
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
    if (value.length() <= 63 && isLabel(value, 0, value.length())) {
      return List.of();
    }
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add(maxLenError(63));
    }
    if (!Regexes.DNS1123_LABEL.matcher(value).matches()) {
      if (Regexes.DNS1123_SUBDOMAIN.matcher(value).matches()) {
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
    return subdomain(value, false, "'-' or '.'");
  }

  /** {@code content.IsDNS1123Subdomain} (apimachinery v0.35 on): lengths in bytes. */
  private static List<String> contentDns1123Subdomain(String value) {
    return subdomain(value, false, "'-' or '.'", DNS1123_SUBDOMAIN_FMT, true);
  }

  /**
   * {@code IsDNS1123SubdomainWithUnderscore}. Its message named the plain subdomain regex until
   * kubernetes/kubernetes#132034 (merged June 2025, so from 1.34) made it name the underscore one;
   * {@code underscoreRegexInMessage} says which the target version prints.
   */
  static List<String> dns1123SubdomainWithUnderscore(String value,
      boolean underscoreRegexInMessage) {
    return subdomain(value, true, "'_', '-' or '.'",
        underscoreRegexInMessage ? DNS1123_SUBDOMAIN_UNDERSCORE_FMT : DNS1123_SUBDOMAIN_FMT);
  }

  private static List<String> subdomain(String value, boolean underscore, String allowed) {
    return subdomain(value, underscore, allowed, DNS1123_SUBDOMAIN_FMT);
  }

  private static List<String> subdomain(String value, boolean underscore, String allowed,
      String shownRegex) {
    return subdomain(value, underscore, allowed, shownRegex, false);
  }

  private static List<String> subdomain(String value, boolean underscore, String allowed,
      String shownRegex, boolean content) {
    if (value.length() <= 253 && isSubdomain(value, 0, value.length())) {
      return List.of(); // a plain subdomain passes the underscore pattern too
    }
    List<String> errs = new ArrayList<>();
    if (value.length() > 253) {
      errs.add(content ? contentMaxLenError(253) : maxLenError(253));
    }
    Pattern pattern = underscore ? Regexes.DNS1123_SUBDOMAIN_UNDERSCORE
        : Regexes.DNS1123_SUBDOMAIN;
    if (!pattern.matcher(value).matches()) {
      errs.add(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
          + "characters, " + allowed + ", and must start and end with an alphanumeric character",
          shownRegex, "example.com"));
    }
    return errs;
  }

  static List<String> portName(String port) {
    if (isPortName(port)) {
      return List.of();
    }
    List<String> errs = new ArrayList<>();
    if (port.length() > 15) {
      errs.add(maxLenError(15));
    }
    if (!Regexes.PORT_NAME_CHARSET.matcher(port).matches()) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!Regexes.ONE_LETTER.matcher(port).matches()) {
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

  static String emptyError() {
    return "must be non-empty";
  }

  /** {@code NameIsDNSSubdomain}: with {@code prefix}, a trailing '-' is allowed. */
  static List<String> nameIsDnsSubdomain(String name, boolean prefix) {
    return dns1123Subdomain(prefix ? maskTrailingDash(name) : name);
  }

  /**
   * {@code maskTrailingDash} (apimachinery pkg/api/validation/generic.go): a name prefix may end
   * in '-', since the generated suffix follows it. As upstream, the last two characters, not
   * just the dash, become one {@code a}.
   */
  static String maskTrailingDash(String name) {
    return name.length() > 1 && name.endsWith("-")
        ? name.substring(0, name.length() - 2) + "a"
        : name;
  }

  /**
   * {@code IsQualifiedName}, whose message for a key with more than one '/' began "a qualified
   * name" up to apimachinery v0.34 (util/validation/validation.go at v0.34.1) and "a valid label
   * key" from v0.35, where it became {@code content.IsLabelKey} (api/validate/content/kube.go at
   * v0.35.7). That one's length limits, of the name part and (through
   * {@code content.IsDNS1123Subdomain}) of the prefix part, use {@code content.MaxLenError}:
   * "must be no more than 63 bytes" from v0.35, "characters" before.
   */
  static List<String> qualifiedName(String value, Profile profile) {
    if (profile.atLeast(35)) {
      return qualifiedName(value, true);
    }
    List<String> errs = qualifiedName(value);
    if (errs.size() != 1 || !errs.get(0).startsWith(LABEL_KEY_PREFIX)) {
      return errs;
    }
    return List.of("a qualified name " + errs.get(0).substring(LABEL_KEY_PREFIX.length()));
  }

  /**
   * {@code IsValidLabelValue}: from apimachinery v0.35 it is {@code content.IsLabelValue}, whose
   * length error says "must be no more than 63 bytes" (api/validate/content/kube.go and
   * errors.go at v0.35.7, as vendored in openshift-kni/scheduler-plugins 2117d3e30); up to
   * v0.34 "characters".
   */
  static List<String> labelValue(String value, Profile profile) {
    return labelValue(value, profile.atLeast(35));
  }

  private static final String LABEL_KEY_PREFIX = "a valid label key ";

  /** {@code content.IsLabelKey} (= {@code IsQualifiedName} from apimachinery v0.35). */
  static List<String> qualifiedName(String value) {
    return qualifiedName(value, false);
  }

  /** {@code content} for {@code content.IsLabelKey}'s length words ("bytes"). */
  private static List<String> qualifiedName(String value, boolean content) {
    if (isQualifiedName(value)) {
      return List.of();
    }
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errs.add("prefix part " + emptyError());
      } else {
        for (String msg : content ? contentDns1123Subdomain(prefix) : dns1123Subdomain(prefix)) {
          errs.add("prefix part " + msg);
        }
      }
    } else {
      errs.add(LABEL_KEY_PREFIX + regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, "MyName",
          "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    if (name.isEmpty()) {
      errs.add("name part " + emptyError());
    } else if (name.length() > 63) {
      errs.add("name part " + (content ? contentMaxLenError(63) : maxLenError(63)));
    }
    if (!Regexes.LABEL_KEY.matcher(name).matches()) {
      errs.add("name part " + regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, "MyName", "my.name",
          "123-abc"));
    }
    return errs;
  }

  /** {@code IsValidLabelValue}. */
  static List<String> labelValue(String value) {
    return labelValue(value, false);
  }

  /** {@code content} for {@code content.IsLabelValue}'s length words ("bytes"). */
  private static List<String> labelValue(String value, boolean content) {
    if (value.isEmpty() || value.length() <= 63 && isLabelKeyName(value, 0, value.length())) {
      return List.of();
    }
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add(content ? contentMaxLenError(63) : maxLenError(63));
    }
    if (!Regexes.LABEL_VALUE.matcher(value).matches()) {
      errs.add(regexError("a valid label must be an empty string or consist of alphanumeric "
          + "characters, '-', '_' or '.', and must start and end with an alphanumeric character",
          LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errs;
  }

  /** {@code IsEnvVarName}: the strict rule. */
  static List<String> envVarName(String value) {
    if (isEnvVarName(value) && chDirPrefix(value).isEmpty()) {
      return List.of();
    }
    List<String> errs = new ArrayList<>();
    if (!Regexes.ENV_VAR_NAME.matcher(value).matches()) {
      errs.add(regexError("a valid environment variable name must consist of alphabetic "
          + "characters, digits, '_', '-', or '.', and must not start with a digit",
          ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
    }
    errs.addAll(chDirPrefix(value));
    return errs;
  }

  /** {@code IsRelaxedEnvVarName}: printable ASCII other than '='. */
  static List<String> relaxedEnvVarName(String value) {
    List<String> errs = new ArrayList<>();
    if (value.isEmpty()) {
      errs.add("environment variable name " + emptyError());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '=') {
        errs.add("a valid environment variable name must consist only of printable ASCII "
            + "characters other than '='");
        break;
      }
    }
    return errs;
  }

  /** {@code IsConfigMapKey}. */
  static List<String> configMapKey(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 253) {
      errs.add(maxLenError(253));
    }
    if (!Regexes.CONFIG_MAP_KEY.matcher(value).matches()) {
      errs.add(regexError("a valid config key must consist of alphanumeric characters, '-', "
          + "'_' or '.'", CONFIG_MAP_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
    }
    errs.addAll(chDirPrefix(value));
    return errs;
  }

  /** {@code IsHTTPHeaderName}. */
  static List<String> httpHeaderName(String value) {
    if (Regexes.HTTP_HEADER_NAME.matcher(value).matches()) {
      return List.of();
    }
    return List.of(regexError("a valid HTTP header must consist of alphanumeric characters or "
        + "'-'", HTTP_HEADER_NAME_FMT, "X-Header-Name"));
  }

  /** {@code IsValidUserID} and {@code IsValidGroupID}: 0 to 2^32-1. */
  static List<String> unixId(long id) {
    return id >= 0 && id <= MAX_USER_ID ? List.of() : List.of(inclusiveRangeError(0, MAX_USER_ID));
  }

  // The valid values of the checks above, told without a regex matcher (most values are valid,
  // and a matcher per value was a tenth of a validation's allocation); anything else goes on to
  // the regexes, which word the messages.

  /** Whether {@code value} is a valid qualified name: {@code [prefix/]name}. */
  private static boolean isQualifiedName(String value) {
    int slash = value.indexOf('/');
    if (slash < 0) {
      return value.length() <= 63 && isLabelKeyName(value, 0, value.length());
    }
    return slash > 0 && slash <= 253 && value.indexOf('/', slash + 1) < 0
        && isSubdomain(value, 0, slash)
        && value.length() - slash - 1 <= 63 && isLabelKeyName(value, slash + 1, value.length());
  }

  /** {@code from} to {@code to} matches {@link #DNS1123_SUBDOMAIN_FMT}. */
  private static boolean isSubdomain(String value, int from, int to) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || value.charAt(i) == '.') {
        if (!isLabel(value, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** {@code from} to {@code to} matches {@link #DNS1123_LABEL_FMT}. */
  private static boolean isLabel(String value, int from, int to) {
    if (from >= to || !isLowerAlnum(value.charAt(from)) || !isLowerAlnum(value.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = value.charAt(i);
      if (!isLowerAlnum(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code from} to {@code to} matches {@link #LABEL_KEY_FMT}. */
  private static boolean isLabelKeyName(String value, int from, int to) {
    if (from >= to || !isAlnum(value.charAt(from)) || !isAlnum(value.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Matches {@code [-a-z0-9]+}, at most 15, a letter, no "--", no '-' at either end. */
  private static boolean isPortName(String port) {
    int n = port.length();
    if (n == 0 || n > 15 || port.charAt(0) == '-' || port.charAt(n - 1) == '-') {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < n; i++) {
      char c = port.charAt(i);
      if (c == '-') {
        if (port.charAt(i - 1) == '-') {
          return false;
        }
      } else if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }

  /** Matches {@link #ENV_VAR_NAME_FMT}. */
  private static boolean isEnvVarName(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
          || c == '-' || c == '.' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return isLowerAlnum(c) || c >= 'A' && c <= 'Z';
  }

  private static List<String> chDirPrefix(String value) {
    if (value.equals(".")) {
      return List.of("must not be '.'");
    } else if (value.equals("..")) {
      return List.of("must not be '..'");
    } else if (value.startsWith("..")) {
      return List.of("must not start with '..'");
    }
    return List.of();
  }
}
