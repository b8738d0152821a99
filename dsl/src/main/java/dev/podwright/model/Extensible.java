package dev.podwright.model;

import java.util.Map;

/**
 * A model object that keeps the fields it does not model.
 *
 * <p>When a manifest is read from YAML, every field Podwright does not know (an {@code affinity}, a
 * field of a newer Kubernetes release) is kept here verbatim, in document order, and written back
 * unchanged, so a read-write round trip loses nothing. Values are plain Java: {@code String},
 * {@code Boolean}, {@code Long}, {@code java.math.BigInteger}, {@code java.math.BigDecimal},
 * {@code List}, {@code Map} with string keys, and {@link #NULL} for an explicit YAML null.
 * Such fields are not validated.
 */
public interface Extensible {
  /** Stands for an explicit YAML {@code null} among unknown field values. */
  Object NULL = YamlNull.INSTANCE;

  /** Returns the fields this model type does not know, by key, in document order. */
  Map<String, Object> unknownFields();
}
