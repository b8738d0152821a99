package dev.podwright.cli;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.Manifest;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.UnknownKinds;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks an edited file the way a user would: reads it again and compares it with what the
 * migration meant, so an edit that would change anything else is never written.
 */
final class Reread {
  private Reread() {}

  /**
   * Returns null if {@code edited} reads as exactly the {@code expected} objects and the skipped
   * documents of {@code original}, else what differs.
   */
  static @Nullable String difference(String edited, List<KubernetesObject> expected,
      Manifest original) {
    Manifest reread;
    try {
      reread = ManifestReader.readManifest(JsonText.forYamlReader(edited), UnknownKinds.SKIP);
    } catch (ManifestException e) {
      return "does not read: " + e.getMessage();
    }
    if (reread.documents().size() != expected.size()) {
      return "holds " + reread.documents().size() + " objects instead of " + expected.size();
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!reread.documents().get(i).object().equals(expected.get(i))) {
        return "reads back differently from the migration at line "
            + reread.documents().get(i).line();
      }
    }
    if (!reread.skipped().toString().equals(original.skipped().toString())
        || reread.skipped().size() != original.skipped().size()) {
      return "changes the documents of other kinds";
    }
    return null;
  }
}
