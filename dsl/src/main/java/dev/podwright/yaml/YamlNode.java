package dev.podwright.yaml;

import java.util.List;
import java.util.Map;

/**
 * One YAML value with its 1-based position: a scalar, a mapping or a sequence. Aliases resolve to
 * the anchored node itself, so a node may appear in several places of the tree; {@link #size()}
 * counts it once per place, which is what materializing the tree would cost.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
  int line();

  int column();

  /** Returns the number of nodes this value expands to, itself included. */
  long size();

  /**
   * A scalar. {@code value} is a {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger},
   * {@code BigDecimal} or {@link dev.podwright.model.Extensible#NULL}; {@code text} is the scalar
   * as written, e.g. {@code 0.5} or {@code 1e3} for numbers.
   */
  record Scalar(Object value, String text, int line, int column) implements YamlNode {
    @Override
    public long size() {
      return 1;
    }
  }

  /** A mapping; keys in document order, each with the position of the key. */
  record Mapping(Map<String, Entry> entries, int line, int column, long size)
      implements YamlNode {}

  /** A mapping entry: the key, where the key is, and the value. */
  record Entry(String key, int line, int column, YamlNode value) {}

  /** A sequence. */
  record Sequence(List<YamlNode> items, int line, int column, long size) implements YamlNode {}
}
