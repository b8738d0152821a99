package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

/**
 * A regular container that looks like a legacy sidecar, proposed for
 * {@link SidecarMigration}: nothing changes until it is named in a migration.
 *
 * @param name the container name
 * @param path its field path, e.g. {@code spec.template.spec.containers[1]}
 * @param image its image
 * @param reason what the image looks like, e.g. {@code Envoy / Istio proxy}
 */
public record MigrationCandidate(String name, String path, String image, String reason) {
  /** Checks that no component is null. */
  public MigrationCandidate {
    requireNonNull(name, "name == null");
    requireNonNull(path, "path == null");
    requireNonNull(image, "image == null");
    requireNonNull(reason, "reason == null");
  }

  /** Returns e.g. {@code spec.containers[1] (envoy): Envoy / Istio proxy (image envoy:v1)}. */
  @Override
  public String toString() {
    return path + " (" + name + "): " + reason + " (image " + image + ")";
  }
}
