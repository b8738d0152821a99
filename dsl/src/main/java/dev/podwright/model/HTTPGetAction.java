package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sends an HTTP GET to the container ({@code httpGet}).
 */
@Value.Immutable
public abstract non-sealed class HTTPGetAction implements Extensible, ProbeAction, HookAction {
  HTTPGetAction() {}

  /** Returns the path; defaults to {@code /}. */
  public abstract Optional<String> path();

  /** Returns the port number or name. */
  public abstract IntOrString port();

  /** Returns the host; defaults to the pod IP. */
  public abstract Optional<String> host();

  /** Returns {@code HTTP} or {@code HTTPS}. */
  public abstract Optional<String> scheme();

  /** Returns extra request headers. */
  public abstract List<HTTPHeader> httpHeaders();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPGetAction} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableHTTPGetAction.Builder {
    Builder() {}
  }
}
