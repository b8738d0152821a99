package dev.podwright.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Object metadata ({@code metadata}): name, namespace, labels and annotations.
 */
@Value.Immutable
public abstract class ObjectMeta implements Extensible {
  ObjectMeta() {}

  /** Returns the object name ({@code metadata.name}); empty when unset. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the name prefix the server completes ({@code metadata.generateName}). */
  public abstract Optional<String> generateName();

  /** Returns the namespace ({@code metadata.namespace}); kubectl supplies it when absent. */
  public abstract Optional<String> namespace();

  /** Returns the labels ({@code metadata.labels}), in insertion order. */
  public abstract Map<String, String> labels();

  /** Returns the annotations ({@code metadata.annotations}), in insertion order. */
  public abstract Map<String, String> annotations();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectMeta} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableObjectMeta.Builder {
    Builder() {}
  }
}
