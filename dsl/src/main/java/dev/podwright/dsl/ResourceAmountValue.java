package dev.podwright.dsl;

import dev.podwright.model.Quantity;

/** The one implementation of {@link ResourceAmount}. */
record ResourceAmountValue(String name, Quantity quantity) implements ResourceAmount {}
