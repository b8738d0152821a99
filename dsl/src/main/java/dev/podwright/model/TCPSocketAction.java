package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opens a TCP connection to the container ({@code tcpSocket}).
 */
@Value.Immutable
public abstract non-sealed class TCPSocketAction implements Extensible, ProbeAction, HookAction {
  TCPSocketAction() {}

  /** Returns the port number or name. */
  public abstract IntOrString port();

  /** Returns the host; defaults to the pod IP. */
  public abstract Optional<String> host();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TCPSocketAction} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableTCPSocketAction.Builder {
    Builder() {}
  }
}
