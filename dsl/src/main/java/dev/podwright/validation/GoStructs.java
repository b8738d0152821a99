package dev.podwright.validation;

import dev.podwright.model.IntOrString;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's {@code %#v} renderings of the maps and structs the API server prints as the value of some
 * workload errors, e.g. {@code map[string]string{"app":"web"}} for template labels. Keys print
 * sorted, as Go's fmt sorts map keys; an empty map prints as nil, since YAML cannot tell them
 * apart.
 */
final class GoStructs {
  private GoStructs() {}

  /** Returns a value that {@link GoValues#render} prints as {@code text}, verbatim. */
  static Object literal(String text) {
    return new GoLiteral(text);
  }

  /** A value printed verbatim: the Go rendering of a map or struct. */
  private static final class GoLiteral {
    private final String text;

    GoLiteral(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  static Object labelsValue(Map<String, String> labels) {
    return new GoLiteral(goMap(labels));
  }

  private static String goMap(Map<String, String> map) {
    if (map.isEmpty()) {
      return "map[string]string(nil)";
    }
    StringBuilder sb = new StringBuilder("map[string]string{");
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      sb.append(first ? "" : ", ").append(GoValues.quote(e.getKey())).append(':')
          .append(GoValues.quote(e.getValue()));
      first = false;
    }
    return sb.append('}').toString();
  }

  /**
   * A {@code []string} error value as the version's {@code field.Error.ErrorBody} prints it: Go's
   * {@code %#v} ({@code []string{"a", "b"}}) up to apimachinery v0.33, its JSON
   * ({@code ["a","b"]}) from v0.34, whose ErrorBody json.Marshals values that are not strings or
   * numbers (field/errors.go at v0.33.3 and v0.34.1).
   */
  static Object stringsValue(List<String> values, Profile profile) {
    if (!profile.atLeast(34)) {
      return new GoLiteral(goStrings(values));
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(jsonString(values.get(i)));
    }
    return new GoLiteral(sb.append(']').toString());
  }

  /** A string as Go's {@code json.Marshal} writes it (HTML-safe escapes included). */
  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /** Go's {@code %#v} of a {@code []string}; {@code []string(nil)} when empty. */
  static String goStrings(List<String> values) {
    if (values.isEmpty()) {
      return "[]string(nil)";
    }
    StringBuilder sb = new StringBuilder("[]string{");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(GoValues.quote(values.get(i)));
    }
    return sb.append('}').toString();
  }

  static Object selectorValue(LabelSelector selector) {
    StringBuilder sb = new StringBuilder("v1.LabelSelector{MatchLabels:")
        .append(goMap(selector.matchLabels())).append(", MatchExpressions:");
    List<LabelSelectorRequirement> expressions = selector.matchExpressions();
    if (expressions.isEmpty()) {
      sb.append("[]v1.LabelSelectorRequirement(nil)");
    } else {
      sb.append("[]v1.LabelSelectorRequirement{");
      for (int i = 0; i < expressions.size(); i++) {
        LabelSelectorRequirement r = expressions.get(i);
        sb.append(i == 0 ? "" : ", ").append("v1.LabelSelectorRequirement{Key:")
            .append(GoValues.quote(r.key())).append(", Operator:")
            .append(GoValues.quote(r.operator())).append(", Values:")
            .append(goStrings(r.values())).append('}');
      }
      sb.append('}');
    }
    return new GoLiteral(sb.append('}').toString());
  }

  /**
   * A toleration as Go's {@code %#v} prints the internal {@code core.Toleration}, which
   * {@code ValidateTolerations} gave as the value of the {@code Exists}-with-a-value error up to
   * 1.31 (vendored v1.27.4 to v1.31.2 copies of validation.go; v1.32.5 passes
   * {@code toleration.Value}). A set {@code tolerationSeconds} is a pointer, which Go prints as
   * its address ({@code (*int64)(0xc0004b2008)}): no offline tool knows it, so it shows as
   * {@code (*int64)(<address>)}.
   */
  static Object tolerationValue(String key, String operator, String value, String effect,
      boolean hasSeconds) {
    return new GoLiteral("core.Toleration{Key:" + GoValues.quote(key) + ", Operator:"
        + GoValues.quote(operator) + ", Value:" + GoValues.quote(value) + ", Effect:"
        + GoValues.quote(effect) + ", TolerationSeconds:(*int64)("
        + (hasSeconds ? "<address>" : "nil") + ")}");
  }

  static Object intOrStringValue(IntOrString value) {
    return new GoLiteral(value.isInt()
        ? "intstr.IntOrString{Type:0, IntVal:" + value.intValue() + ", StrVal:\"\"}"
        : "intstr.IntOrString{Type:1, IntVal:0, StrVal:" + GoValues.quote(value.stringValue())
            + "}");
  }
}
