package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume mounted into a container ({@code volumeMounts[]}).
 */
@Value.Immutable
public abstract class VolumeMount implements Extensible {
  VolumeMount() {}

  /** Returns the name of the pod volume. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns where the volume appears in the container. */
  @Value.Default
  public String mountPath() {
    return "";
  }

  /** Returns the path within the volume to mount instead of its root. */
  public abstract Optional<String> subPath();

  /** Returns like {@code subPath}, with {@code $(VAR)} expansion. */
  public abstract Optional<String> subPathExpr();

  /** Returns whether the mount is read-only. */
  public abstract Optional<Boolean> readOnly();

  /** Returns {@code None}, {@code HostToContainer} or {@code Bidirectional}. */
  public abstract Optional<String> mountPropagation();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeMount} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableVolumeMount.Builder {
    Builder() {}
  }
}
