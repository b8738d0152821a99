package dev.podwright.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The action of a lifecycle hook; the API allows exactly one.
 */
@Value.Immutable
public abstract class LifecycleHandler implements Extensible {
  LifecycleHandler() {}

  /** Returns run a command. */
  public abstract Optional<ExecAction> exec();

  /** Returns send an HTTP GET. */
  public abstract Optional<HTTPGetAction> httpGet();

  /** Returns open a TCP connection (deprecated upstream). */
  public abstract Optional<TCPSocketAction> tcpSocket();

  /** Returns sleep for a number of seconds. */
  public abstract Optional<SleepAction> sleep();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LifecycleHandler} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableLifecycleHandler.Builder {
    Builder() {}
  }
}
