package dev.podwright.model;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A label query ({@code selector} of a workload): an object matches when it has every label of
 * {@link #matchLabels()} and satisfies every requirement of {@link #matchExpressions()}. Both
 * empty matches everything, which the workloads that need a selector reject.
 */
@Value.Immutable
public abstract class LabelSelector implements Extensible {
  LabelSelector() {}

  /** Returns the labels an object must carry ({@code selector.matchLabels}). */
  public abstract Map<String, String> matchLabels();

  /** Returns the set-based requirements ({@code selector.matchExpressions[]}). */
  public abstract List<LabelSelectorRequirement> matchExpressions();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelector} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableLabelSelector.Builder {
    Builder() {}
  }
}
