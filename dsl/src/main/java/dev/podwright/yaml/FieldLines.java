package dev.podwright.yaml;

import java.util.Map;

/**
 * Finds the line of a field path such as {@code spec.containers[0].ports[1].containerPort} in a
 * document's tree, so tools can point at the line a validation error is about. A path that does
 * not exist in the document (a {@code Required value} error names a missing field) resolves to
 * its nearest ancestor that does.
 */
final class FieldLines {
  private FieldLines() {}

  /** Returns the 1-based line of {@code path} in {@code root}, or of its nearest ancestor. */
  static int line(YamlNode root, String path) {
    YamlNode node = root;
    int line = root.line();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      String segment;
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return line;
        }
        segment = path.substring(i + 1, close);
        i = close + 1;
      } else {
        if (c == '.') {
          i++;
        }
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segment = path.substring(i, end);
        i = end;
      }
      if (node instanceof YamlNode.Mapping) {
        Map<String, YamlNode.Entry> entries = ((YamlNode.Mapping) node).entries();
        YamlNode.Entry entry = entries.get(segment);
        if (entry == null) {
          return line;
        }
        line = entry.line();
        node = entry.value();
      } else if (node instanceof YamlNode.Sequence && isIndex(segment)) {
        var items = ((YamlNode.Sequence) node).items();
        int index = Integer.parseInt(segment);
        if (index >= items.size()) {
          return line;
        }
        node = items.get(index);
        line = node.line();
      } else {
        return line;
      }
    }
    return line;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
