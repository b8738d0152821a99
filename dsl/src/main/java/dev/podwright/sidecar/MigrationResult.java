package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.KubernetesObject;
import java.util.List;

/**
 * The outcome of a {@link SidecarMigration}: the migrated object, one line per change, and the
 * lifecycle warnings of the result (for example a moved sidecar without a startup probe).
 *
 * @param object the migrated object; every field not named in {@link #changes()} is unchanged
 * @param changes what moved where, one line each
 * @param warnings what to look at in the migrated object; empty if nothing matched
 * @param matched the names that matched a container (moved, or already a native sidecar)
 */
public record MigrationResult(
    KubernetesObject object,
    List<String> changes,
    List<LifecycleWarning> warnings,
    List<String> matched) {
  /** Copies the lists and checks that no component is null. */
  public MigrationResult {
    requireNonNull(object, "object == null");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    matched = List.copyOf(matched);
  }

  /** Returns the change report: the changes, then the warnings, one a line. */
  public String report() {
    StringBuilder out = new StringBuilder();
    changes.forEach(c -> out.append(c).append('\n'));
    warnings.forEach(w -> out.append("warning: ").append(w).append('\n'));
    return out.toString();
  }
}
