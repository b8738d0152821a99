package dev.podwright.cli;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestDocument;

/** What the sidecar commands (resources, explain, migrate) share. */
final class SidecarCommands {
  private SidecarCommands() {}

  /** Returns e.g. {@code Deployment/web (line 12)}. */
  static String title(ManifestDocument document) {
    KubernetesObject o = document.object();
    String name = o.metadata().name();
    return o.kind() + "/" + (name.isEmpty() ? "(unnamed)" : name) + " (line " + document.line()
        + ")";
  }
}
