package dev.podwright.model;

import java.util.Optional;

/**
 * A container whose restart policy can make it a native sidecar: an init container with
 * {@code restartPolicy: Always}. Implemented by the generated {@link Container}.
 */
public interface Restartable {
  /** Returns the container restart policy. */
  Optional<String> restartPolicy();

  /** Returns true if this is a native sidecar: an init container with {@code restartPolicy: Always}. */
  default boolean isRestartable() {
    return restartPolicy().filter("Always"::equals).isPresent();
  }
}
