package dev.podwright.model;

/** The explicit YAML {@code null} kept among unknown fields; see {@link Extensible#NULL}. */
enum YamlNull {
  INSTANCE;

  @Override
  public String toString() {
    return "null";
  }
}
