package dev.podwright.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The types that generated code names, as JavaPoet constants, like AutoValue's
 * {@code ClassNames}. Generated specs use only the public model and its builders.
 */
final class DslNames {
  static final String MODEL = "dev.podwright.model";

  static final ClassName QUANTITY = ClassName.get(MODEL, "Quantity");
  static final ClassName INT_OR_STRING = ClassName.get(MODEL, "IntOrString");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private DslNames() {}
}
