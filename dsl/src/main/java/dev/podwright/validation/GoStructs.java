package dev.podwright.validation;

import dev.podwright.model.IntOrString;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The maps, lists and structs the API server prints as the value of some errors, as
 * {@link ErrorBodyValue}s in both of {@code field.Error.ErrorBody}'s forms: Go's {@code %#v} up
 * to 1.33 (apimachinery v0.33, e.g. {@code map[string]string{"app":"web"}} for template labels),
 * their JSON from 1.34 (v0.34 json.Marshals a value that is not a string or number first:
 * {@code {"app":"web"}}). Keys print sorted, as Go's fmt and encoding/json sort map keys; an
 * empty map prints as nil, since YAML cannot tell them apart.
 */
final class GoStructs {
  private GoStructs() {}

  /**
   * A {@code map[string]string} error value: {@code %#v} up to 1.33, JSON from 1.34 (keys sorted
   * as Go's encoding/json sorts them; an empty map prints as {@code null}, as a nil one does).
   */
  static ErrorBodyValue labelsValue(Map<String, String> labels) {
    return new ErrorBodyValue(goMap(labels), jsonMap(labels));
  }

  private static String jsonMap(Map<String, String> map) {
    if (map.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      sb.append(sb.length() == 1 ? "" : ",").append(jsonString(e.getKey())).append(':')
          .append(jsonString(e.getValue()));
    }
    return sb.append('}').toString();
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
  static ErrorBodyValue stringsValue(List<String> values) {
    return new ErrorBodyValue(goStrings(values), jsonStrings(values));
  }

  /** The JSON of an optional string field (a {@code *string}): the string, or {@code null}. */
  static String jsonString(Optional<String> value) {
    return value.map(GoStructs::jsonString).orElse("null");
  }

  /** The JSON of an optional number or boolean field: the value, or {@code null}. */
  static String jsonValue(Optional<?> value) {
    return value.map(String::valueOf).orElse("null");
  }

  /** The JSON of a {@code []string}: {@code ["a","b"]}. */
  static String jsonStrings(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(jsonString(values.get(i)));
    }
    return sb.append(']').toString();
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

  /**
   * A {@code *metav1.LabelSelector} error value: {@code %#v} of the struct up to 1.33, its JSON
   * from 1.34 ({@code matchLabels}, {@code matchExpressions} and {@code values} omitted when
   * empty, as their {@code omitempty} tags say; an empty selector is {@code {}}).
   */
  static ErrorBodyValue selectorValue(LabelSelector selector) {
    return new ErrorBodyValue(goSelector(selector), selectorJson(selector));
  }

  /** The JSON of a {@code metav1.LabelSelector}, its empty fields omitted. */
  static String selectorJson(LabelSelector selector) {
    StringBuilder sb = new StringBuilder("{");
    if (!selector.matchLabels().isEmpty()) {
      sb.append("\"matchLabels\":").append(jsonMap(selector.matchLabels()));
    }
    if (!selector.matchExpressions().isEmpty()) {
      sb.append(sb.length() == 1 ? "" : ",").append("\"matchExpressions\":[");
      List<LabelSelectorRequirement> expressions = selector.matchExpressions();
      for (int i = 0; i < expressions.size(); i++) {
        LabelSelectorRequirement r = expressions.get(i);
        sb.append(i == 0 ? "" : ",").append("{\"key\":").append(jsonString(r.key()))
            .append(",\"operator\":").append(jsonString(r.operator()));
        if (!r.values().isEmpty()) {
          sb.append(",\"values\":").append(jsonStrings(r.values()));
        }
        sb.append('}');
      }
      sb.append(']');
    }
    return sb.append('}').toString();
  }

  private static String goSelector(LabelSelector selector) {
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
    return sb.append('}').toString();
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
    return GoValues.bare("core.Toleration{Key:" + GoValues.quote(key) + ", Operator:"
        + GoValues.quote(operator) + ", Value:" + GoValues.quote(value) + ", Effect:"
        + GoValues.quote(effect) + ", TolerationSeconds:(*int64)("
        + (hasSeconds ? "<address>" : "nil") + ")}");
  }

  /**
   * An {@code intstr.IntOrString} error value: {@code %#v} of the struct up to 1.33; from 1.34
   * its JSON, {@code 1} or {@code "25%"}, from its own MarshalJSON.
   */
  static ErrorBodyValue intOrStringValue(IntOrString value) {
    return new ErrorBodyValue(value.isInt()
        ? "intstr.IntOrString{Type:0, IntVal:" + value.intValue() + ", StrVal:\"\"}"
        : "intstr.IntOrString{Type:1, IntVal:0, StrVal:" + GoValues.quote(value.stringValue())
            + "}", intOrStringJson(value));
  }

  /**
   * A {@code core.ResourceName} error value: a {@code fmt.Stringer}, so printed bare
   * ({@code gpu}) up to apimachinery v0.33, whose ErrorBody quotes only plain strings; its JSON
   * string ({@code "gpu"}) from v0.34 (field/errors.go at v0.33.3 and v0.34.1).
   */
  static ErrorBodyValue resourceNameValue(String name) {
    return new ErrorBodyValue(name, jsonString(name));
  }

  /** The JSON of an {@code intstr.IntOrString}: a number or a string. */
  static String intOrStringJson(IntOrString value) {
    return value.isInt() ? Integer.toString(value.intValue()) : jsonString(value.stringValue());
  }

  /** A {@code []int32} error value: {@code %#v} up to 1.33, JSON from 1.34. */
  static ErrorBodyValue int32sValue(List<Integer> values) {
    StringJoiner go = new StringJoiner(", ", "[]int32{", "}");
    StringJoiner json = new StringJoiner(",", "[", "]");
    for (Integer value : values) {
      go.add(value.toString());
      json.add(value.toString());
    }
    return new ErrorBodyValue(go.toString(), json.toString());
  }
}
