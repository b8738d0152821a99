package dev.podwright.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** {@code migrate --diff}: a unified diff with three lines of context, as git prints one. */
final class UnifiedDiff {
  private UnifiedDiff() {}

  /** Returns the diff from {@code before} to {@code after}, headed {@code a/FILE b/FILE}. */
  static String of(String file, String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a,
        patch, 3);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
