package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A liveness, readiness or startup probe: one handler and its timing.
 */
@Value.Immutable
public abstract class Probe implements Extensible {
  Probe() {}

  /** Returns run a command. */
  public abstract Optional<ExecAction> exec();

  /** Returns send an HTTP GET. */
  public abstract Optional<HTTPGetAction> httpGet();

  /** Returns open a TCP connection. */
  public abstract Optional<TCPSocketAction> tcpSocket();

  /** Returns call the gRPC health service. */
  public abstract Optional<GRPCAction> grpc();

  /** Returns seconds after start before the first probe. */
  public abstract Optional<Integer> initialDelaySeconds();

  /** Returns seconds after which a probe times out. */
  public abstract Optional<Integer> timeoutSeconds();

  /** Returns seconds between probes. */
  public abstract Optional<Integer> periodSeconds();

  /** Returns consecutive successes to count as passing; must be 1 except for readiness. */
  public abstract Optional<Integer> successThreshold();

  /** Returns consecutive failures to count as failed. */
  public abstract Optional<Integer> failureThreshold();

  /** Returns grace period when a failed probe kills the container. */
  public abstract Optional<Long> terminationGracePeriodSeconds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Probe} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableProbe.Builder {
    Builder() {}
  }
}
