package dev.podwright.modelgen;

/** How an attribute holds "not set", which decides its Java type and when it is written. */
enum Presence {
  /** {@code Optional<T>}: pointers and {@code omitempty} values; written when present. */
  OPTIONAL,
  /**
   * A plain value with a Go zero value default ({@code ""}, {@code 0}, {@code false}, an empty
   * struct): required Go fields; strings are written when not empty, other values always.
   */
  DEFAULTED,
  /** A plain value that must be set ({@code IntOrString} ports); the reader presets Go's zero. */
  REQUIRED,
  /** {@code List} or {@code Map}: written when not empty. */
  COLLECTION
}
