package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port a container exposes ({@code ports[]}).
 */
@Value.Immutable
public abstract class ContainerPort implements Extensible {
  ContainerPort() {}

  /** Returns the IANA service name of the port. */
  public abstract Optional<String> name();

  /** Returns the port number in the container; 0 when unset. */
  @Value.Default
  public int containerPort() {
    return 0;
  }

  /** Returns {@code TCP}, {@code UDP} or {@code SCTP}. */
  public abstract Optional<String> protocol();

  /** Returns the port on the host. */
  public abstract Optional<Integer> hostPort();

  /** Returns the host IP to bind the host port to. */
  public abstract Optional<String> hostIP();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerPort} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableContainerPort.Builder {
    Builder() {}
  }
}
