package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Calls the standard gRPC health service ({@code grpc}); probes only.
 */
@Value.Immutable
public abstract non-sealed class GRPCAction implements Extensible, ProbeAction {
  GRPCAction() {}

  /** Returns the port number. */
  @Value.Default
  public int port() {
    return 0;
  }

  /** Returns the service name sent in the health request. */
  public abstract Optional<String> service();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCAction} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableGRPCAction.Builder {
    Builder() {}
  }
}
