package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod volume ({@code spec.volumes[]}): a name and one source.
 */
@Value.Immutable
public abstract class Volume implements Extensible {
  Volume() {}

  /** Returns the volume name, referenced by volume mounts. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns a scratch directory that lives as long as the pod. */
  public abstract Optional<EmptyDirVolumeSource> emptyDir();

  /** Returns the keys of a config map as files. */
  public abstract Optional<ConfigMapVolumeSource> configMap();

  /** Returns the keys of a secret as files. */
  public abstract Optional<SecretVolumeSource> secret();

  /** Returns a persistent volume claim. */
  public abstract Optional<PersistentVolumeClaimVolumeSource> persistentVolumeClaim();

  /** Returns a path on the node. */
  public abstract Optional<HostPathVolumeSource> hostPath();

  /** Returns pod fields as files. */
  public abstract Optional<DownwardAPIVolumeSource> downwardAPI();

  /** Returns several sources projected into one directory. */
  public abstract Optional<ProjectedVolumeSource> projected();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Volume} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableVolume.Builder {
    Builder() {}
  }
}
