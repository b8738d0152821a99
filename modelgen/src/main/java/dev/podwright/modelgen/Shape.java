package dev.podwright.modelgen;

/** The Java shape of a Go type expression, after aliases and leaf types are resolved. */
sealed interface Shape {
  /** A scalar stored as one Java value. */
  enum Scalar implements Shape {
    STRING, BOOL, INT32, INT64, FLOAT64, QUANTITY, INT_OR_STRING,
    /** An untyped tree kept verbatim ({@code FieldsV1}, {@code RawExtension}). */
    TREE
  }

  /** A struct of the model, by its Java class name. */
  record Struct(String javaName) implements Shape {}

  /** A Go slice. */
  record ListOf(Shape element) implements Shape {}

  /** A Go map with string keys. */
  record MapOf(Shape value) implements Shape {}

  /** A {@code status} field: not typed, kept as an unknown field. */
  record Opaque() implements Shape {}
}
