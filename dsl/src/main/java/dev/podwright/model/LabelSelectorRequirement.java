package dev.podwright.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One set-based requirement of a label selector ({@code selector.matchExpressions[]}), e.g.
 * {@code tier In [web, api]}.
 */
@Value.Immutable
public abstract class LabelSelectorRequirement implements Extensible {
  LabelSelectorRequirement() {}

  /** Returns the label key ({@code key}). */
  @Value.Default
  public String key() {
    return "";
  }

  /** Returns {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
  @Value.Default
  public String operator() {
    return "";
  }

  /** Returns the values for {@code In} and {@code NotIn} ({@code values}). */
  public abstract List<String> values();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelectorRequirement} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableLabelSelectorRequirement.Builder {
    Builder() {}
  }
}
