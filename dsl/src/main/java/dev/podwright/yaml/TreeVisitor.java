package dev.podwright.yaml;

/**
 * Receives a model value field by field, in the order and shape {@link ModelTrees#tree} would
 * build its tree, without the tree being built: a check that reads every field generically (the
 * version table of the validator) follows the events and allocates nothing per field.
 *
 * <p>An object is {@link #startObject}, then for each field {@link #fieldName} followed by its
 * value, then {@link #endObject}; a list is {@link #startArray}, its items, {@link #endArray}; a
 * string, number, boolean or null is one {@link #scalar}.
 */
public interface TreeVisitor {
  /** Opens an object (a map in the tree). */
  void startObject();

  /** Closes the innermost open object. */
  void endObject();

  /** Names the next value in the innermost open object. */
  void fieldName(String name);

  /** Opens a list. */
  void startArray();

  /** Closes the innermost open list. */
  void endArray();

  /** Visits a string, number, boolean or null. */
  void scalar();
}
