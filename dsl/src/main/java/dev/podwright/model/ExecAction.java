package dev.podwright.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Runs a command in the container ({@code exec}).
 */
@Value.Immutable
public abstract non-sealed class ExecAction implements Extensible, ProbeAction, HookAction {
  ExecAction() {}

  /** Returns the command and its arguments. */
  public abstract List<String> command();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecAction} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableExecAction.Builder {
    Builder() {}
  }
}
