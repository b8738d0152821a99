package dev.podwright.dsl;

/**
 * A volume mount made from a {@link dev.podwright.model.Volume} value, never from a free-text
 * name, so a container cannot mount a volume the pod does not declare. Created with
 * {@link Pods#mount(dev.podwright.model.Volume, String)}; each method returns a new mount.
 */
public sealed interface Mount permits MountDraft {
  /** Mounts the volume read-only ({@code readOnly: true}). */
  Mount readOnly();

  /** Mounts a path within the volume instead of its root ({@code subPath}). */
  Mount subPath(String subPath);

  /** Like {@link #subPath(String)}, expanding {@code $(VAR)} references ({@code subPathExpr}). */
  Mount subPathExpr(String subPathExpr);
}
