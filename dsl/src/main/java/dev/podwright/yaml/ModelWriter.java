package dev.podwright.yaml;

import dev.podwright.model.Extensible;
import dev.podwright.model.IntOrString;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field helpers under the generated {@link ApiWriter}, each writing nothing for an absent or
 * empty value, over an {@link Emitter}: Jackson's YAML generator for output, or a plain Java tree
 * for {@link ModelTrees}. {@code ApiWriter} knows the model and calls these helpers field by field
 * in Go order; this class and the emitter know only the output, so that a faster emitter can
 * replace the Jackson one without touching the generated code.
 */
final class ModelWriter {
  private final Emitter gen;

  ModelWriter(Emitter gen) {
    this.gen = gen;
  }

  /** Writes a top-level object: apiVersion, kind, metadata, spec, then unknown fields. */
  void object(KubernetesObject object) throws IOException {
    ApiWriter.object(this, object);
  }

  void startObject() throws IOException {
    gen.startObject();
  }

  void endObject() throws IOException {
    gen.endObject();
  }

  void name(String name) throws IOException {
    gen.fieldName(name);
  }

  void startArray(String name) throws IOException {
    gen.fieldName(name);
    gen.startArray();
  }

  void endArray() throws IOException {
    gen.endArray();
  }

  void str(String name, String value) throws IOException {
    if (!value.isEmpty()) {
      gen.fieldName(name);
      gen.string(value);
    }
  }

  /** Writes a string Go writes even when empty (no {@code omitempty}). */
  void requiredStr(String name, String value) throws IOException {
    gen.fieldName(name);
    gen.string(value);
  }

  void str(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      str(name, value.get());
    }
  }

  void num(String name, Optional<? extends Number> value) throws IOException {
    if (value.isPresent()) {
      num(name, value.get().longValue());
    }
  }

  void num(String name, long value) throws IOException {
    gen.fieldName(name);
    gen.number(value);
  }

  void bool(String name, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      gen.fieldName(name);
      gen.bool(value.get());
    }
  }

  void bool(String name, boolean value) throws IOException {
    gen.fieldName(name);
    gen.bool(value);
  }

  void strings(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.fieldName(name);
    gen.startArray();
    for (String value : values) {
      gen.string(value);
    }
    gen.endArray();
  }

  void numbers(String name, List<? extends Number> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.fieldName(name);
    gen.startArray();
    for (Number value : values) {
      gen.number(value.longValue());
    }
    gen.endArray();
  }

  void strings(String name, Map<String, String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.fieldName(name);
    gen.startObject();
    for (Map.Entry<String, String> e : values.entrySet()) {
      gen.fieldName(e.getKey());
      gen.string(e.getValue());
    }
    gen.endObject();
  }

  void quantity(String name, Optional<Quantity> value) throws IOException {
    if (value.isPresent()) {
      gen.fieldName(name);
      gen.string(value.get().toString());
    }
  }

  void quantities(String name, Map<String, Quantity> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.fieldName(name);
    gen.startObject();
    for (Map.Entry<String, Quantity> e : values.entrySet()) {
      gen.fieldName(e.getKey());
      gen.string(e.getValue().toString());
    }
    gen.endObject();
  }

  void intOrString(String name, Optional<IntOrString> value) throws IOException {
    if (value.isPresent()) {
      intOrString(name, value.get());
    }
  }

  void intOrString(String name, IntOrString value) throws IOException {
    if (value.isInt()) {
      gen.fieldName(name);
      gen.number(value.intValue());
    } else {
      gen.fieldName(name);
      gen.string(value.stringValue());
    }
  }

  /** Writes an untyped tree ({@code fieldsV1}) verbatim. */
  void tree(String name, Optional<Object> value) throws IOException {
    if (value.isPresent()) {
      gen.fieldName(name);
      raw(value.get());
    }
  }

  void unknown(Extensible value) throws IOException {
    for (Map.Entry<String, Object> e : value.unknownFields().entrySet()) {
      gen.fieldName(e.getKey());
      raw(e.getValue());
    }
  }

  private void raw(Object value) throws IOException {
    if (value == Extensible.NULL) {
      gen.nullValue();
    } else if (value instanceof String) {
      gen.string((String) value);
    } else if (value instanceof Boolean) {
      gen.bool((Boolean) value);
    } else if (value instanceof BigDecimal) {
      gen.number((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      gen.number((BigInteger) value);
    } else if (value instanceof Double || value instanceof Float) {
      gen.number(((Number) value).doubleValue());
    } else if (value instanceof Number) {
      gen.number(((Number) value).longValue());
    } else if (value instanceof List) {
      gen.startArray();
      for (Object item : (List<?>) value) {
        raw(item);
      }
      gen.endArray();
    } else if (value instanceof Map) {
      gen.startObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        gen.fieldName(String.valueOf(e.getKey()));
        raw(e.getValue());
      }
      gen.endObject();
    } else {
      throw new IllegalArgumentException(
          "unknown field value of unsupported type " + value.getClass().getName());
    }
  }
}
