package dev.podwright.sidecar;

/**
 * Thrown when a sidecar migration cannot be done: a named container is missing, every main
 * container would move, or the target Kubernetes version does not run native sidecars.
 */
public final class MigrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MigrationException(String message) {
    super(message);
  }
}
