package dev.podwright.dsl;

import dev.podwright.model.Quantity;

/**
 * An amount of one resource, such as {@code cpu("100m")} or {@code memory("128Mi")}, for
 * {@link ContainerStep#requests} and {@link ContainerStep#limits}. The quantity is parsed when
 * the amount is created, so a malformed one fails at that call.
 */
public sealed interface ResourceAmount permits ResourceAmountValue {
  /** Returns the resource name, e.g. {@code cpu} or {@code nvidia.com/gpu}. */
  String name();

  /** Returns the quantity. */
  Quantity quantity();
}
