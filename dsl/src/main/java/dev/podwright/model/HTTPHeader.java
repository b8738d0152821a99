package dev.podwright.model;

import org.immutables.value.Value;

/**
 * An HTTP header of an {@code httpGet} action.
 */
@Value.Immutable
public abstract class HTTPHeader implements Extensible {
  HTTPHeader() {}

  /** Returns the header name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the header value. */
  @Value.Default
  public String value() {
    return "";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPHeader} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableHTTPHeader.Builder {
    Builder() {}
  }
}
